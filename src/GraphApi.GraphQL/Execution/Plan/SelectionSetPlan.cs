using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Plan;

/// <summary>The collected fields (spec §6.3.2) of a selection set — or of merged ones — for one object type, in response order.</summary>
internal sealed class SelectionSetPlan(ObjectType type, FieldPlan[] fields)
{
    public ObjectType Type { get; } = type;

    public FieldPlan[] Fields { get; } = fields;

    /// <summary>The fields' response keys, shared by the result maps of this selection set.</summary>
    public ResponseKeys Keys { get; } = ResponseKeys.Shared(Array.ConvertAll(fields, field => field.ResponseKey));
}
