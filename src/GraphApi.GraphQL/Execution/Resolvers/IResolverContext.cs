using System.Security.Claims;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Resolvers;

/// <summary>Everything a resolver may use: parent, arguments, services, user, cancellation, and where it is.</summary>
public interface IResolverContext
{
    /// <summary>The parent object: the value its own field resolved to, or the root value.</summary>
    object? Parent { get; }

    /// <summary>The parent as <typeparamref name="T"/>; throws a clear error if it is not one.</summary>
    T ParentAs<T>();

    /// <summary>The coerced arguments (spec §6.4.1 CoerceArgumentValues): absent arguments have no entry.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>An argument converted to <typeparamref name="T"/> (scalars, enums, lists, input objects to CLR types).</summary>
    T Argument<T>(string name);

    /// <summary>True when the argument was given (or has a default), even if its value is null.</summary>
    bool HasArgument(string name);

    IServiceProvider Services { get; }

    /// <summary>A required service from <see cref="Services"/>.</summary>
    T Service<T>() where T : notnull;

    ClaimsPrincipal User { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>The field being resolved, as its parent type defines it.</summary>
    FieldDefinition Field { get; }

    ObjectType ParentType { get; }

    /// <summary>The field's nodes in the document (several when the same response key is selected more than once).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The field being resolved as the operation selects it, to look ahead at the fields selected below it.</summary>
    ISelectedField Selection { get; }

    /// <summary>The response path of this field: keys (string) and list indices (int).</summary>
    IReadOnlyList<object> Path { get; }

    /// <summary>The per-request items of the <see cref="RequestContext"/>.</summary>
    IDictionary<string, object?> Items { get; }

    /// <summary>
    /// Runs the rest of the operation as <paramref name="user"/>, who has just proved who they are (a sign-in
    /// or sign-up mutation): this field's payload and the root fields after it are authorized for them. Only a
    /// root field of a mutation may call it: those run one after another (spec §6.2.2), while fields anywhere
    /// else run concurrently and would see the user change under them.
    /// </summary>
    /// <exception cref="InvalidOperationException">The field is not a root field of a mutation.</exception>
    void SignIn(ClaimsPrincipal user);
}
