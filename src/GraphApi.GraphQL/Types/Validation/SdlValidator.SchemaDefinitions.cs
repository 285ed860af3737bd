using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

public static partial class SdlValidator
{
    private const string TypeSystemAnchor = "Type-System";
    private const string SchemaAnchor = "Schema";
    private const string RootOperationTypesAnchor = "Root-Operation-Types";
    private const string SchemaExtensionAnchor = "Schema-Extension.Schema-Validation";

    /// <summary>
    /// spec §3: a service that builds schemas from SDL may reject executable definitions, and should say so
    /// clearly. graphql-js silently ignores them; a stray query in a schema file is more likely a mistake.
    /// </summary>
    private static void ReportExecutableDefinition(SdlValidationContext context, ExecutableDefinitionNode definition)
    {
        var what = definition switch
        {
            OperationDefinitionNode { Name: { } name } operation => $"operations, but found the {OperationName(operation.Operation)} \"{name.Value}\"",
            OperationDefinitionNode operation => $"operations, but found an anonymous {OperationName(operation.Operation)}",
            FragmentDefinitionNode fragment => $"fragments, but found the fragment \"{fragment.Name.Value}\"",
            _ => throw new ArgumentOutOfRangeException(nameof(definition)),
        };
        context.Report($"A type system document cannot contain {what}.", TypeSystemAnchor, definition);
    }

    /// <summary>spec §3.3: a document includes at most one schema definition, and an extension none.</summary>
    private static void CheckLoneSchemaDefinition(SdlValidationContext context, SchemaDefinitionNode node)
    {
        var existing = context.Existing;
        if (existing is not null
            && (existing.AstNode is not null || existing.QueryType is not null || existing.MutationType is not null || existing.SubscriptionType is not null))
        {
            context.Report("Cannot define a new schema within a schema extension.", SchemaExtensionAnchor, node);
            return;
        }

        if (context.SchemaDefinitionCount > 0)
        {
            context.Report("Must provide only one schema definition.", SchemaAnchor, node);
        }

        context.SchemaDefinitionCount++;
    }

    /// <summary>spec §3.3.1, §3.3.2: each root operation type is given once, and an extension does not redefine one.</summary>
    private static void CheckOperationTypes(SdlValidationContext context, IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            var operation = operationType.Operation;
            var name = OperationName(operation);
            if (context.Existing?.GetRootType(operation) is not null)
            {
                context.Report($"Type for {name} already defined in the schema. It cannot be redefined.", SchemaExtensionAnchor, operationType);
            }
            else if (context.OperationTypes.TryGetValue(operation, out var previous))
            {
                context.Report($"There can be only one {name} type in schema.", RootOperationTypesAnchor, previous, operationType);
            }
            else
            {
                context.OperationTypes[operation] = operationType;
            }
        }
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
