using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.3 Leaf Field Selections (https://spec.graphql.org/draft/#sec-Leaf-Field-Selections): a field of
/// scalar or enum type has no selection set; a field of object, interface or union type has a non-empty
/// one. Fields whose type is unknown are left to §5.3.1.
/// </summary>
public sealed class LeafFieldSelections : ValidationVisitor
{
    public const string SpecAnchor = "Leaf-Field-Selections";

    public override void EnterField(FieldNode node)
    {
        if (Context.TypeInfo.Type is not { } type)
        {
            return;
        }

        var selectionSet = node.SelectionSet;
        if (type.Named.IsLeafType)
        {
            if (selectionSet is not null)
            {
                Context.ReportError(
                    $"Field \"{node.Name.Value}\" of type \"{type}\" cannot have a selection set: scalars and enums have no subfields.",
                    SpecAnchor,
                    selectionSet);
            }
        }
        else if (selectionSet is null)
        {
            Context.ReportError(
                $"Field \"{node.Name.Value}\" of type \"{type}\" must have a selection set of subfields, e.g. \"{node.Name.Value} {{ ... }}\".",
                SpecAnchor,
                node);
        }
        else if (selectionSet.Selections.Count == 0)
        {
            Context.ReportError(
                $"Field \"{node.Name.Value}\" of type \"{type}\" must select at least one subfield.",
                SpecAnchor,
                node);
        }
    }
}
