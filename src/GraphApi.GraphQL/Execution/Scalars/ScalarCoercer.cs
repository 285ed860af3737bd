using System.Text.Json;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Execution.Scalars;

/// <summary>
/// The three coercions of a scalar (spec §3.5 Scalars): result coercion of resolved values, input
/// coercion of JSON variable values, and input coercion of literals in the document. A value that cannot
/// be coerced throws <see cref="ScalarCoercionException"/> with a message naming the value and the scalar.
/// </summary>
public abstract class ScalarCoercer
{
    /// <summary>The scalar's name in the schema.</summary>
    public abstract string Name { get; }

    /// <summary>Result coercion: a resolved CLR value to one of the <see cref="ResultMap"/> value types.</summary>
    public abstract object? Serialize(object value);

    /// <summary>Input coercion of a variable value given as JSON.</summary>
    public abstract object? ParseValue(JsonElement value);

    /// <summary>Input coercion of a literal (never a variable; never null — the caller handles both).</summary>
    public abstract object? ParseLiteral(ValueNode literal);
}

/// <summary>A value a scalar cannot represent.</summary>
public sealed class ScalarCoercionException(string message) : Exception(message);
