using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.1.3 Fragments on Object, Interface or Union Types —
/// https://spec.graphql.org/draft/#sec-Fragments-on-Object-Interface-or-Union-Types.
/// A named or inline fragment whose type condition names a scalar, enum or input object type is reported at
/// the type condition. Unknown types are left to §5.5.1.2 Fragment Spread Type Existence.
/// </summary>
public sealed class FragmentsOnCompositeTypes : ValidationVisitor
{
    public const string SpecAnchor = "Fragments-on-Object-Interface-or-Union-Types";

    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && IsNonCompositeType(condition))
        {
            Context.ReportError(
                $"An inline fragment cannot be on type \"{condition.Name.Value}\": fragments apply only to object, interface and union types.",
                SpecAnchor,
                condition);
        }
    }

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (IsNonCompositeType(node.TypeCondition))
        {
            Context.ReportError(
                $"Fragment \"{node.Name.Value}\" cannot be on type \"{node.TypeCondition.Name.Value}\": fragments apply only to object, interface and union types.",
                SpecAnchor,
                node.TypeCondition);
        }
    }

    private bool IsNonCompositeType(NamedTypeNode typeCondition) =>
        Context.Schema.GetType(typeCondition.Name.Value) is { IsCompositeType: false };
}
