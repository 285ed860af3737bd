using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class FieldSelectionsTests
{
    [Fact]
    public void Fields_defined_on_objects_interfaces_and_unions_are_valid()
    {
        RuleHarness.ExpectValid<FieldSelections>(
            """
            {
              dog { name barkVolume owner { name pets { name nickname } } }
              pet { __typename name ... on Dog { barks } }
              catOrDog { __typename ... on Pet { name } ... on Cat { meows } }
            }
            """);
    }

    [Fact]
    public void Aliases_are_not_limited_but_the_target_field_must_exist()
    {
        RuleHarness.ExpectValid<FieldSelections>(
            """
            fragment aliased on Dog { volume: barkVolume kind: __typename }
            """);
        RuleHarness.ExpectErrors<FieldSelections>(
            """
            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume: kawVolume
            }
            """,
            RuleHarness.Error("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));
    }

    [Fact]
    public void Unknown_field_on_an_object_suggests_similar_field_names()
    {
        RuleHarness.ExpectErrors<FieldSelections>(
            """
            fragment fieldNotDefined on Dog {
              meowVolume
              nam
            }
            """,
            RuleHarness.Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)),
            RuleHarness.Error("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (3, 3)));
    }

    [Fact]
    public void Unknown_field_without_a_similar_name_has_no_suggestion()
    {
        RuleHarness.ExpectErrors<FieldSelections>(
            """
            { dog { xyzzy } }
            """,
            RuleHarness.Error("Cannot query field \"xyzzy\" on type \"Dog\".", (1, 9)));
    }

    [Fact]
    public void Field_of_an_implementation_on_an_interface_suggests_an_inline_fragment()
    {
        RuleHarness.ExpectErrors<FieldSelections>(
            """
            fragment definedOnImplementersButNotInterface on Pet {
              barks
            }
            """,
            RuleHarness.Error("Cannot query field \"barks\" on type \"Pet\". Did you mean to select it in an inline fragment on \"Dog\"?", (2, 3)));
    }

    [Fact]
    public void Field_of_union_members_suggests_the_types_most_members_share_first()
    {
        // Named and Pet are implemented by both members, Canine only by Dog.
        RuleHarness.ExpectErrors<FieldSelections>(
            """
            { catOrDog { name } }
            """,
            RuleHarness.Error(
                "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to select it in an inline fragment on \"Named\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?",
                (1, 14)));
    }

    [Fact]
    public void Field_on_a_union_that_no_member_defines_has_no_suggestion()
    {
        RuleHarness.ExpectErrors<FieldSelections>(
            """
            { catOrDog { nope } }
            """,
            RuleHarness.Error("Cannot query field \"nope\" on type \"CatOrDog\".", (1, 14)));
    }

    [Fact]
    public void Introspection_root_fields_exist_only_on_the_query_type()
    {
        RuleHarness.ExpectValid<FieldSelections>(
            """
            { __schema { queryType { name } } __type(name: "Dog") { name } }
            """);
        RuleHarness.ExpectErrors<FieldSelections>(
            """
            { dog { __schema { queryType { name } } } }
            """,
            RuleHarness.Error("Cannot query field \"__schema\" on type \"Dog\".", (1, 9)));
    }

    [Fact]
    public void Selections_under_unknown_fields_and_leaf_fields_are_not_reported()
    {
        RuleHarness.ExpectErrors<FieldSelections>(
            """
            { dog { unknown { deeper } name { deeper } } }
            """,
            RuleHarness.Error("Cannot query field \"unknown\" on type \"Dog\".", (1, 9)));
    }

    [Fact]
    public void Fields_in_inline_fragments_and_nested_fragments_are_checked_against_their_type()
    {
        RuleHarness.ExpectErrors<FieldSelections>(
            """
            {
              dog { ... { nope } ... on Pet { barks } }
              human { ...HumanPets }
            }
            fragment HumanPets on Human { pets { ... on Cat { barks } } }
            """,
            RuleHarness.Error("Cannot query field \"nope\" on type \"Dog\". Did you mean \"name\"?", (2, 15)),
            RuleHarness.Error("Cannot query field \"barks\" on type \"Pet\". Did you mean to select it in an inline fragment on \"Dog\"?", (2, 35)),
            RuleHarness.Error("Cannot query field \"barks\" on type \"Cat\".", (5, 51)));
    }

    [Fact]
    public void Root_fields_of_mutations_and_subscriptions_are_checked()
    {
        RuleHarness.ExpectErrors<FieldSelections>(
            """
            mutation { renameDogs(name: "Rex") { name } }
            subscription { newMessages }
            """,
            RuleHarness.Error("Cannot query field \"renameDogs\" on type \"Mutation\". Did you mean \"renameDog\" or \"mutateDog\"?", (1, 12)),
            RuleHarness.Error("Cannot query field \"newMessages\" on type \"Subscription\". Did you mean \"newMessage\"?", (2, 16)));
    }

    [Fact]
    public void Operation_without_a_root_type_is_left_to_other_rules()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int }");
        RuleHarness.ExpectValid<FieldSelections>(schema, "mutation { anything }");
    }

    [Fact]
    public void At_most_five_suggestions_are_shown_closest_first()
    {
        var schema = SchemaBuilder.Build("type Query { f6: Int f2: Int F: Int f4: Int f1: Int f5: Int f3: Int other: Int }");
        RuleHarness.ExpectErrors<FieldSelections>(
            schema,
            "{ f }",
            RuleHarness.Error("Cannot query field \"f\" on type \"Query\". Did you mean \"F\", \"f1\", \"f2\", \"f3\", or \"f4\"?", (1, 3)));
    }
}
