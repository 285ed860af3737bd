using System.Text.Json;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Errors;

namespace GraphApi.GraphQL.Execution.Values;

/// <summary>
/// Input coercion of a JSON value, as variables arrive (spec §3.5-§3.12 Input Coercion, applied by §6.1.2
/// CoerceVariableValues). Unlike literals, every error in the value is reported, each with its path, in
/// the order graphql-js reports them; the value is then <see cref="Invalid"/>.
/// </summary>
internal static class InputCoercion
{
    /// <summary>Stands for a value that could not be coerced; its errors have been reported.</summary>
    public static readonly object Invalid = new();

    public static object? Coerce(JsonElement value, GraphQLType type, ScalarRegistry scalars, List<(string Message, InputPath? Path)> errors, InputPath? path)
    {
        if (type is NonNullType nonNull)
        {
            if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                errors.Add(($"Expected value of non-null type \"{type}\" not to be null.", path));
                return Invalid;
            }

            type = nonNull.OfType;
        }

        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                return CoerceList(value, list, scalars, errors, path);
            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, scalars, errors, path);
            case EnumType enumType:
                try
                {
                    return EnumFromJson(value, enumType);
                }
                catch (ScalarCoercionException e)
                {
                    errors.Add((e.Message, path));
                    return Invalid;
                }

            default:
                return CoerceScalar(value, (ScalarType)type, scalars, errors, path);
        }
    }

    /// <summary>The message for a OneOf input object without exactly one non-null field (spec §3.10.1).</summary>
    public static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";

    /// <summary>An enum value given as a JSON string, coerced to its name.</summary>
    public static string EnumFromJson(JsonElement value, EnumType type)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            var shown = ValueInspector.Inspect(value);
            throw new ScalarCoercionException($"Enum \"{type.Name}\" cannot represent non-string value: {shown}.{DidYouMeanEnumValue(type, shown)}");
        }

        var name = value.GetString()!;
        return type.Values[name]?.Name
            ?? throw new ScalarCoercionException($"Value \"{name}\" does not exist in \"{type.Name}\" enum.{DidYouMeanEnumValue(type, name)}");
    }

    /// <summary>An enum value given as a literal, coerced to its name.</summary>
    public static string EnumFromLiteral(ValueNode literal, EnumType type, InputPath? path)
    {
        if (literal is not EnumValueNode enumValue)
        {
            var shown = Printer.Print(literal);
            throw new InputCoercionException($"Enum \"{type.Name}\" cannot represent non-enum value: {shown}.{DidYouMeanEnumValue(type, shown)}", path);
        }

        return type.Values[enumValue.Value]?.Name
            ?? throw new InputCoercionException(
                $"Value \"{enumValue.Value}\" does not exist in \"{type.Name}\" enum.{DidYouMeanEnumValue(type, enumValue.Value)}",
                path);
    }

    private static string DidYouMeanEnumValue(EnumType type, string given)
    {
        var names = new List<string>(type.Values.Count);
        foreach (var value in type.Values)
        {
            names.Add(value.Name);
        }

        return Suggestions.DidYouMean(Suggestions.For(given, names), "the enum value");
    }

    private static object CoerceList(JsonElement value, ListType type, ScalarRegistry scalars, List<(string, InputPath?)> errors, InputPath? path)
    {
        // A single value where a list is expected is a list of one (spec §3.11 Input Coercion).
        if (value.ValueKind != JsonValueKind.Array)
        {
            var item = Coerce(value, type.OfType, scalars, errors, path);
            return item == Invalid ? Invalid : new[] { item };
        }

        var result = new object?[value.GetArrayLength()];
        bool valid = true;
        int i = 0;
        foreach (var element in value.EnumerateArray())
        {
            var item = Coerce(element, type.OfType, scalars, errors, InputPath.Append(path, i));
            valid &= item != Invalid;
            result[i++] = item;
        }

        return valid ? result : Invalid;
    }

    private static object CoerceInputObject(JsonElement value, InputObjectType type, ScalarRegistry scalars, List<(string, InputPath?)> errors, InputPath? path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(($"Expected value of type \"{type.Name}\" to be an object, found: {ValueInspector.Inspect(value)}.", path));
            return Invalid;
        }

        // The last of duplicate JSON keys wins, as with JSON.parse.
        var given = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            given[property.Name] = property.Value;
        }

        var result = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        bool valid = true;
        foreach (var field in type.Fields)
        {
            if (given.TryGetValue(field.Name, out var fieldValue))
            {
                var coerced = Coerce(fieldValue, field.Type, scalars, errors, InputPath.Append(path, field.Name));
                valid &= coerced != Invalid;
                result[field.Name] = coerced;
            }
            else if (field.IsRequired)
            {
                errors.Add(($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {ValueInspector.Inspect(value)}.", path));
                valid = false;
            }
            else if (field.HasDefaultValue)
            {
                try
                {
                    result[field.Name] = DefaultValues.GetForInputField(type, field, scalars, path);
                }
                catch (InputCoercionException e)
                {
                    errors.Add((e.Message, e.Path));
                    valid = false;
                }
            }
        }

        string? firstKnown = null;
        int known = 0;
        foreach (var name in given.Keys)
        {
            if (!type.Fields.Contains(name))
            {
                errors.Add((ValueFromAst.UnknownFieldMessage(type, name, ValueInspector.Inspect(value)), path));
                valid = false;
                continue;
            }

            firstKnown ??= name;
            known++;
        }

        if (type.IsOneOf)
        {
            if (known != 1)
            {
                errors.Add((OneOfMessage(type), path));
                valid = false;
            }

            if (firstKnown is not null && given[firstKnown].ValueKind == JsonValueKind.Null)
            {
                errors.Add((OneOfMessage(type), InputPath.Append(path, firstKnown)));
                valid = false;
            }
        }

        return valid ? result : Invalid;
    }

    private static object? CoerceScalar(JsonElement value, ScalarType type, ScalarRegistry scalars, List<(string, InputPath?)> errors, InputPath? path)
    {
        var coercer = scalars.Get(type.Name);
        if (coercer is null)
        {
            return UntypedValues.FromJson(value);
        }

        try
        {
            return coercer.ParseValue(value);
        }
        catch (ScalarCoercionException e)
        {
            errors.Add((e.Message, path));
        }
        catch (Exception e)
        {
            // A custom coercer failing unexpectedly is still a bad input, but name the scalar (as graphql-js does).
            errors.Add(($"Expected value of type \"{type.Name}\", but encountered error \"{e.Message}\"; found: {ValueInspector.Inspect(value)}.", path));
        }

        return Invalid;
    }
}
