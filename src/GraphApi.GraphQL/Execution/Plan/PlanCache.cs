using GraphApi.GraphQL.Execution.Caching;

namespace GraphApi.GraphQL.Execution.Plan;

/// <summary>Operation plans by document hash and operation name, in a bounded LRU cache.</summary>
internal sealed class PlanCache(int capacity)
{
    private readonly LruCache<(DocumentHash Document, string? Operation), OperationPlan> _cache = new(capacity);
    private long _planCount;

    /// <summary>How many operation plans were created (diagnostics: a cache hit creates none).</summary>
    public long PlanCount => Interlocked.Read(ref _planCount);

    public int Count => _cache.Count;

    public OperationPlan Get(ExecutableSchema schema, CachedDocument document, Language.Ast.OperationDefinitionNode operation)
    {
        var key = (document.Hash, operation.Name?.Value);
        if (_cache.TryGet(key, out var plan) && ReferenceEquals(plan.Operation, operation))
        {
            return plan;
        }

        Interlocked.Increment(ref _planCount);
        plan = new OperationPlan(schema, document.Document!, operation);
        _cache.Set(key, plan);
        return plan;
    }
}
