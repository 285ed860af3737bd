using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class RequiredArgumentsTests
{
    [Fact]
    public void Provided_required_arguments_in_any_order_are_valid()
    {
        RuleHarness.ExpectValid<RequiredArguments>(
            """
            query Q($n: Int!) @withArgs(required: 1) {
              dog { doesKnowCommand(dogCommand: SIT) name @include(if: true) }
              arguments {
                nonNullIntArgField(nonNullIntArg: $n)
                multipleReqs(req2: 2, req1: 1)
                multipleOptAndReq(req1: 1, req2: 2, opt2: 0)
              }
            }
            """);
    }

    [Fact]
    public void Nullable_arguments_and_non_null_arguments_with_defaults_may_be_omitted()
    {
        RuleHarness.ExpectValid<RequiredArguments>(
            """
            {
              dog { name isHouseTrained isAtLocation }
              arguments { intArgField nonNullFieldWithDefault multipleOpts }
              human { friends { name } }
            }
            """);
    }

    [Fact]
    public void Missing_field_argument_is_reported_at_the_field()
    {
        RuleHarness.ExpectErrors<RequiredArguments>(
            """
            fragment missingRequiredArg on Arguments {
              nonNullIntArgField
              withAlias: nonNullIntArgField
            }
            """,
            RuleHarness.Error("Field \"Arguments.nonNullIntArgField\" requires argument \"nonNullIntArg\" of type \"Int!\", but it was not provided.", (2, 3)),
            RuleHarness.Error("Field \"Arguments.nonNullIntArgField\" requires argument \"nonNullIntArg\" of type \"Int!\", but it was not provided.", (3, 3)));
    }

    [Fact]
    public void Each_missing_argument_is_reported_in_definition_order()
    {
        RuleHarness.ExpectErrors<RequiredArguments>(
            """
            { arguments { multipleOptAndReq(opt1: 1) multipleReqs(req2: 2) } }
            """,
            RuleHarness.Error("Field \"Arguments.multipleOptAndReq\" requires argument \"req1\" of type \"Int!\", but it was not provided.", (1, 15)),
            RuleHarness.Error("Field \"Arguments.multipleOptAndReq\" requires argument \"req2\" of type \"Int!\", but it was not provided.", (1, 15)),
            RuleHarness.Error("Field \"Arguments.multipleReqs\" requires argument \"req1\" of type \"Int!\", but it was not provided.", (1, 42)));
    }

    [Fact]
    public void An_explicit_null_is_left_to_values_of_correct_type()
    {
        RuleHarness.ExpectValid<RequiredArguments>(
            """
            { arguments { nonNullIntArgField(nonNullIntArg: null) } }
            """);
    }

    [Fact]
    public void Missing_directive_argument_is_reported_at_the_directive()
    {
        RuleHarness.ExpectErrors<RequiredArguments>(
            """
            query Q @withArgs(optional: "y") {
              dog { name @include @skip(unless: true) }
            }
            """,
            RuleHarness.Error("Directive \"@withArgs\" requires argument \"required\" of type \"Int!\", but it was not provided.", (1, 9)),
            RuleHarness.Error("Directive \"@include\" requires argument \"if\" of type \"Boolean!\", but it was not provided.", (2, 14)),
            RuleHarness.Error("Directive \"@skip\" requires argument \"if\" of type \"Boolean!\", but it was not provided.", (2, 23)));
    }

    [Fact]
    public void Unknown_fields_and_directives_are_left_to_other_rules()
    {
        RuleHarness.ExpectValid<RequiredArguments>(
            """
            { nope { a } dog { name @nope } }
            """);
    }

    [Fact]
    public void A_field_is_reported_after_the_fields_it_contains()
    {
        RuleHarness.ExpectErrors<RequiredArguments>(
            """
            { node { ... on Dog { doesKnowCommand } ...CatCommand } }
            fragment CatCommand on Cat { doesKnowCommand }
            """,
            RuleHarness.Error("Field \"Dog.doesKnowCommand\" requires argument \"dogCommand\" of type \"DogCommand!\", but it was not provided.", (1, 23)),
            RuleHarness.Error("Field \"Query.node\" requires argument \"id\" of type \"ID!\", but it was not provided.", (1, 3)),
            RuleHarness.Error("Field \"Cat.doesKnowCommand\" requires argument \"catCommand\" of type \"CatCommand!\", but it was not provided.", (2, 30)));
    }

    [Fact]
    public void Mutation_subscription_and_introspection_fields_are_checked()
    {
        RuleHarness.ExpectErrors<RequiredArguments>(
            """
            mutation { renameDog { name } }
            query { __type { name } }
            """,
            RuleHarness.Error("Field \"Mutation.renameDog\" requires argument \"name\" of type \"String!\", but it was not provided.", (1, 12)),
            RuleHarness.Error("Field \"Query.__type\" requires argument \"name\" of type \"String!\", but it was not provided.", (2, 9)));
    }

    [Fact]
    public void A_directive_defined_in_the_document_takes_precedence_over_the_schema()
    {
        RuleHarness.ExpectErrors<RequiredArguments>(
            """
            directive @include(when: [Int!]!, optional: Int! = 1) on FIELD
            { dog { name @include(if: true) } }
            """,
            RuleHarness.Error("Directive \"@include\" requires argument \"when\" of type \"[Int!]!\", but it was not provided.", (2, 14)));
    }

    [Fact]
    public void Directives_in_type_system_definitions_are_checked()
    {
        RuleHarness.ExpectErrors<RequiredArguments>(
            """
            scalar Url @specifiedBy
            """,
            RuleHarness.Error("Directive \"@specifiedBy\" requires argument \"url\" of type \"String!\", but it was not provided.", (1, 12)));
    }
}
