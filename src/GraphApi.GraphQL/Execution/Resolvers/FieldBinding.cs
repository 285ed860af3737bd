namespace GraphApi.GraphQL.Execution.Resolvers;

/// <summary>A field's value from its parent and its coerced arguments alone (a property read ignores the arguments).</summary>
internal delegate object? FieldGetter(object? parent, IReadOnlyDictionary<string, object?> arguments);

/// <summary>How the executor produces one field's value: an explicit resolver, or a compiled property read.</summary>
internal sealed class FieldBinding
{
    /// <summary>An explicit resolver; it gets a resolver context.</summary>
    public FieldResolver? Resolver { get; init; }

    /// <summary>
    /// A compiled read of the parent's property (default resolution), or a resolver of the parent and the
    /// arguments alone. Called without a resolver context, which keeps the most common fields allocation-free.
    /// </summary>
    public FieldGetter? Getter { get; init; }

    /// <summary>
    /// False when the value of <see cref="Getter"/> is never a task or value task (it reads a property whose
    /// CLR type cannot hold one, or resolves an introspection field), so that completing it need not look for one.
    /// </summary>
    public bool MayBeAwaitable { get; init; } = true;

    /// <summary>The source event stream of a subscription root field.</summary>
    public SubscribeResolver? Subscribe { get; init; }
}
