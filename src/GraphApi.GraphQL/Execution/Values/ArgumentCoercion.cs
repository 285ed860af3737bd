using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Values;

// Stand-in for the exec-values branch's coercion (same public shape); replaced when that branch lands.
public static class ArgumentCoercion
{
    public static IReadOnlyDictionary<string, object?> Coerce(
        NameMap<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?> variables,
        ScalarRegistry scalars)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            ArgumentNode? node = null;
            foreach (var a in arguments)
            {
                if (a.Name.Value == definition.Name)
                {
                    node = a;
                }
            }

            if (node is null || (node.Value is VariableNode v0 && !variables.ContainsKey(v0.Name.Value)))
            {
                if (definition.DefaultValue is not null)
                {
                    result[definition.Name] = Literal(definition.Type, definition.DefaultValue, variables, scalars);
                }
                else if (definition.Type.IsNonNull)
                {
                    throw new FieldErrorException($"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.", "BAD_USER_INPUT");
                }

                continue;
            }

            result[definition.Name] = Literal(definition.Type, node.Value, variables, scalars);
        }

        return result;
    }

    internal static object? Literal(GraphQLType type, ValueNode value, IReadOnlyDictionary<string, object?> variables, ScalarRegistry scalars)
    {
        if (value is VariableNode v)
        {
            return variables.GetValueOrDefault(v.Name.Value);
        }

        if (value is NullValueNode)
        {
            return null;
        }

        type = type.Nullable;
        if (type is ListType list)
        {
            if (value is ListValueNode items)
            {
                var array = new object?[items.Values.Count];
                for (int i = 0; i < array.Length; i++)
                {
                    array[i] = Literal(list.OfType, items.Values[i], variables, scalars);
                }

                return array;
            }

            return new[] { Literal(list.OfType, value, variables, scalars) };
        }

        switch (type)
        {
            case EnumType when value is EnumValueNode e:
                return e.Value;
            case InputObjectType input when value is ObjectValueNode obj:
                var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in input.Fields)
                {
                    ObjectFieldNode? given = null;
                    foreach (var f in obj.Fields)
                    {
                        if (f.Name.Value == field.Name)
                        {
                            given = f;
                        }
                    }

                    if (given is not null)
                    {
                        dict[field.Name] = Literal(field.Type, given.Value, variables, scalars);
                    }
                    else if (field.DefaultValue is not null)
                    {
                        dict[field.Name] = Literal(field.Type, field.DefaultValue, variables, scalars);
                    }
                }

                return dict;
            case ScalarType scalar:
                try
                {
                    return scalars.Get(scalar.Name)!.ParseLiteral(value);
                }
                catch (ScalarCoercionException e)
                {
                    throw new FieldErrorException(e.Message, "BAD_USER_INPUT");
                }

            default:
                throw new FieldErrorException("Cannot coerce " + Printer.Print(value) + " to " + type, "BAD_USER_INPUT");
        }
    }
}
