namespace GraphApi.GraphQL.Execution.Resolvers;

/// <summary>How the executor produces one field's value: an explicit resolver, or a compiled property read.</summary>
internal sealed class FieldBinding
{
    /// <summary>An explicit resolver; it gets a resolver context.</summary>
    public FieldResolver? Resolver { get; init; }

    /// <summary>
    /// A compiled read of the parent's property (default resolution). Called without a resolver context,
    /// which keeps the most common fields allocation-free.
    /// </summary>
    public Func<object?, object?>? Getter { get; init; }

    /// <summary>
    /// False when <see cref="Getter"/> reads a property whose CLR type cannot hold a task or value task, so
    /// that completing its value need not look for one.
    /// </summary>
    public bool MayBeAwaitable { get; init; } = true;

    /// <summary>The source event stream of a subscription root field.</summary>
    public SubscribeResolver? Subscribe { get; init; }
}
