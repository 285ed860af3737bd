using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Values;

/// <summary>
/// Spec §6.4.1 CoerceArgumentValues, for a field's or a directive's arguments: literals are coerced to the
/// argument types, variables are taken as already coerced, and an argument whose variable was not given is
/// absent, so its default applies. A failure is a field error (<see cref="FieldErrorException"/>).
/// </summary>
public static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>(0);

    /// <summary>
    /// Coerces <paramref name="arguments"/> against <paramref name="definitions"/>. Absent arguments without a
    /// default have no entry. <paramref name="coordinate"/> names the owner in errors: <c>Type.field</c> or
    /// <c>@directive</c> (errors then read <c>Argument "Type.field(arg:)"</c>, as graphql-js's do).
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Coerce(
        NameMap<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?> variables,
        ScalarRegistry scalars,
        string? coordinate = null) =>
        CoerceAll(definitions, arguments, variables, scalars, coordinate);

    /// <summary>Coerces the arguments of <paramref name="field"/>; errors name it as <c>Type.field</c>.</summary>
    public static IReadOnlyDictionary<string, object?> Coerce(
        FieldDefinition field,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?> variables,
        ScalarRegistry scalars) =>
        CoerceAll(field.Arguments, arguments, variables, scalars, field);

    /// <param name="owner">What owns the arguments, named only when an error needs it: a coordinate string or a field.</param>
    private static IReadOnlyDictionary<string, object?> CoerceAll(
        NameMap<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?> variables,
        ScalarRegistry scalars,
        object? owner)
    {
        if (definitions.Count == 0)
        {
            return NoArguments;
        }

        var values = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var node = Find(arguments, definition.Name);
            if (node is null
                || (node.Value is VariableNode variable && !definition.IsRequired && !variables.ContainsKey(variable.Name.Value)))
            {
                if (definition.IsRequired)
                {
                    throw new FieldErrorException(
                        $"{Describe(definition, owner)} of required type \"{definition.Type}\" was not provided.",
                        ExecutionErrorCodes.BadUserInput);
                }

                if (definition.HasDefaultValue)
                {
                    values[definition.Name] = DefaultOf(definition, owner, scalars);
                }

                continue;
            }

            try
            {
                values[definition.Name] = ValueFromAst.Coerce(node.Value, definition.Type, variables, scalars, path: null);
            }
            catch (InputCoercionException e)
            {
                throw new FieldErrorException(e.Describe(Describe(definition, owner) + " has invalid value"), ExecutionErrorCodes.BadUserInput);
            }
        }

        return values;
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (int i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    private static object? DefaultOf(InputValueDefinition definition, object? owner, ScalarRegistry scalars)
    {
        try
        {
            return DefaultValues.Get(definition, scalars);
        }
        catch (InputCoercionException e)
        {
            throw new FieldErrorException(e.Describe(Describe(definition, owner) + " has invalid default value"), ExecutionErrorCodes.BadUserInput);
        }
    }

    private static string Describe(InputValueDefinition definition, object? owner) =>
        owner is null ? $"Argument \"{definition.Name}\"" : $"Argument \"{owner}({definition.Name}:)\"";
}
