using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.2.1.1 Operation Type Existence — https://spec.graphql.org/draft/#sec-Operation-Type-Existence.
/// Every operation's kind needs a root operation type in the schema; reported at the operation.
/// </summary>
public sealed class OperationTypeExistence : ValidationVisitor
{
    public const string SpecAnchor = "Operation-Type-Existence";

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (Context.Schema.GetRootType(node.Operation) is not null)
        {
            return;
        }

        var kind = KindName(node.Operation);
        var operation = node.Name is null ? $"this anonymous {kind}" : $"{kind} \"{node.Name.Value}\"";
        Context.ReportError($"The schema has no {kind} root type, so {operation} cannot be executed.", SpecAnchor, node);
    }

    private static string KindName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
