using System.Collections.Concurrent;
using GraphApi.Data;
using GraphApi.GraphQL.DataLoader;
using GraphApi.GraphQL.Execution.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.GraphQL;

/// <summary>
/// The DataLoaders of one request. A loader reads one projection (the columns its fields select), so the
/// request has one loader per kind and projection (and arguments, for pages): fields that select the same
/// columns at one level share a loader and its one statement; a field selecting other columns gets its own.
/// </summary>
public sealed class RequestLoaders(DataLoaderScope scope, IDbContextFactory<ShopDbContext> databases)
{
    /// <summary>
    /// The most keys one statement reads. Larger batches are split: EF Core 6 writes a key list into the SQL as
    /// constants, and SQL Server compiles very long IN lists slowly (and fails past some thousands).
    /// </summary>
    public const int MaxBatchSize = 1000;

    private readonly ConcurrentDictionary<(Type Loader, string Key), object> _loaders = new();

    public DataLoaderScope Scope { get; } = scope;

    /// <summary>A context per batch: batches of one dispatch run concurrently, and a context is not thread-safe.</summary>
    public IDbContextFactory<ShopDbContext> Databases { get; } = databases;

    public static DataLoaderOptions BatchOptions { get; } = new() { MaxBatchSize = MaxBatchSize };

    /// <summary>The request's loaders of a resolver context.</summary>
    public static RequestLoaders Of(IResolverContext context) => context.Service<RequestLoaders>();

    /// <summary>
    /// Drops every loader and what it cached, for a mutation that has changed rows: the loads after it must read them
    /// again. Only between mutation fields, which run one after another (spec §6.2.2), so that no load is pending.
    /// </summary>
    public void Forget() => _loaders.Clear();

    /// <summary>The loader of type <typeparamref name="TLoader"/> for <paramref name="key"/>, created by <paramref name="create"/> on first use.</summary>
    public TLoader Get<TLoader>(string key, Func<RequestLoaders, TLoader> create)
        where TLoader : class =>
        (TLoader)_loaders.GetOrAdd((typeof(TLoader), key), static (_, state) => state.create(state.loaders), (create, loaders: this));
}
