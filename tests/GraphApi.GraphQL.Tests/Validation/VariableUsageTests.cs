using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Tests.Validation;

/// <summary>
/// The variable usages the document walk records for each definition, and the variables read from the syntax
/// alone, against those of a walk of each definition on its own (how graphql-js computes them).
/// </summary>
public class VariableUsageTests
{
    // Variables everywhere a value can be: operation, field, spread and inline-fragment directives, nested
    // lists and objects, fragments defined before and after the operation, a fragment reached twice; and
    // variable definitions with default values and directives, which hold no usages.
    private const string Document = """
        fragment Before on Dog @onFragmentDefinition { isAtLocation(x: $x, y: $y) ...After @include(if: $spread) }
        query Q($x: Int, $y: Int = 2, $spread: Boolean!, $list: [String], $v: Int = 3 @onVariableDefinition)
          @withArgs(required: $x, list: [$x, 1, $y]) {
          dog { ...Before ...After name @skip(if: $skip) }
          arguments {
            stringListArgField(stringListArg: [$list, "a", $item])
            complexArgField(complexArg: { requiredField: $required, nested: { intField: $x, stringListField: $list } })
            ... on Arguments @include(if: $spread) { multipleOpts(opt1: $x) }
          }
        }
        fragment After on Dog { doesKnowCommand(dogCommand: $command) mother { ...Before } }
        """;

    [Fact]
    public void Recorded_usages_are_those_of_a_walk_of_each_definition_alone()
    {
        var probe = new UsageProbe();

        DocumentValidator.Validate(RuleHarness.Schema, Parser.Parse(Document), rules: RuleSet.Of(() => probe));

        Assert.Equal(3, probe.Checked);
    }

    [Fact]
    public void Variables_read_from_the_syntax_are_the_recursive_usages_in_order()
    {
        var probe = new UsageProbe();

        DocumentValidator.Validate(RuleHarness.Schema, Parser.Parse(Document), rules: RuleSet.Of(() => probe));

        Assert.Equal(
            ["x", "x", "y", "skip", "list", "item", "required", "x", "list", "spread", "x", "x", "y", "spread", "command"],
            probe.RecursiveVariables);
    }

    private sealed class UsageProbe : ValidationVisitor
    {
        public int Checked { get; private set; }

        public List<string> RecursiveVariables { get; } = [];

        public override void EnterOperationDefinition(OperationDefinitionNode node) =>
            RecursiveVariables.AddRange(Context.GetRecursiveVariables(node).Select(v => v.Name.Value));

        public override void LeaveDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions.OfType<ExecutableDefinitionNode>())
            {
                var alone = VariableUsageCollector.Collect(Context.Schema, definition);
                var recorded = Context.GetVariableUsages(definition);
                Assert.Equal(alone.Count, recorded.Count);
                for (int i = 0; i < alone.Count; i++)
                {
                    Assert.Same(alone[i].Node, recorded[i].Node);
                    Assert.Equal(alone[i].Type?.ToString(), recorded[i].Type?.ToString());
                    Assert.Same(alone[i].DefaultValue, recorded[i].DefaultValue);
                    Assert.Equal(alone[i].HasDefaultValue, recorded[i].HasDefaultValue);
                }

                Checked++;
            }

            foreach (var operation in node.Definitions.OfType<OperationDefinitionNode>())
            {
                Assert.Equal(
                    Context.GetRecursiveVariableUsages(operation).Select(u => u.Node),
                    Context.GetRecursiveVariables(operation));
            }
        }
    }
}
