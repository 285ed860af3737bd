using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.2 Input Object Field Names — https://spec.graphql.org/draft/#sec-Input-Object-Field-Names.
/// Every field of an object literal must be defined by the input object type expected there.
/// </summary>
public sealed class InputObjectFieldNames : LiteralCoercionRule
{
    public const string SpecAnchor = "Input-Object-Field-Names";

    private protected override void OnUnknownField(ObjectFieldNode field, InputObjectType type)
    {
        string hint = Suggestions.DidYouMean(Suggestions.For(field.Name.Value, FieldNames(type)));
        Context.ReportError($"Field \"{field.Name.Value}\" is not defined by input object type \"{type.Name}\".{hint}", SpecAnchor, field);
    }

    private static IEnumerable<string> FieldNames(InputObjectType type)
    {
        foreach (var field in type.Fields)
        {
            yield return field.Name;
        }
    }
}
