using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class DirectivesAreInValidLocationsTests
{
    private const string SkipLocations = "FIELD, FRAGMENT_SPREAD, INLINE_FRAGMENT";

    [Fact]
    public void Directives_on_their_declared_locations_are_valid()
    {
        RuleHarness.ExpectValid<DirectivesAreInValidLocations>(
            """
            query Q($v: Boolean! @onVariableDefinition) @onQuery @withArgs(required: 1) {
              dog @include(if: $v) @onField { ...F @onFragmentSpread @skip(if: $v) }
              ... @onInlineFragment @include(if: true) { __typename }
            }
            fragment F on Dog @onFragmentDefinition { name }
            mutation M @onMutation { renameDog(name: "x") { name } }
            subscription S @onSubscription { newMessage }
            """);
    }

    [Fact]
    public void Directive_on_the_wrong_operation_type_is_reported()
    {
        RuleHarness.ExpectErrors<DirectivesAreInValidLocations>(
            """
            query @skip(if: true) { dog { name } }
            mutation M @onQuery { renameDog(name: "x") { name } }
            subscription S @onMutation { newMessage }
            """,
            RuleHarness.Error($"Directive \"@skip\" cannot be used on QUERY; it is allowed on: {SkipLocations}.", (1, 7)),
            RuleHarness.Error("Directive \"@onQuery\" cannot be used on MUTATION; it is allowed on: QUERY.", (2, 12)),
            RuleHarness.Error("Directive \"@onMutation\" cannot be used on SUBSCRIPTION; it is allowed on: MUTATION.", (3, 16)));
    }

    [Fact]
    public void Directives_on_the_wrong_selection_or_fragment_are_reported()
    {
        RuleHarness.ExpectErrors<DirectivesAreInValidLocations>(
            """
            {
              dog @onQuery { ...F @onInlineFragment ... on Dog @onFragmentSpread { name } }
            }
            fragment F on Dog @onField { name }
            """,
            RuleHarness.Error("Directive \"@onQuery\" cannot be used on FIELD; it is allowed on: QUERY.", (2, 7)),
            RuleHarness.Error("Directive \"@onInlineFragment\" cannot be used on FRAGMENT_SPREAD; it is allowed on: INLINE_FRAGMENT.", (2, 23)),
            RuleHarness.Error("Directive \"@onFragmentSpread\" cannot be used on INLINE_FRAGMENT; it is allowed on: FRAGMENT_SPREAD.", (2, 52)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on FRAGMENT_DEFINITION; it is allowed on: FIELD.", (4, 19)));
    }

    [Fact]
    public void Variable_definition_directives_are_told_apart_from_operation_directives()
    {
        RuleHarness.ExpectErrors<DirectivesAreInValidLocations>(
            """
            query Q($a: Int @onQuery, $b: Int @onVariableDefinition) @onVariableDefinition @onQuery { dog { name } }
            """,
            RuleHarness.Error("Directive \"@onQuery\" cannot be used on VARIABLE_DEFINITION; it is allowed on: QUERY.", (1, 17)),
            RuleHarness.Error("Directive \"@onVariableDefinition\" cannot be used on QUERY; it is allowed on: VARIABLE_DEFINITION.", (1, 58)));
    }

    [Fact]
    public void Directive_after_a_nested_selection_is_located_at_its_own_node()
    {
        RuleHarness.ExpectErrors<DirectivesAreInValidLocations>(
            """
            { dog { owner { name } } ... on Query @onField { cat { name } } }
            """,
            RuleHarness.Error("Directive \"@onField\" cannot be used on INLINE_FRAGMENT; it is allowed on: FIELD.", (1, 39)));
    }

    [Fact]
    public void Unknown_directives_are_left_to_directives_are_defined()
    {
        RuleHarness.ExpectValid<DirectivesAreInValidLocations>(
            """
            query @nope { dog @nope { name } }
            """);
    }

    [Fact]
    public void A_directive_defined_in_the_document_uses_its_own_locations()
    {
        RuleHarness.ExpectErrors<DirectivesAreInValidLocations>(
            """
            directive @onQuery on FIELD | FRAGMENT_SPREAD
            query @onQuery { dog @onQuery { name } }
            """,
            RuleHarness.Error("Directive \"@onQuery\" cannot be used on QUERY; it is allowed on: FIELD, FRAGMENT_SPREAD.", (2, 7)));
    }

    [Fact]
    public void Type_system_directives_on_their_declared_locations_are_valid()
    {
        RuleHarness.ExpectValid<DirectivesAreInValidLocations>(
            """
            type T { f(a: Int @deprecated): Int @deprecated }
            input I @oneOf { x: Int @deprecated }
            enum E { A @deprecated }
            scalar S @specifiedBy(url: "https://example.com")
            """);
    }

    [Fact]
    public void Type_system_locations_are_told_apart()
    {
        RuleHarness.ExpectErrors<DirectivesAreInValidLocations>(
            """
            schema @onField { query: T }
            extend schema @onField
            scalar S @onField
            type T @onField { f(a: Int @onField, b: Int): Int @onField }
            extend type T @onField
            interface J @onField { g(c: Int @onField): Int }
            union U @onField = T
            enum E @onField { A @onField }
            input I @onField { x: Int @onField }
            extend input I @onField
            directive @d(a: Int @onField) on FIELD
            """,
            RuleHarness.Error("Directive \"@onField\" cannot be used on SCHEMA; it is allowed on: FIELD.", (1, 8)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on SCHEMA; it is allowed on: FIELD.", (2, 15)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on SCALAR; it is allowed on: FIELD.", (3, 10)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on OBJECT; it is allowed on: FIELD.", (4, 8)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on ARGUMENT_DEFINITION; it is allowed on: FIELD.", (4, 28)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on FIELD_DEFINITION; it is allowed on: FIELD.", (4, 51)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on OBJECT; it is allowed on: FIELD.", (5, 15)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on INTERFACE; it is allowed on: FIELD.", (6, 13)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on ARGUMENT_DEFINITION; it is allowed on: FIELD.", (6, 33)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on UNION; it is allowed on: FIELD.", (7, 9)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on ENUM; it is allowed on: FIELD.", (8, 8)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on ENUM_VALUE; it is allowed on: FIELD.", (8, 21)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on INPUT_OBJECT; it is allowed on: FIELD.", (9, 9)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on INPUT_FIELD_DEFINITION; it is allowed on: FIELD.", (9, 27)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on INPUT_OBJECT; it is allowed on: FIELD.", (10, 16)),
            RuleHarness.Error("Directive \"@onField\" cannot be used on ARGUMENT_DEFINITION; it is allowed on: FIELD.", (11, 21)));
    }
}
