using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.2.3.1 Lone Anonymous Operation — https://spec.graphql.org/draft/#sec-Lone-Anonymous-Operation.
/// When a document holds more than one operation, each anonymous operation is reported at the operation.
/// </summary>
public sealed class LoneAnonymousOperation : ValidationVisitor
{
    public const string SpecAnchor = "Lone-Anonymous-Operation";

    private int _operationCount;

    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode)
            {
                _operationCount++;
            }
        }
    }

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
        {
            Context.ReportError(
                $"An anonymous operation must be the only operation in its document, but this document defines {_operationCount} operations.",
                SpecAnchor,
                node);
        }
    }
}
