namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Thrown by <see cref="ExecutableSchemaBuilder.Build"/> when the schema cannot be executed as bound: a
/// field with no way to resolve it, a CLR property whose type cannot produce the field's type, a custom
/// scalar with no coercer. The message lists every problem, each naming its <c>Type.field</c>.
/// </summary>
public sealed class SchemaBindingException : InvalidOperationException
{
    public SchemaBindingException(IReadOnlyList<string> problems)
        : base("The schema cannot be executed as bound:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems))
    {
        Problems = problems;
    }

    /// <summary>One line per problem, e.g. <c>Book.tags: the property Book.Tags of CLR type string cannot produce [String!] (string is not a list).</c></summary>
    public IReadOnlyList<string> Problems { get; }
}
