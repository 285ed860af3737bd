using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.1 Field Selections (https://spec.graphql.org/draft/#sec-Field-Selections): every selected field
/// must be defined on the type in scope. The error suggests an inline fragment when the parent is abstract
/// and some of its possible types define the field, otherwise similarly named fields.
/// </summary>
public sealed class FieldSelections : ValidationVisitor
{
    public const string SpecAnchor = "Field-Selections";

    public override void EnterField(FieldNode node)
    {
        var typeInfo = Context.TypeInfo;
        // No parent type: the selection set sits under an unknown or leaf type, which other rules report.
        if (typeInfo.ParentType is not { } parentType || typeInfo.FieldDefinition is not null)
        {
            return;
        }

        var fieldName = node.Name.Value;
        var hint = Suggestions.DidYouMean(TypesDefiningField(parentType, fieldName), "to select it in an inline fragment on");
        if (hint.Length == 0 && parentType is FieldsType fieldsType)
        {
            hint = Suggestions.DidYouMean(Suggestions.For(fieldName, FieldNames(fieldsType)));
        }

        Context.ReportError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\".{hint}", SpecAnchor, node);
    }

    /// <summary>
    /// For an abstract type: the object types among its possible types that define the field, and the
    /// interfaces of theirs that do. Types shared by more possible types come first; then interfaces
    /// before objects (a fragment on an interface covers more); then by name.
    /// </summary>
    private List<string> TypesDefiningField(NamedType parentType, string fieldName)
    {
        var names = new List<string>();
        if (!parentType.IsAbstractType)
        {
            return names;
        }

        var useCounts = new Dictionary<FieldsType, int>(ReferenceEqualityComparer.Instance);
        foreach (var possibleType in Context.Schema.GetPossibleTypes(parentType))
        {
            if (!possibleType.Fields.Contains(fieldName))
            {
                continue;
            }

            useCounts[possibleType] = 1;
            foreach (var iface in possibleType.Interfaces)
            {
                if (iface.Fields.Contains(fieldName))
                {
                    useCounts[iface] = useCounts.GetValueOrDefault(iface) + 1;
                }
            }
        }

        var ranked = new List<KeyValuePair<FieldsType, int>>(useCounts);
        ranked.Sort(static (a, b) =>
        {
            if (a.Value != b.Value)
            {
                return b.Value.CompareTo(a.Value);
            }

            bool aIsInterface = a.Key is InterfaceType;
            if (aIsInterface != (b.Key is InterfaceType))
            {
                return aIsInterface ? -1 : 1;
            }

            return string.CompareOrdinal(a.Key.Name, b.Key.Name);
        });
        foreach (var (type, _) in ranked)
        {
            names.Add(type.Name);
        }

        return names;
    }

    private static IEnumerable<string> FieldNames(FieldsType type)
    {
        foreach (var field in type.Fields)
        {
            yield return field.Name;
        }
    }
}
