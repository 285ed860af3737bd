using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace GraphApi.Features.GraphQL.Projection;

/// <summary>
/// The members of an entity type one query reads: properties (columns), and navigations to entities read by a
/// join, each with a tree of its own. Ordered by name so that equal trees have equal keys.
/// </summary>
internal sealed class ProjectionTree(Type entityType)
{
    private readonly SortedDictionary<string, (PropertyInfo Property, ProjectionTree? Nested)> _members = new(StringComparer.Ordinal);

    public Type EntityType { get; } = entityType;

    /// <summary>Adds a chain of properties, e.g. <c>Order.Currency</c>: every property but the last is a navigation.</summary>
    public void AddPath(IReadOnlyList<PropertyInfo> path)
    {
        var tree = this;
        for (var i = 0; i < path.Count - 1; i++)
        {
            tree = tree.Navigation(path[i]);
        }

        var last = path[^1];
        tree._members.TryAdd(last.Name, (last, null));
    }

    /// <summary>The tree of the entity <paramref name="navigation"/> leads to, created on first use.</summary>
    public ProjectionTree Navigation(PropertyInfo navigation)
    {
        if (_members.TryGetValue(navigation.Name, out var member) && member.Nested is { } nested)
        {
            return nested;
        }

        nested = new ProjectionTree(navigation.PropertyType);
        _members[navigation.Name] = (navigation, nested);
        return nested;
    }

    /// <summary><c>new TEntity { A = source.A, Nav = new Nav { ... source.Nav ... } }</c>.</summary>
    public Expression BuildInitializer(Expression source)
    {
        var bindings = new List<MemberBinding>(_members.Count);
        foreach (var (property, nested) in _members.Values)
        {
            Expression read = Expression.Property(source, property);
            bindings.Add(Expression.Bind(property, nested is null ? read : nested.BuildInitializer(read)));
        }

        return Expression.MemberInit(Expression.New(EntityType), bindings);
    }

    public string Key()
    {
        var text = new StringBuilder();
        AppendKey(text);
        return text.ToString();
    }

    private void AppendKey(StringBuilder text)
    {
        var first = true;
        foreach (var (name, (_, nested)) in _members)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            text.Append(name);
            if (nested is not null)
            {
                text.Append('(');
                nested.AppendKey(text);
                text.Append(')');
            }
        }
    }
}
