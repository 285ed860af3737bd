using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class ArgumentUniquenessTests
{
    [Fact]
    public void Distinct_arguments_are_valid()
    {
        RuleHarness.ExpectValid<ArgumentUniqueness>(
            """
            {
              dog { isAtLocation(x: 1, y: 2) doesKnowCommand(dogCommand: SIT) barks }
              arguments { multipleReqs(req1: 1, req2: 2) @withArgs(required: 1, optional: "a") }
            }
            """);
    }

    [Fact]
    public void The_same_argument_name_on_different_fields_and_directives_is_valid()
    {
        RuleHarness.ExpectValid<ArgumentUniqueness>(
            """
            {
              dog {
                a: name(surname: true) @include(if: true) @skip(if: false)
                b: name(surname: false) @include(if: false)
              }
            }
            """);
    }

    [Fact]
    public void Repeated_field_argument_is_reported_once_at_every_occurrence()
    {
        RuleHarness.ExpectErrors<ArgumentUniqueness>(
            """
            { dog { name(surname: true, surname: false) } }
            """,
            RuleHarness.Error("Field \"name\" has more than one argument named \"surname\".", (1, 14), (1, 29)));
    }

    [Fact]
    public void Argument_given_three_times_gives_one_error_with_three_locations()
    {
        RuleHarness.ExpectErrors<ArgumentUniqueness>(
            """
            { dog { isAtLocation(x: 1, x: 2, x: 3) } }
            """,
            RuleHarness.Error("Field \"isAtLocation\" has more than one argument named \"x\".", (1, 22), (1, 28), (1, 34)));
    }

    [Fact]
    public void Several_repeated_names_are_reported_in_order_of_first_appearance()
    {
        RuleHarness.ExpectErrors<ArgumentUniqueness>(
            """
            { dog { isAtLocation(x: 1, y: 2, y: 3, x: 4) } }
            """,
            RuleHarness.Error("Field \"isAtLocation\" has more than one argument named \"x\".", (1, 22), (1, 40)),
            RuleHarness.Error("Field \"isAtLocation\" has more than one argument named \"y\".", (1, 28), (1, 34)));
    }

    [Fact]
    public void Repeated_directive_argument_is_reported()
    {
        RuleHarness.ExpectErrors<ArgumentUniqueness>(
            """
            query Q($v: Int) @withArgs(required: 1, required: $v) {
              dog { name @include(if: true, if: false) }
            }
            """,
            RuleHarness.Error("Directive \"@withArgs\" has more than one argument named \"required\".", (1, 28), (1, 41)),
            RuleHarness.Error("Directive \"@include\" has more than one argument named \"if\".", (2, 23), (2, 33)));
    }

    [Fact]
    public void Repetition_is_reported_on_unknown_fields_and_directives_too()
    {
        RuleHarness.ExpectErrors<ArgumentUniqueness>(
            """
            { nope(a: 1, a: 2) { b } dog { name @nope(c: 1, c: 2) } }
            """,
            RuleHarness.Error("Field \"nope\" has more than one argument named \"a\".", (1, 8), (1, 14)),
            RuleHarness.Error("Directive \"@nope\" has more than one argument named \"c\".", (1, 43), (1, 49)));
    }

    [Fact]
    public void Repeated_input_object_fields_are_not_arguments()
    {
        RuleHarness.ExpectValid<ArgumentUniqueness>(
            """
            { arguments { complexArgField(complexArg: { intField: 1, intField: 2 }) } }
            """);
    }

    [Fact]
    public void Fields_in_fragments_mutations_and_subscriptions_are_checked()
    {
        RuleHarness.ExpectErrors<ArgumentUniqueness>(
            """
            mutation { renameDog(name: "a", name: "b") { ...F } }
            subscription { dogBarked { ... on Dog { name(surname: true, surname: true) } } }
            fragment F on Dog { doesKnowCommand(dogCommand: SIT, dogCommand: DOWN) }
            """,
            RuleHarness.Error("Field \"renameDog\" has more than one argument named \"name\".", (1, 22), (1, 33)),
            RuleHarness.Error("Field \"name\" has more than one argument named \"surname\".", (2, 46), (2, 61)),
            RuleHarness.Error("Field \"doesKnowCommand\" has more than one argument named \"dogCommand\".", (3, 37), (3, 54)));
    }

    [Fact]
    public void Repeated_directive_arguments_in_type_system_definitions_are_reported()
    {
        RuleHarness.ExpectErrors<ArgumentUniqueness>(
            """
            type T { f: Int @deprecated(reason: "a", reason: "b") }
            """,
            RuleHarness.Error("Directive \"@deprecated\" has more than one argument named \"reason\".", (1, 29), (1, 42)));
    }
}
