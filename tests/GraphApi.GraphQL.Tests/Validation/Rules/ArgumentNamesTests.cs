using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class ArgumentNamesTests
{
    [Fact]
    public void Defined_arguments_of_fields_and_directives_are_valid_in_any_order()
    {
        RuleHarness.ExpectValid<ArgumentNames>(
            """
            query Q @withArgs(list: [1], required: 1) {
              dog {
                doesKnowCommand(dogCommand: SIT)
                isHouseTrained(atOtherHomes: true) @include(if: true)
                isAtLocation(y: 2, x: 1) @skip(if: false)
              }
              arguments { multipleOptAndReq(opt2: 1, req2: 2, req1: 1) }
              __type(name: "Dog") { name }
            }
            """);
    }

    [Fact]
    public void Unknown_field_argument_is_reported_with_a_suggestion()
    {
        RuleHarness.ExpectErrors<ArgumentNames>(
            """
            fragment invalidArgName on Dog {
              doesKnowCommand(command: CLEAN_UP_HOUSE)
            }
            """,
            RuleHarness.Error("Field \"Dog.doesKnowCommand\" has no argument named \"command\". Did you mean \"dogCommand\"?", (2, 19)));
    }

    [Fact]
    public void Field_argument_is_looked_up_on_the_type_in_scope()
    {
        RuleHarness.ExpectErrors<ArgumentNames>(
            """
            { pet { name(surnam: true) ... on Cat { name(surname: true, dogCommand: SIT) } } }
            """,
            RuleHarness.Error("Field \"Pet.name\" has no argument named \"surnam\". Did you mean \"surname\"?", (1, 14)),
            RuleHarness.Error("Field \"Cat.name\" has no argument named \"dogCommand\".", (1, 61)));
    }

    [Fact]
    public void Unknown_directive_argument_is_reported_with_or_without_a_suggestion()
    {
        RuleHarness.ExpectErrors<ArgumentNames>(
            """
            fragment invalidArgName on Dog {
              isHouseTrained(atOtherHomes: true) @include(unless: false)
              name @skip(iff: true)
            }
            """,
            RuleHarness.Error("Directive \"@include\" has no argument named \"unless\".", (2, 47)),
            RuleHarness.Error("Directive \"@skip\" has no argument named \"iff\". Did you mean \"if\"?", (3, 14)));
    }

    [Fact]
    public void Every_unknown_argument_is_reported_in_order()
    {
        RuleHarness.ExpectErrors<ArgumentNames>(
            """
            { dog { isAtLocation(x: 1, z: 3, w: 4) } }
            """,
            RuleHarness.Error("Field \"Dog.isAtLocation\" has no argument named \"z\". Did you mean \"x\" or \"y\"?", (1, 28)),
            RuleHarness.Error("Field \"Dog.isAtLocation\" has no argument named \"w\". Did you mean \"x\" or \"y\"?", (1, 34)));
    }

    [Fact]
    public void Arguments_of_unknown_fields_and_directives_are_left_to_other_rules()
    {
        RuleHarness.ExpectValid<ArgumentNames>(
            """
            { nope(a: 1) dog { unknown(b: 2) name @nope(c: 3) } }
            """);
    }

    [Fact]
    public void Directive_arguments_are_never_checked_against_the_field()
    {
        // "surname" is an argument of the field, not of the directive.
        RuleHarness.ExpectErrors<ArgumentNames>(
            """
            { dog { name(surname: true) @include(if: true, surname: true) } }
            """,
            RuleHarness.Error("Directive \"@include\" has no argument named \"surname\".", (1, 48)));
    }

    [Fact]
    public void Arguments_on_operation_and_variable_directives_are_checked()
    {
        RuleHarness.ExpectErrors<ArgumentNames>(
            """
            query Q($v: Int @onVariableDefinition(x: 1)) @withArgs(required: 1, requird: 2) { dog { name } }
            """,
            RuleHarness.Error("Directive \"@onVariableDefinition\" has no argument named \"x\".", (1, 39)),
            RuleHarness.Error("Directive \"@withArgs\" has no argument named \"requird\". Did you mean \"required\"?", (1, 69)));
    }

    [Fact]
    public void Mutation_and_subscription_fields_are_checked()
    {
        RuleHarness.ExpectErrors<ArgumentNames>(
            """
            mutation { renameDog(nam: "Rex") { name } }
            subscription { newMessage(room: 1) }
            """,
            RuleHarness.Error("Field \"Mutation.renameDog\" has no argument named \"nam\". Did you mean \"name\"?", (1, 22)),
            RuleHarness.Error("Field \"Subscription.newMessage\" has no argument named \"room\".", (2, 27)));
    }

    [Fact]
    public void A_directive_defined_in_the_document_takes_precedence_over_the_schema()
    {
        RuleHarness.ExpectErrors<ArgumentNames>(
            """
            directive @skip(unless: Boolean) on FIELD
            directive @custom(a: Int) on FIELD
            { dog { name @skip(unless: true) @custom(b: 1) barks @skip(if: true) } }
            """,
            RuleHarness.Error("Directive \"@custom\" has no argument named \"b\". Did you mean \"a\"?", (3, 42)),
            RuleHarness.Error("Directive \"@skip\" has no argument named \"if\".", (3, 60)));
    }

    [Fact]
    public void Directive_arguments_in_type_system_definitions_are_checked()
    {
        RuleHarness.ExpectErrors<ArgumentNames>(
            """
            type T { f: Int @deprecated(reason: "old", why: "x") }
            """,
            RuleHarness.Error("Directive \"@deprecated\" has no argument named \"why\".", (1, 44)));
    }
}
