using System.Text.Json;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Values;

// Stand-in for the exec-values branch's coercion (same public shape); replaced when that branch lands.
public sealed class VariableCoercionResult
{
    public required IReadOnlyDictionary<string, object?> Values { get; init; }

    public required IReadOnlyList<GraphQLError> Errors { get; init; }
}

public static class VariableCoercion
{
    public static VariableCoercionResult Coerce(Schema schema, ScalarRegistry scalars, OperationDefinitionNode operation, JsonElement? inputs)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = Resolve(schema, definition.Type);
            if (inputs is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(name, out var json))
            {
                try
                {
                    values[name] = FromJson(type, json, scalars);
                }
                catch (Exception e) when (e is ScalarCoercionException or FieldErrorException)
                {
                    errors.Add(new GraphQLError($"Variable \"${name}\" got invalid value: {e.Message}"));
                }
            }
            else if (definition.DefaultValue is not null)
            {
                values[name] = ArgumentCoercion.Literal(type, definition.DefaultValue, values, scalars);
            }
            else if (type.IsNonNull)
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided."));
            }
        }

        return new VariableCoercionResult { Values = values, Errors = errors };
    }

    private static GraphQLType Resolve(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nn => new NonNullType(Resolve(schema, nn.Type)),
        ListTypeNode l => new ListType(Resolve(schema, l.Type)),
        NamedTypeNode n => schema.GetType(n.Name.Value)!,
        _ => throw new InvalidOperationException(),
    };

    private static object? FromJson(GraphQLType type, JsonElement json, ScalarRegistry scalars)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        type = type.Nullable;
        if (type is ListType list)
        {
            if (json.ValueKind != JsonValueKind.Array)
            {
                return new[] { FromJson(list.OfType, json, scalars) };
            }

            var items = new List<object?>();
            foreach (var item in json.EnumerateArray())
            {
                items.Add(FromJson(list.OfType, item, scalars));
            }

            return items.ToArray();
        }

        switch (type)
        {
            case EnumType:
                return json.GetString();
            case InputObjectType input:
                var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in input.Fields)
                {
                    if (json.TryGetProperty(field.Name, out var v))
                    {
                        dict[field.Name] = FromJson(field.Type, v, scalars);
                    }
                }

                return dict;
            default:
                return scalars.Get(type.Named.Name)!.ParseValue(json);
        }
    }
}
