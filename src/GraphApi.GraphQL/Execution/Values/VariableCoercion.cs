using System.Text.Json;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Execution.Values;

/// <summary>
/// Spec §6.1.2 CoerceVariableValues: the request's JSON variables coerced to the types the operation declares,
/// with defaults, null versus absent, and every error found (each naming the variable and where in its value).
/// </summary>
public static class VariableCoercion
{

    /// <summary>
    /// Coerces <paramref name="inputs"/> (a JSON object, or null/absent for none) to the variables of
    /// <paramref name="operation"/>. Give the document's <paramref name="source"/> so that errors carry the
    /// locations of the variable definitions.
    /// </summary>
    public static VariableCoercionResult Coerce(
        Schema schema,
        ScalarRegistry scalars,
        OperationDefinitionNode operation,
        JsonElement? inputs,
        Source? source = null)
    {
        var definitions = operation.VariableDefinitions;
        bool noInputs = inputs is null || inputs.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;
        if (!noInputs && inputs!.Value.ValueKind != JsonValueKind.Object)
        {
            return new VariableCoercionResult(
                new Dictionary<string, object?>(0),
                [Error($"Variables must be provided as a JSON object, found: {ValueInspector.Inspect(inputs.Value)}.", source, null)]);
        }

        if (definitions.Count == 0)
        {
            return VariableCoercionResult.Empty;
        }

        var values = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        var valueErrors = new List<(string Message, InputPath? Path)>();
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeInfo.TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(Error(
                    $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                    source,
                    definition.Type));
                continue;
            }

            JsonElement value = default;
            bool hasValue = !noInputs && inputs!.Value.TryGetProperty(name, out value);
            if (!hasValue)
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    try
                    {
                        values[name] = ValueFromAst.Coerce(defaultValue, type, variables: null, scalars, path: null);
                    }
                    catch (InputCoercionException e)
                    {
                        errors.Add(Error($"Variable \"${name}\" has invalid default value{InputPath.Describe(e.Path)}: {e.Message}", source, definition));
                    }

                    continue;
                }

                if (type.IsNonNull)
                {
                    errors.Add(Error($"Variable \"${name}\" has invalid value: Expected a value of non-null type \"{type}\" to be provided.", source, definition));
                }

                continue; // absent stays absent: an argument given this variable then takes its own default
            }

            valueErrors.Clear();
            var coerced = InputCoercion.Coerce(value, type, scalars, valueErrors, path: null);
            if (coerced == InputCoercion.Invalid)
            {
                foreach (var (message, path) in valueErrors)
                {
                    errors.Add(Error($"Variable \"${name}\" has invalid value{InputPath.Describe(path)}: {message}", source, definition));
                }

                continue;
            }

            values[name] = coerced;
        }

        return new VariableCoercionResult(values, errors);
    }

    private static GraphQLError Error(string message, Source? source, SyntaxNode? node) =>
        new(
            message,
            node is null ? null : GraphQLError.LocationsOf(source, [node]),
            path: null,
            new Dictionary<string, object?>(1) { ["code"] = ExecutionErrorCodes.BadUserInput });
}
