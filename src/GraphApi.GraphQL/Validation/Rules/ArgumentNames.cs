using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.4.1 Argument Names (https://spec.graphql.org/draft/#sec-Argument-Names): every argument of a field
/// or directive must be defined by that field or directive. Arguments of unknown fields and unknown
/// directives are not checked: §5.3.1 and §5.7.1 report those.
/// </summary>
public sealed class ArgumentNames : ValidationVisitor
{
    public const string SpecAnchor = "Argument-Names";

    private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;
    private bool _inDirective;

    public override void EnterDocument(DocumentNode node) => _documentDirectives = DocumentDirectives.Collect(node);

    public override void EnterDirective(DirectiveNode node)
    {
        // Directive arguments are checked here, all at once, so that EnterArgument sees field arguments only.
        _inDirective = true;
        if (node.Arguments.Count == 0)
        {
            return;
        }

        var name = node.Name.Value;
        if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var documentDefinition))
        {
            foreach (var argument in node.Arguments)
            {
                if (!IsDefined(documentDefinition.Arguments, argument.Name.Value))
                {
                    ReportUnknownDirectiveArgument(name, argument, ArgumentNamesOf(documentDefinition.Arguments));
                }
            }
        }
        else if (Context.Schema.GetDirective(name) is { } definition)
        {
            foreach (var argument in node.Arguments)
            {
                if (!definition.Arguments.Contains(argument.Name.Value))
                {
                    ReportUnknownDirectiveArgument(name, argument, ArgumentNamesOf(definition.Arguments));
                }
            }
        }
    }

    public override void LeaveDirective(DirectiveNode node) => _inDirective = false;

    public override void EnterArgument(ArgumentNode node)
    {
        var typeInfo = Context.TypeInfo;
        if (_inDirective
            || typeInfo.Argument is not null
            || typeInfo.FieldDefinition is not { } field
            || typeInfo.ParentType is not { } parentType)
        {
            return;
        }

        var argumentName = node.Name.Value;
        var hint = Suggestions.DidYouMean(Suggestions.For(argumentName, ArgumentNamesOf(field.Arguments)));
        Context.ReportError(
            $"Field \"{parentType.Name}.{field.Name}\" has no argument named \"{argumentName}\".{hint}",
            SpecAnchor,
            node);
    }

    private void ReportUnknownDirectiveArgument(string directiveName, ArgumentNode argument, IEnumerable<string> knownNames)
    {
        var argumentName = argument.Name.Value;
        var hint = Suggestions.DidYouMean(Suggestions.For(argumentName, knownNames));
        Context.ReportError(
            $"Directive \"@{directiveName}\" has no argument named \"{argumentName}\".{hint}",
            SpecAnchor,
            argument);
    }

    private static bool IsDefined(IReadOnlyList<InputValueDefinitionNode> definitions, string name)
    {
        foreach (var definition in definitions)
        {
            if (definition.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> ArgumentNamesOf(IReadOnlyList<InputValueDefinitionNode> definitions)
    {
        foreach (var definition in definitions)
        {
            yield return definition.Name.Value;
        }
    }

    private static IEnumerable<string> ArgumentNamesOf(NameMap<InputValueDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            yield return definition.Name;
        }
    }
}
