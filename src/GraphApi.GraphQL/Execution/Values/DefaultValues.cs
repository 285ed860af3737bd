using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Values;

/// <summary>
/// The coerced default values of arguments and input fields, coerced once per definition and then shared
/// (spec §6.4.1 encourages caching them). The cache hangs off the schema's definition objects, so it goes
/// away with the schema. Shared values must not be mutated by resolvers.
/// </summary>
public static class DefaultValues
{
    private static readonly ConditionalWeakTable<InputValueDefinition, Entry> Cache = new();

    /// <summary>
    /// Coerces every default value of <paramref name="schema"/> (field and directive arguments, input fields)
    /// so that a server can refuse to start with one that its scalars cannot coerce. Returns one message
    /// per bad default value, naming where it is; empty when all are fine.
    /// </summary>
    public static IReadOnlyList<string> Validate(Schema schema, ScalarRegistry scalars)
    {
        var problems = new List<string>();
        foreach (var type in schema.Types)
        {
            switch (type)
            {
                case FieldsType fieldsType:
                    foreach (var field in fieldsType.Fields)
                    {
                        ValidateArguments(field.Arguments, $"{type.Name}.{field.Name}", scalars, problems);
                    }

                    break;
                case InputObjectType inputObject:
                    foreach (var field in inputObject.Fields)
                    {
                        Check(field, $"Input field \"{inputObject.Name}.{field.Name}\"", scalars, problems);
                    }

                    break;
            }
        }

        foreach (var directive in schema.Directives)
        {
            ValidateArguments(directive.Arguments, "@" + directive.Name, scalars, problems);
        }

        return problems;
    }

    /// <summary>The coerced default of an argument; throws <see cref="InputCoercionException"/> if it cannot be coerced.</summary>
    internal static object? Get(InputValueDefinition definition, ScalarRegistry scalars)
    {
        if (Cache.TryGetValue(definition, out var entry) && ReferenceEquals(entry.Scalars, scalars))
        {
            return entry.Value;
        }

        var value = ValueFromAst.Coerce(definition.DefaultValue!, definition.Type, variables: null, scalars, path: null);
        Cache.AddOrUpdate(definition, new Entry(scalars, value));
        return value;
    }

    /// <summary>
    /// The coerced default of an input field, used while coercing an input object at <paramref name="path"/>;
    /// a bad default is reported there, naming the field.
    /// </summary>
    internal static object? GetForInputField(InputObjectType type, InputValueDefinition field, ScalarRegistry scalars, InputPath? path)
    {
        try
        {
            return Get(field, scalars);
        }
        catch (InputCoercionException e)
        {
            throw new InputCoercionException(e.Describe($"Input field \"{type.Name}.{field.Name}\" has invalid default value"), path);
        }
    }

    private static void ValidateArguments(NameMap<InputValueDefinition> arguments, string owner, ScalarRegistry scalars, List<string> problems)
    {
        foreach (var argument in arguments)
        {
            Check(argument, $"Argument \"{owner}({argument.Name}:)\"", scalars, problems);
        }
    }

    private static void Check(InputValueDefinition definition, string subject, ScalarRegistry scalars, List<string> problems)
    {
        if (!definition.HasDefaultValue)
        {
            return;
        }

        try
        {
            Get(definition, scalars);
        }
        catch (InputCoercionException e)
        {
            problems.Add(e.Describe(subject + " has invalid default value"));
        }
    }

    private sealed class Entry(ScalarRegistry scalars, object? value)
    {
        public ScalarRegistry Scalars { get; } = scalars;

        public object? Value { get; } = value;
    }
}
