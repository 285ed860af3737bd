using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Tests.Validation;

public class DocumentValidatorTests
{
    private static string UnknownFields(int count) =>
        "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => "unknown" + i)) + " }";

    [Fact]
    public void Validation_stops_at_the_error_cap_and_says_so()
    {
        var document = Parser.Parse(UnknownFields(150));

        var errors = DocumentValidator.Validate(RuleHarness.Schema, document);

        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.All(errors.Take(100), e => Assert.StartsWith("Cannot query field \"unknown", e.Message));
    }

    [Fact]
    public void The_error_cap_is_an_option()
    {
        var document = Parser.Parse(UnknownFields(10));

        Assert.Equal(10, DocumentValidator.Validate(RuleHarness.Schema, document, new ValidationOptions { MaxErrors = 10 }).Count);
        Assert.Equal(4, DocumentValidator.Validate(RuleHarness.Schema, document, new ValidationOptions { MaxErrors = 3 }).Count);
    }

    [Fact]
    public void Every_error_has_a_code_locations_and_the_spec_section_it_enforces()
    {
        var document = Parser.Parse("query Q($v: Dog) { dog { name(surname: $w) barks { x } } ...Missing } query Q { cat }");

        var errors = DocumentValidator.Validate(RuleHarness.Schema, document);

        Assert.True(errors.Count >= 5, string.Join("\n", errors));
        Assert.All(errors, e =>
        {
            Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
            Assert.NotEmpty(e.Locations);
            Assert.StartsWith(SpecSections.Base + "#sec-", (string?)e.Extensions!["specifiedBy"]);
        });
    }

    [Fact]
    public void All_rules_run_in_one_walk_that_calls_each_hook_only_on_rules_that_override_it()
    {
        var counting = new CountingRule();
        var rules = RuleSet.Of(() => counting);
        var document = Parser.Parse("{ dog { name ...F } } fragment F on Dog { barks }");

        DocumentValidator.Validate(RuleHarness.Schema, document, rules: rules);

        // Three fields, each entered once by the single walk: dog, name, barks.
        Assert.Equal(3, counting.Fields);
        Assert.Equal(1, counting.Documents);
    }

    [Fact]
    public void The_specified_rules_cover_every_section_of_spec_chapter_5_once()
    {
        var anchors = SpecifiedRules.All.RuleTypes
            .Select(t => (string)t.GetField("SpecAnchor")!.GetValue(null)!)
            .ToList();

        Assert.Equal(30, anchors.Count);
        Assert.Equal(anchors.Count, anchors.Distinct().Count());
    }

    private sealed class CountingRule : ValidationVisitor
    {
        public const string SpecAnchor = "Validation";

        public int Fields { get; private set; }

        public int Documents { get; private set; }

        public override void EnterDocument(DocumentNode node) => Documents++;

        public override void EnterField(FieldNode node) => Fields++;
    }
}
