using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class DirectivesAreDefinedTests
{
    [Fact]
    public void Built_in_and_schema_directives_are_defined()
    {
        RuleHarness.ExpectValid<DirectivesAreDefined>(
            """
            query Q($v: Boolean! @onVariableDefinition) @onQuery {
              dog @include(if: $v) { name @skip(if: $v) @repeatableOnField @repeatableOnField ...F @onFragmentSpread }
              ... @onInlineFragment { __typename }
            }
            fragment F on Dog @onFragmentDefinition { name }
            """);
    }

    [Fact]
    public void Unknown_directive_on_a_field_is_reported_with_a_suggestion()
    {
        RuleHarness.ExpectErrors<DirectivesAreDefined>(
            """
            { dog { name @skipp(if: true) @unknown } }
            """,
            RuleHarness.Error("Directive \"@skipp\" is not defined. Did you mean \"skip\"?", (1, 14)),
            RuleHarness.Error("Directive \"@unknown\" is not defined.", (1, 31)));
    }

    [Fact]
    public void Unknown_directives_are_reported_at_every_executable_location()
    {
        RuleHarness.ExpectErrors<DirectivesAreDefined>(
            """
            query Q($v: Int @a) @b {
              dog { ...F @c ... on Dog @d { name } }
            }
            fragment F on Dog @e { name }
            mutation M @f { renameDog(name: "x") { name } }
            subscription S @g { newMessage }
            """,
            RuleHarness.Error("Directive \"@a\" is not defined.", (1, 17)),
            RuleHarness.Error("Directive \"@b\" is not defined.", (1, 21)),
            RuleHarness.Error("Directive \"@c\" is not defined.", (2, 14)),
            RuleHarness.Error("Directive \"@d\" is not defined.", (2, 28)),
            RuleHarness.Error("Directive \"@e\" is not defined.", (4, 19)),
            RuleHarness.Error("Directive \"@f\" is not defined.", (5, 12)),
            RuleHarness.Error("Directive \"@g\" is not defined.", (6, 16)));
    }

    [Fact]
    public void Each_use_of_an_unknown_directive_is_reported()
    {
        RuleHarness.ExpectErrors<DirectivesAreDefined>(
            """
            { dog { name @nope barks @nope } }
            """,
            RuleHarness.Error("Directive \"@nope\" is not defined.", (1, 14)),
            RuleHarness.Error("Directive \"@nope\" is not defined.", (1, 26)));
    }

    [Fact]
    public void A_directive_defined_in_the_document_is_known()
    {
        RuleHarness.ExpectValid<DirectivesAreDefined>(
            """
            directive @local on FIELD
            { dog { name @local } }
            """);
    }

    [Fact]
    public void Unknown_directives_in_type_system_definitions_are_reported()
    {
        RuleHarness.ExpectErrors<DirectivesAreDefined>(
            """
            type T @deprecatd { f(a: Int @x): Int @y }
            enum E { A @z }
            """,
            RuleHarness.Error("Directive \"@deprecatd\" is not defined. Did you mean \"deprecated\"?", (1, 8)),
            RuleHarness.Error("Directive \"@x\" is not defined.", (1, 30)),
            RuleHarness.Error("Directive \"@y\" is not defined.", (1, 39)),
            RuleHarness.Error("Directive \"@z\" is not defined.", (2, 12)));
    }
}
