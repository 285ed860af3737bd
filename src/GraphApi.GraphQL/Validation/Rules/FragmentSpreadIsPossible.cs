using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.2.3 Fragment Spread Is Possible — https://spec.graphql.org/draft/#sec-Fragment-Spread-Is-Possible.
/// A named or inline fragment is reported at the spread when no object type is possible both in its type
/// condition and in the type of the selection set it is spread in (<see cref="Schema.DoTypesOverlap"/>).
/// Fragments on unknown or non-composite types are left to §5.5.1.2 and §5.5.1.3. As in the formal
/// algorithm (and graphql-js), an interface spread into an interface it implements is still reported when
/// no object type implements it.
/// </summary>
public sealed class FragmentSpreadIsPossible : ValidationVisitor
{
    public const string SpecAnchor = "Fragment-Spread-Is-Possible";

    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        // TypeInfo has entered the fragment: Type is its type condition (or the enclosing type without one).
        if (Context.TypeInfo.Type is NamedType { IsCompositeType: true } fragmentType
            && Context.TypeInfo.ParentType is { } parentType
            && !Context.Schema.DoTypesOverlap(fragmentType, parentType))
        {
            Context.ReportError(
                $"An inline fragment on \"{fragmentType.Name}\" cannot be spread here: no object of type \"{parentType.Name}\" can be of type \"{fragmentType.Name}\".",
                SpecAnchor,
                node);
        }
    }

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (Context.GetFragment(node.Name.Value) is { } fragment
            && Context.Schema.GetType(fragment.TypeCondition.Name.Value) is { IsCompositeType: true } fragmentType
            && Context.TypeInfo.ParentType is { } parentType
            && !Context.Schema.DoTypesOverlap(fragmentType, parentType))
        {
            Context.ReportError(
                $"Fragment \"{node.Name.Value}\" on \"{fragmentType.Name}\" cannot be spread here: no object of type \"{parentType.Name}\" can be of type \"{fragmentType.Name}\".",
                SpecAnchor,
                node);
        }
    }
}
