using System.Linq.Expressions;

namespace GraphApi.Features.GraphQL.Projection;

/// <summary>
/// What one query reads of an entity: a <c>Select</c> that builds the entity with only the columns the selected
/// GraphQL fields need (and the to-one relations they join), and a key naming those columns, equal for equal
/// projections, which tells DataLoaders apart.
/// </summary>
public sealed class Projection<TEntity>(Expression<Func<TEntity, TEntity>> selector, string key)
    where TEntity : class
{
    public Expression<Func<TEntity, TEntity>> Selector { get; } = selector;

    /// <summary>The projected members, e.g. <c>Category(Id,Name),Id,Name</c>.</summary>
    public string Key { get; } = key;
}
