using System.Security.Claims;
using GraphApi.GraphQL.Execution.Plan;
using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Authorization;

/// <summary>
/// What a policy decides on: the user, the protected <see cref="Value"/>, the field and its arguments, the
/// request's services. One context serves every policy of one check.
/// </summary>
public sealed class AuthorizationContext
{
    private readonly RequestContext _request;
    private readonly FieldPlan _field;
    private readonly PathRef _at;
    private object[]? _path;

    internal AuthorizationContext(
        RequestContext request,
        FieldPlan field,
        AuthorizationTarget target,
        ObjectType type,
        object? value,
        PathRef at,
        IReadOnlyDictionary<string, object?> arguments)
    {
        _request = request;
        _field = field;
        _at = at;
        Target = target;
        Type = type;
        Value = value;
        Arguments = arguments;
    }

    /// <summary>Whether a field is about to be resolved, or a value is about to be completed as an object type.</summary>
    public AuthorizationTarget Target { get; }

    /// <summary>
    /// The object the requirement protects: for a field, its parent object (the root value for a root
    /// field, the event for a subscription field's events); for a type, the value being completed as it.
    /// Either way an object of <see cref="Type"/>, so one ownership policy serves both.
    /// </summary>
    public object? Value { get; }

    /// <summary>The object type of <see cref="Value"/>: the field's parent type, or the type being completed.</summary>
    public ObjectType Type { get; }

    /// <summary>The field being resolved, or for a type the field whose value is being completed.</summary>
    public FieldDefinition Field => _field.Definition;

    /// <summary>The coerced arguments of <see cref="Field"/> (absent arguments have no entry).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public ClaimsPrincipal User => _request.User;

    public IServiceProvider Services => _request.Services;

    public CancellationToken CancellationToken => _request.CancellationToken;

    /// <summary>The per-request items of the <see cref="RequestContext"/>.</summary>
    public IDictionary<string, object?> Items => _request.Items;

    /// <summary>The response path of the protected position: keys (string) and list indices (int).</summary>
    public IReadOnlyList<object> Path => _path ??= _at.Materialize().ToArray();

    /// <summary>The value as <typeparamref name="T"/>; throws (which denies, as any failing policy does) if it is not one.</summary>
    public T ValueAs<T>() =>
        Value is T value
            ? value
            : throw new InvalidOperationException(
                $"An authorization policy at \"{_field.Coordinate}\" expects a value of CLR type {ClrTypeNames.Display(typeof(T))}, but got {(Value is null ? "null" : "a " + ClrTypeNames.Display(Value.GetType()))}.");

    /// <summary>An argument converted to <typeparamref name="T"/>, as resolvers get it.</summary>
    public T Argument<T>(string name) =>
        ArgumentConverter.Convert<T>(Arguments.GetValueOrDefault(name), new ArgumentConverter.Site(_field.Coordinate, name));

    /// <summary>A required service from <see cref="Services"/>.</summary>
    public T Service<T>()
        where T : notnull =>
        Services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"An authorization policy at \"{_field.Coordinate}\" needs a service of type {ClrTypeNames.Display(typeof(T))}, but none is registered.");
}
