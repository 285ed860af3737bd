using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.2 Variables Are Input Types (https://spec.graphql.org/draft/#sec-Variables-Are-Input-Types): a
/// variable's type is a scalar, enum or input object, possibly wrapped in lists and Non-Null. Types that
/// do not exist are reported by §5.5.1.2, not here.
/// </summary>
public sealed class VariablesAreInputTypes : ValidationVisitor
{
    public const string SpecAnchor = "Variables-Are-Input-Types";

    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var typeNode = node.Type;
        while (typeNode is not NamedTypeNode)
        {
            typeNode = typeNode is ListTypeNode list ? list.Type : ((NonNullTypeNode)typeNode).Type;
        }

        if (Context.Schema.GetType(((NamedTypeNode)typeNode).Name.Value) is not { IsInputType: false })
        {
            return;
        }

        // The type resolves (its named type exists), so the message can print it as written.
        var type = TypeInfo.TypeFromAst(Context.Schema, node.Type);
        Context.ReportError(
            $"Variable \"${node.Variable.Name.Value}\" cannot have type \"{type}\": variables must be of an input type (scalar, enum or input object).",
            SpecAnchor,
            node.Type);
    }
}
