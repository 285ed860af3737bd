using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Resolvers;

/// <summary>
/// A field of the operation as the executor runs it: fragments merged, <c>@skip</c>/<c>@include</c> applied.
/// Lets a resolver look ahead at what is selected below it, e.g. to fetch only the columns those fields need.
/// </summary>
public interface ISelectedField
{
    /// <summary>The key of the field in the response: its alias, or its name.</summary>
    string ResponseKey { get; }

    /// <summary>The field's definition, or a meta-field such as <c>__typename</c>.</summary>
    FieldDefinition Field { get; }

    /// <summary>The field's nodes in the document (several when the same response key is selected more than once).</summary>
    IReadOnlyList<FieldNode> Nodes { get; }

    /// <summary>
    /// The fields selected below this one when its value is an object of type <paramref name="type"/>
    /// (spec §6.3.2 CollectSubfields), in response order; empty for a leaf field. Computed once per
    /// operation plan and type, then shared by every request that runs the plan.
    /// </summary>
    IReadOnlyList<ISelectedField> SelectionsOn(ObjectType type);
}
