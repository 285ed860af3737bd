using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.4 Input Object Required Fields — https://spec.graphql.org/draft/#sec-Input-Object-Required-Fields.
/// An object literal must give every required field of its input object type (Non-Null without a
/// default value), and not as the <c>null</c> literal.
/// </summary>
public sealed class InputObjectRequiredFields : LiteralCoercionRule
{
    public const string SpecAnchor = "Input-Object-Required-Fields";

    private protected override void OnMissingField(ObjectValueNode value, InputObjectType type, InputValueDefinition field)
    {
        Context.ReportError(
            $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" is not given.",
            SpecAnchor,
            value);
    }

    private protected override void OnNullForNonNull(NullValueNode value, NonNullType type, InputObjectType? owner, InputValueDefinition? field)
    {
        if (owner is not null && field is { IsRequired: true })
        {
            Context.ReportError($"Field \"{owner.Name}.{field.Name}\" of required type \"{type}\" cannot be null.", SpecAnchor, value);
        }
    }
}
