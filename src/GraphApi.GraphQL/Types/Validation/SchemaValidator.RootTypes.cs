using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

public static partial class SchemaValidator
{
    private const string RootOperationTypesAnchor = "Root-Operation-Types";

    private static readonly OperationType[] Operations = [OperationType.Query, OperationType.Mutation, OperationType.Subscription];

    /// <summary>spec §3.3.1 Root Operation Types: a query root is required; every root is a distinct object type.</summary>
    private static void ValidateRootTypes(SchemaValidationContext context)
    {
        var schema = context.Schema;
        var operationsByRoot = new List<(ObjectType Root, List<OperationType> Operations)>();
        foreach (var operation in Operations)
        {
            var root = schema.GetRootType(operation);
            if (root is not null)
            {
                var entry = operationsByRoot.Find(e => ReferenceEquals(e.Root, root));
                if (entry.Root is null)
                {
                    operationsByRoot.Add((root, [operation]));
                }
                else
                {
                    entry.Operations.Add(operation);
                }

                continue;
            }

            if (DefaultRootType(schema, operation) is { } byDefault and not ObjectType)
            {
                var rule = operation == OperationType.Query ? "must be Object type" : "must be Object type if provided";
                context.Report($"{Capitalized(operation)} root type {rule}, it cannot be {byDefault.Name}.", RootOperationTypesAnchor, byDefault.AstNode);
            }
            else if (operation == OperationType.Query)
            {
                context.Report("Query root type must be provided.", RootOperationTypesAnchor, schema.AstNode);
            }
        }

        foreach (var (root, operations) in operationsByRoot)
        {
            if (operations.Count > 1)
            {
                var nodes = operations.Select(o => (SyntaxNode?)OperationTypeNode(schema, o)).ToArray();
                context.Report(
                    $"All root types must be different, \"{root.Name}\" type is used as {Lists.And(operations.Select(OperationName))} root types.",
                    RootOperationTypesAnchor,
                    nodes);
            }
        }
    }

    /// <summary>
    /// Without a schema definition, the type with the default root type name of <paramref name="operation"/>
    /// is its root whatever its kind (spec §3.3.1 Default Root Operation Type Names). The model holds only
    /// object roots, so a type of another kind is found here. Roots named in <c>schema { }</c> are checked on
    /// the SDL document.
    /// </summary>
    private static NamedType? DefaultRootType(Schema schema, OperationType operation) =>
        schema.AstNode is null && schema.ExtensionAstNodes.All(e => e.OperationTypes.Count == 0)
            ? schema.GetType(DefaultRootTypeName(operation))
            : null;

    /// <summary>The type reference of <paramref name="operation"/> in the schema definition or its extensions.</summary>
    private static NamedTypeNode? OperationTypeNode(Schema schema, OperationType operation)
    {
        if (schema.AstNode is { } definition && Find(definition.OperationTypes) is { } found)
        {
            return found;
        }

        foreach (var extension in schema.ExtensionAstNodes)
        {
            if (Find(extension.OperationTypes) is { } extended)
            {
                return extended;
            }
        }

        return null;

        NamedTypeNode? Find(IReadOnlyList<OperationTypeDefinitionNode> nodes)
        {
            foreach (var node in nodes)
            {
                if (node.Operation == operation)
                {
                    return node.Type;
                }
            }

            return null;
        }
    }

    private static string DefaultRootTypeName(OperationType operation) => operation switch
    {
        OperationType.Query => "Query",
        OperationType.Mutation => "Mutation",
        _ => "Subscription",
    };

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string Capitalized(OperationType operation)
    {
        var name = OperationName(operation);
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
