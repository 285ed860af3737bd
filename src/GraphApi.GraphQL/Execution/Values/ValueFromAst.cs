using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Errors;

namespace GraphApi.GraphQL.Execution.Values;

/// <summary>
/// Input coercion of a literal in the document (spec §3.5-§3.12 Input Coercion, as §6.4.1 CoerceArgumentValues
/// applies it): argument values, default values, and the variables nested in them. Stops at the first
/// error, in the order graphql-js reports it, by throwing <see cref="InputCoercionException"/>.
/// </summary>
internal static class ValueFromAst
{
    /// <summary>
    /// Coerces <paramref name="literal"/> to <paramref name="type"/>. <paramref name="variables"/> holds the
    /// request's coerced variables; it is null for constant values (SDL and variable default values).
    /// A variable is taken as it is: variables were coerced to their own type already (spec §6.1.2).
    /// </summary>
    public static object? Coerce(
        ValueNode literal,
        GraphQLType type,
        IReadOnlyDictionary<string, object?>? variables,
        ScalarRegistry scalars,
        InputPath? path)
    {
        if (literal is VariableNode variable)
        {
            return FromVariable(variable, type, variables, path);
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                throw new InputCoercionException($"Expected value of non-null type \"{type}\" not to be null.", path);
            }

            type = nonNull.OfType;
        }

        if (literal is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                return CoerceList(literal, list, variables, scalars, path);
            case InputObjectType inputObject:
                return CoerceInputObject(literal, inputObject, variables, scalars, path);
            case EnumType enumType:
                return InputCoercion.EnumFromLiteral(literal, enumType, path);
            default:
                return CoerceScalar(literal, (ScalarType)type, variables, scalars, path);
        }
    }

    /// <summary>
    /// A variable's value; an absent variable reads as null here, because the places where absence means
    /// "use the default" (arguments, input fields) look at it before coming here.
    /// </summary>
    private static object? FromVariable(VariableNode variable, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, InputPath? path)
    {
        var name = variable.Name.Value;
        object? value = null;
        bool present = variables is not null && variables.TryGetValue(name, out value);
        if (type.IsNonNull)
        {
            if (!present)
            {
                throw new InputCoercionException($"Expected variable \"${name}\" provided to type \"{type}\" to provide a runtime value.", path);
            }

            if (value is null)
            {
                throw new InputCoercionException($"Expected variable \"${name}\" provided to non-null type \"{type}\" not to be null.", path);
            }
        }

        return value;
    }

    private static object?[] CoerceList(
        ValueNode literal,
        ListType type,
        IReadOnlyDictionary<string, object?>? variables,
        ScalarRegistry scalars,
        InputPath? path)
    {
        // A single value where a list is expected is a list of one (spec §3.11 Input Coercion).
        if (literal is not ListValueNode list)
        {
            return [Coerce(literal, type.OfType, variables, scalars, path)];
        }

        var items = list.Values;
        var result = new object?[items.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Coerce(items[i], type.OfType, variables, scalars, InputPath.Append(path, i));
        }

        return result;
    }

    private static Dictionary<string, object?> CoerceInputObject(
        ValueNode literal,
        InputObjectType type,
        IReadOnlyDictionary<string, object?>? variables,
        ScalarRegistry scalars,
        InputPath? path)
    {
        if (literal is not ObjectValueNode objectValue)
        {
            throw new InputCoercionException($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(literal)}.", path);
        }

        var result = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldNode = FindField(objectValue, field.Name);
            if (fieldNode is null)
            {
                if (field.IsRequired)
                {
                    throw new InputCoercionException(
                        $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(literal)}.",
                        path);
                }

                AddDefault(result, type, field, scalars, path);
                continue;
            }

            if (fieldNode.Value is VariableNode variable && !(variables?.ContainsKey(variable.Name.Value) ?? false))
            {
                if (type.IsOneOf)
                {
                    throw new InputCoercionException(
                        $"Expected variable \"${variable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type.Name}\" to provide a runtime value.",
                        path);
                }

                // An absent variable leaves the field absent, so its default applies (spec §3.10 Input Coercion).
                if (!field.IsRequired)
                {
                    AddDefault(result, type, field, scalars, path);
                    continue;
                }
            }
            else if (type.IsOneOf && fieldNode.Value is VariableNode nullVariable && variables![nullVariable.Name.Value] is null)
            {
                throw new InputCoercionException(
                    $"Expected variable \"${nullVariable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type.Name}\" not to be null.",
                    path);
            }

            result[field.Name] = Coerce(fieldNode.Value, field.Type, variables, scalars, InputPath.Append(path, field.Name));
        }

        int known = 0;
        ObjectFieldNode? only = null;
        foreach (var fieldNode in objectValue.Fields)
        {
            if (!type.Fields.Contains(fieldNode.Name.Value))
            {
                throw new InputCoercionException(UnknownFieldMessage(type, fieldNode.Name.Value, Printer.Print(literal)), path);
            }

            known++;
            only = fieldNode;
        }

        if (type.IsOneOf)
        {
            if (known != 1)
            {
                throw new InputCoercionException(InputCoercion.OneOfMessage(type), path);
            }

            if (only!.Value is NullValueNode)
            {
                throw new InputCoercionException(InputCoercion.OneOfMessage(type), InputPath.Append(path, only.Name.Value));
            }
        }

        return result;
    }

    private static ObjectFieldNode? FindField(ObjectValueNode objectValue, string name)
    {
        ObjectFieldNode? found = null;
        foreach (var field in objectValue.Fields)
        {
            if (field.Name.Value == name)
            {
                found = field; // validation rejects duplicates; if unvalidated, the last one wins as in graphql-js
            }
        }

        return found;
    }

    private static void AddDefault(Dictionary<string, object?> result, InputObjectType type, InputValueDefinition field, ScalarRegistry scalars, InputPath? path)
    {
        if (field.HasDefaultValue)
        {
            result[field.Name] = DefaultValues.GetForInputField(type, field, scalars, path);
        }
    }

    private static object? CoerceScalar(
        ValueNode literal,
        ScalarType type,
        IReadOnlyDictionary<string, object?>? variables,
        ScalarRegistry scalars,
        InputPath? path)
    {
        var coercer = scalars.Get(type.Name);
        if (coercer is null)
        {
            return UntypedValues.FromLiteral(literal, variables);
        }

        try
        {
            return coercer.ParseLiteral(literal);
        }
        catch (ScalarCoercionException e)
        {
            throw new InputCoercionException(e.Message, path);
        }
        catch (Exception e) when (e is not InputCoercionException)
        {
            // A custom coercer failing unexpectedly is still a bad input, but name the scalar (as graphql-js does).
            throw new InputCoercionException(
                $"Expected value of type \"{type.Name}\", but encountered error \"{e.Message}\"; found: {Printer.Print(literal)}.",
                path);
        }
    }

    /// <summary>The message for an input field the input object type does not define, with suggestions.</summary>
    internal static string UnknownFieldMessage(InputObjectType type, string fieldName, string found)
    {
        var names = new List<string>(type.Fields.Count);
        foreach (var f in type.Fields)
        {
            names.Add(f.Name);
        }

        var suggestion = Suggestions.DidYouMean(Suggestions.For(fieldName, names));
        return $"Expected value of type \"{type.Name}\" not to include unknown field \"{fieldName}\""
            + (suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")
            + $": {found}.";
    }
}
