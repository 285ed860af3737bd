using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.1.1 Executable Definitions — https://spec.graphql.org/draft/#sec-Executable-Definitions.
/// A document sent for execution may hold only operations and fragments; each type system definition or
/// extension is reported once, at the definition.
/// </summary>
public sealed class ExecutableDefinitions : ValidationVisitor
{
    public const string SpecAnchor = "Executable-Definitions";

    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is TypeSystemDefinitionNode typeSystem)
            {
                Context.ReportError(Describe(typeSystem) + " is not allowed in an executable document: only operations and fragments are.", SpecAnchor, typeSystem);
            }
        }
    }

    private static string Describe(TypeSystemDefinitionNode node) => node switch
    {
        NamedTypeSystemNode type => $"The {(type.IsExtension ? "extension" : "definition")} of type \"{type.Name.Value}\"",
        DirectiveDefinitionNode directive => $"The definition of directive \"@{directive.Name.Value}\"",
        SchemaExtensionNode => "The schema extension",
        _ => "The schema definition",
    };
}
