using System.Runtime.InteropServices;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.4.2 Argument Uniqueness (https://spec.graphql.org/draft/#sec-Argument-Uniqueness): a field or
/// directive is given each argument at most once. One error per repeated name, citing every occurrence.
/// </summary>
public sealed class ArgumentUniqueness : ValidationVisitor
{
    public const string SpecAnchor = "Argument-Uniqueness";

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _repeated = new(StringComparer.Ordinal);

    public override void EnterField(FieldNode node) => Check(node.Arguments, "Field \"", node.Name.Value);

    public override void EnterDirective(DirectiveNode node) => Check(node.Arguments, "Directive \"@", node.Name.Value);

    private void Check(IReadOnlyList<ArgumentNode> arguments, string ownerPrefix, string ownerName)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        _seen.Clear();
        _repeated.Clear();
        foreach (var argument in arguments)
        {
            if (!_seen.Add(argument.Name.Value))
            {
                _repeated.Add(argument.Name.Value);
            }
        }

        // Report in the order names first appear, each at its first occurrence.
        for (int i = 0; _repeated.Count > 0 && i < arguments.Count; i++)
        {
            var name = arguments[i].Name.Value;
            if (!_repeated.Remove(name))
            {
                continue;
            }

            var occurrences = new List<SyntaxNode>();
            for (int k = i; k < arguments.Count; k++)
            {
                if (arguments[k].Name.Value == name)
                {
                    occurrences.Add(arguments[k].Name);
                }
            }

            Context.ReportError(
                $"{ownerPrefix}{ownerName}\" has more than one argument named \"{name}\".",
                SpecAnchor,
                CollectionsMarshal.AsSpan(occurrences));
        }
    }
}
