using System.Security.Claims;
using GraphApi.GraphQL.DataLoader;

namespace GraphApi.GraphQL.Execution;

/// <summary>What a transport hands the executor with each request: services, user, cancellation.</summary>
public sealed class RequestContext
{
    // Both made on first use: most requests read neither, and resolvers running concurrently may race to
    // make them, hence EnsureInitialized.
    private ClaimsPrincipal? _user;
    private Dictionary<string, object?>? _items;

    /// <summary>The request's scoped services; resolvers get their dependencies here.</summary>
    public IServiceProvider Services { get; init; } = EmptyServiceProvider.Instance;

    /// <summary>The user making the request; an anonymous one unless the transport sets it.</summary>
    public ClaimsPrincipal User
    {
        get => LazyInitializer.EnsureInitialized(ref _user, static () => new ClaimsPrincipal(new ClaimsIdentity()));
        init => _user = value;
    }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>Replaces <see cref="User"/> for what runs next; see <see cref="Resolvers.IResolverContext.SignIn"/>.</summary>
    internal void ReplaceUser(ClaimsPrincipal user) => Volatile.Write(ref _user, user);

    /// <summary>
    /// The request's DataLoaders. When null the executor asks <see cref="Services"/> for an
    /// <see cref="IBatchDispatcher"/>, and runs without batching if there is none.
    /// </summary>
    public IBatchDispatcher? BatchDispatcher { get; init; }

    /// <summary>Per-request features shared by transports, resolvers and diagnostics.</summary>
    public IDictionary<string, object?> Items =>
        LazyInitializer.EnsureInitialized(ref _items, static () => new Dictionary<string, object?>(StringComparer.Ordinal));

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
