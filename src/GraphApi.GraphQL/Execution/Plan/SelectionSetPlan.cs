using GraphApi.GraphQL.Execution.Authorization;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Plan;

/// <summary>
/// The collected fields (spec §6.3.2) of a selection set — or of merged ones — for one object type, in
/// response order, and what completing a value as that type requires (null when nothing).
/// </summary>
internal sealed class SelectionSetPlan(ObjectType type, FieldPlan[] fields, AuthorizationRequirement? authorization)
{
    public ObjectType Type { get; } = type;

    public FieldPlan[] Fields { get; } = fields;

    /// <summary>The fields' response keys, shared by the result maps of this selection set.</summary>
    public ResponseKeys Keys { get; } = ResponseKeys.Shared(Array.ConvertAll(fields, field => field.ResponseKey));

    /// <summary>Checked before any of <see cref="Fields"/> resolve on a value completed as <see cref="Type"/>.</summary>
    public AuthorizationRequirement? Authorization { get; } = authorization;
}
