using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Types;

namespace GraphApi.Features.GraphQL.Projection;

/// <summary>
/// How the GraphQL fields of one object type read its entity: the columns each field needs, and the to-one
/// relations that are joined into the same statement, with the map of their own type. From the fields a query
/// selects, <see cref="For"/> builds the <see cref="Projection{TEntity}"/> that reads only what they need, plus
/// the key. Every field of the type must be declared: an undeclared one fails loudly instead of reading a default.
/// </summary>
public sealed class ProjectionMap<TEntity>
    where TEntity : class
{
    /// <summary>Projections kept per selection; more different <c>alsoRead</c> lists than this are built each time.</summary>
    private const int MaxCachedPerSelection = 16;

    private static readonly object NothingElse = new();

    private readonly Dictionary<string, Action<ProjectionTree, ISelectedField>> _fields = new(StringComparer.Ordinal);
    private readonly PropertyInfo[] _key;
    private readonly List<PropertyInfo[]> _always = [];

    // Selections come from operation plans, which the engine caches and shares between requests: a projection is
    // built once per plan (and alsoRead list), and goes with the plan when the engine drops it.
    private readonly ConditionalWeakTable<IReadOnlyList<ISelectedField>, ConcurrentDictionary<object, Projection<TEntity>>> _cache = new();

    /// <param name="typeName">The GraphQL object type, for error messages.</param>
    /// <param name="key">The entity's key, which every projection reads.</param>
    public ProjectionMap(string typeName, Expression<Func<TEntity, object?>> key)
    {
        TypeName = typeName;
        _key = PathOf(key);
    }

    public string TypeName { get; }

    /// <summary>The names of the GraphQL fields declared so far.</summary>
    public IEnumerable<string> FieldNames => _fields.Keys;

    /// <summary>
    /// Declares columns that every projection reads, like the key, whatever the fields select: what the type's
    /// authorization policy decides on (e.g. an order's customer), which must be there even when no field asks for it.
    /// </summary>
    public ProjectionMap<TEntity> Always(params Expression<Func<TEntity, object?>>[] members)
    {
        _always.AddRange(members.Select(PathOf));
        return this;
    }

    /// <summary>
    /// Declares a field that reads <paramref name="members"/> (none: the key is enough, e.g. for a list the
    /// field's own DataLoader fetches). A member may go through to-one navigations: <c>l => l.Order.Currency</c>.
    /// </summary>
    public ProjectionMap<TEntity> Field(string name, params Expression<Func<TEntity, object?>>[] members)
    {
        var paths = members.Select(PathOf).ToArray();
        _fields.Add(name, (tree, _) =>
        {
            foreach (var path in paths)
            {
                tree.AddPath(path);
            }
        });
        return this;
    }

    /// <summary>
    /// Declares a field whose value is the entity a to-one <paramref name="navigation"/> leads to, joined into the
    /// statement and read as <paramref name="target"/> maps the fields selected on it. The map is given lazily
    /// because maps refer to each other.
    /// </summary>
    public ProjectionMap<TEntity> Reference<TTarget>(
        string name, Expression<Func<TEntity, TTarget?>> navigation, Func<ProjectionMap<TTarget>> target)
        where TTarget : class
    {
        var path = PathOf(navigation);
        _fields.Add(name, (tree, selected) =>
        {
            var nested = tree;
            foreach (var property in path)
            {
                nested = nested.Navigation(property);
            }

            var map = target();
            map.AddTo(nested, selected.SelectionsOn(SelectedFields.ObjectTypeOf(selected)));
        });
        return this;
    }

    /// <summary>
    /// The projection reading what <paramref name="selections"/> (fields selected on this type) need, plus
    /// <paramref name="alsoRead"/> (e.g. the keys a page is sorted by). Cached by the identity of both lists:
    /// pass the plan's selection lists (<see cref="ISelectedField.SelectionsOn"/>, <see cref="SelectedFields"/>)
    /// and alsoRead lists kept in static fields.
    /// </summary>
    /// <exception cref="InvalidOperationException">A selected field is not declared in this map.</exception>
    public Projection<TEntity> For(IReadOnlyList<ISelectedField> selections, IReadOnlyList<LambdaExpression>? alsoRead = null)
    {
        var cached = _cache.GetValue(selections, static _ => new ConcurrentDictionary<object, Projection<TEntity>>(ReferenceEqualityComparer.Instance));
        var key = alsoRead ?? NothingElse;
        if (cached.TryGetValue(key, out var projection))
        {
            return projection;
        }

        projection = Build(selections, alsoRead);
        return cached.Count < MaxCachedPerSelection ? cached.GetOrAdd(key, projection) : projection;
    }

    private Projection<TEntity> Build(IReadOnlyList<ISelectedField> selections, IReadOnlyList<LambdaExpression>? alsoRead)
    {
        var tree = new ProjectionTree(typeof(TEntity));
        AddTo(tree, selections);
        foreach (var member in alsoRead ?? [])
        {
            tree.AddPath(PathOf(member));
        }

        var entity = Expression.Parameter(typeof(TEntity), "e");
        var selector = Expression.Lambda<Func<TEntity, TEntity>>(tree.BuildInitializer(entity), entity);
        return new Projection<TEntity>(selector, tree.Key());
    }

    private void AddTo(ProjectionTree tree, IReadOnlyList<ISelectedField> selections)
    {
        tree.AddPath(_key);
        foreach (var path in _always)
        {
            tree.AddPath(path);
        }

        foreach (var selected in selections)
        {
            var name = selected.Field.Name;
            if (_fields.TryGetValue(name, out var add))
            {
                add(tree, selected);
            }
            else if (name != "__typename")
            {
                throw new InvalidOperationException(
                    $"The projection of {TypeName} does not say what the field \"{name}\" reads; declare it in its ProjectionMap.");
            }
        }
    }

    /// <summary>The chain of properties a lambda such as <c>l => l.Order.Currency</c> reads (boxing ignored).</summary>
    private static PropertyInfo[] PathOf(LambdaExpression member)
    {
        var path = new List<PropertyInfo>();
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body;
        while (body is MemberExpression { Member: PropertyInfo property } access)
        {
            path.Add(property);
            body = access.Expression;
        }

        if (body != member.Parameters[0] || path.Count == 0)
        {
            throw new ArgumentException($"{member} must read a property, or a chain of properties, of its parameter.", nameof(member));
        }

        path.Reverse();
        return path.ToArray();
    }
}
