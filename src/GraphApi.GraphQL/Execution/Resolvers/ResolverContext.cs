using System.Security.Claims;
using GraphApi.GraphQL.Execution.Plan;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Resolvers;

/// <summary>
/// The context of one call of an explicit resolver: a small object over the executor's request state and
/// the field's plan; its path is built only if the resolver asks for it.
/// </summary>
internal sealed class ResolverContext : IResolverContext
{
    private readonly Executor _executor;
    private readonly FieldPlan _field;
    private readonly PathRef _at;
    private object[]? _path;

    public ResolverContext(Executor executor, FieldPlan field, object? parent, PathRef at, IReadOnlyDictionary<string, object?> arguments)
    {
        _executor = executor;
        _field = field;
        _at = at;
        Parent = parent;
        Arguments = arguments;
    }

    public object? Parent { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public IServiceProvider Services => _executor.Context.Services;

    public ClaimsPrincipal User => _executor.Context.User;

    public CancellationToken CancellationToken => _executor.Context.CancellationToken;

    public FieldDefinition Field => _field.Definition;

    public ObjectType ParentType => _field.ParentType;

    public IReadOnlyList<FieldNode> FieldNodes => _field.Nodes;

    public ISelectedField Selection => _field;

    public IReadOnlyList<object> Path => _path ??= _at.Materialize().ToArray();

    public IDictionary<string, object?> Items => _executor.Context.Items;

    public T ParentAs<T>()
    {
        if (Parent is T parent)
        {
            return parent;
        }

        if (Parent is null && default(T) is null)
        {
            return default!;
        }

        throw ParentMismatch(_field.Coordinate, typeof(T), Parent);
    }

    /// <summary>The error of a resolver given a parent of another CLR type than it expects.</summary>
    public static InvalidOperationException ParentMismatch(string coordinate, Type expected, object? parent) =>
        new($"The resolver of \"{coordinate}\" expects a parent of CLR type {ClrTypeNames.Display(expected)}, but got {(parent is null ? "null" : "a " + ClrTypeNames.Display(parent.GetType()))}.");

    public T Argument<T>(string name) =>
        ArgumentConverter.Convert<T>(Arguments.GetValueOrDefault(name), new ArgumentConverter.Site(_field.Coordinate, name));

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public void SignIn(ClaimsPrincipal user) => _executor.SignIn(_field, user);

    public T Service<T>()
        where T : notnull =>
        Services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"The resolver of \"{_field.Coordinate}\" needs a service of type {ClrTypeNames.Display(typeof(T))}, but none is registered.");
}
