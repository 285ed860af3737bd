using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Types;

namespace GraphApi.Features.GraphQL.Projection;

/// <summary>Looking ahead at what a query selects below a field, for projections.</summary>
public static class SelectedFields
{
    // Per connection field of a cached plan, like the plan's own selection lists, so that projections built from
    // the list are cached with it.
    private static readonly ConditionalWeakTable<ISelectedField, IReadOnlyList<ISelectedField>> ConnectionItems = new();

    /// <summary>The object type of the field's values (through lists and non-null).</summary>
    public static ObjectType ObjectTypeOf(ISelectedField field) =>
        field.Field.Type.Named as ObjectType
        ?? throw new InvalidOperationException($"The field \"{field.Field.Name}\" is of type {field.Field.Type}, not of an object type.");

    /// <summary>The fields selected on the values of <paramref name="field"/>, an object-typed field.</summary>
    public static IReadOnlyList<ISelectedField> Below(ISelectedField field) => field.SelectionsOn(ObjectTypeOf(field));

    /// <summary>
    /// The fields selected on the items of a Relay connection field, through <c>edges { node }</c> and
    /// <c>nodes</c> alike, in one list.
    /// </summary>
    public static IReadOnlyList<ISelectedField> OnConnectionItems(ISelectedField connection) =>
        ConnectionItems.GetValue(connection, CollectConnectionItems);

    private static IReadOnlyList<ISelectedField> CollectConnectionItems(ISelectedField connection)
    {
        var items = new List<ISelectedField>();
        foreach (var field in Below(connection))
        {
            switch (field.Field.Name)
            {
                case "nodes":
                    items.AddRange(Below(field));
                    break;
                case "edges":
                    foreach (var edgeField in Below(field))
                    {
                        if (edgeField.Field.Name == "node")
                        {
                            items.AddRange(Below(edgeField));
                        }
                    }

                    break;
            }
        }

        return items.ToArray();
    }
}
