using System.Globalization;
using System.Numerics;
using System.Text.Json;
using GraphApi.GraphQL.Execution.Values;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Scalars;

/// <summary>
/// The built-in <c>Boolean</c> (spec §3.5.4). Results may also be finite numbers (non-zero is true), as in
/// graphql-js; inputs must be booleans, strictly.
/// </summary>
public sealed class BooleanScalar : ScalarCoercer
{
    // Shared boxes: serializing a boolean allocates nothing.
    private static readonly object True = true;
    private static readonly object False = false;

    public override string Name => BuiltInScalars.Boolean;

    public override object? Serialize(object value) => value switch
    {
        bool => value,
        double d => double.IsFinite(d) ? Box(d != 0) : throw NotBoolean(ValueInspector.Inspect(value)),
        float f => float.IsFinite(f) ? Box(f != 0) : throw NotBoolean(ValueInspector.Inspect(value)),
        int or short or sbyte or byte or ushort or uint or long or ulong or decimal =>
            Box(Convert.ToDecimal(value, CultureInfo.InvariantCulture) != 0),
        BigInteger big => Box(!big.IsZero),
        _ => throw NotBoolean(ValueInspector.Inspect(value)),
    };

    public override object? ParseValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => True,
        JsonValueKind.False => False,
        _ => throw NotBoolean(ValueInspector.Inspect(value)),
    };

    public override object? ParseLiteral(ValueNode literal) =>
        literal is BooleanValueNode b ? Box(b.Value) : throw NotBoolean(Printer.Print(literal));

    private static object Box(bool value) => value ? True : False;

    private static ScalarCoercionException NotBoolean(string shown) => new("Boolean cannot represent a non boolean value: " + shown);
}
