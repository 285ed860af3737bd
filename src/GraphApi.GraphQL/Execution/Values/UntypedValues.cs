using System.Globalization;
using System.Text.Json;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Execution.Values;

/// <summary>
/// Plain CLR values for the inputs of a custom scalar that has no <see cref="Scalars.ScalarCoercer"/>: the
/// value is passed on as given (as graphql-js does for a scalar without coercion functions). Numbers become
/// int when they fit, else long, else double; lists <c>object?[]</c>; objects dictionaries.
/// </summary>
internal static class UntypedValues
{
    public static object? FromJson(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
                return value.TryGetInt32(out var i) ? i
                    : value.TryGetInt64(out var l) ? l
                    : value.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Array:
                var list = new object?[value.GetArrayLength()];
                int index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    list[index++] = FromJson(item);
                }

                return list;
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in value.EnumerateObject())
                {
                    map[property.Name] = FromJson(property.Value);
                }

                return map;
            default:
                return null;
        }
    }

    /// <summary>A literal as a plain value; variables inside it read from <paramref name="variables"/> (absent is null).</summary>
    public static object? FromLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        switch (literal)
        {
            case IntValueNode n:
                return int.TryParse(n.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i
                    : long.TryParse(n.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l
                    : double.Parse(n.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case FloatValueNode f:
                return double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode s:
                return s.Value;
            case BooleanValueNode b:
                return b.Value;
            case EnumValueNode e:
                return e.Value;
            case ListValueNode list:
                var items = new object?[list.Values.Count];
                for (int k = 0; k < items.Length; k++)
                {
                    items[k] = FromLiteral(list.Values[k], variables);
                }

                return items;
            case ObjectValueNode obj:
                var map = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    map[field.Name.Value] = FromLiteral(field.Value, variables);
                }

                return map;
            case VariableNode variable:
                return variables is not null && variables.TryGetValue(variable.Name.Value, out var value) ? value : null;
            default:
                return null;
        }
    }
}
