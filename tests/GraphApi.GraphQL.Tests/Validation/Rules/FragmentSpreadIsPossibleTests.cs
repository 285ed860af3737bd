using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.RuleHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class FragmentSpreadIsPossibleTests
{
    private static string Spread(string fragment, string fragmentType, string parentType) =>
        $"Fragment \"{fragment}\" on \"{fragmentType}\" cannot be spread here: no object of type \"{parentType}\" can be of type \"{fragmentType}\".";

    private static string Inline(string fragmentType, string parentType) =>
        $"An inline fragment on \"{fragmentType}\" cannot be spread here: no object of type \"{parentType}\" can be of type \"{fragmentType}\".";

    [Fact]
    public void Spreads_whose_possible_types_intersect_the_parent_type_are_valid()
    {
        ExpectValid<FragmentSpreadIsPossible>("""
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment unionWithinObject on Dog { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            fragment unionWithinInterface on Pet { ...catOrDogFragment }
            fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
            fragment interfaceWithinObject on Dog { ...petFragment }
            fragment petFragment on Pet { name }
            fragment interfaceWithinInterface on Pet { ...petFragment }
            fragment interfaceWithinUnion on CatOrDog { ...petFragment }
            fragment interfaceImplementingInterface on Named { ...canineFragment }
            fragment canineFragment on Canine { barkVolume }
            fragment noCondition on Dog { ... { name } }
            """);
    }

    [Fact]
    public void Unknown_and_non_composite_types_are_left_to_other_rules()
    {
        ExpectValid<FragmentSpreadIsPossible>("""
            fragment ignored on Dog { ...Unknown ... on Unknown { x } ...onScalar ... on Int { x } }
            fragment onScalar on Int { x }
            fragment unknownParent on Unknown { ...catFragment ... on Cat { name } }
            fragment catFragment on Cat { name }
            """);
    }

    [Fact]
    public void Spreads_that_can_never_apply_are_reported_at_the_spread()
    {
        ExpectErrors<FragmentSpreadIsPossible>("""
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            fragment invalidObjectWithinObjectAnon on Cat { ... on Dog { barkVolume } }
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { iq }
            fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
            fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
            fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
            fragment intelligentFragment on Intelligent { iq }
            fragment invalidInterfaceWithinInterface on Pet { ...intelligentFragment }
            fragment invalidInterfaceWithinUnion on CatOrDog { ... on Intelligent { iq } }
            """,
            Error(Spread("dogFragment", "Dog", "Cat"), (1, 45)),
            Error(Inline("Dog", "Cat"), (3, 49)),
            Error(Spread("humanFragment", "Human", "Pet"), (4, 48)),
            Error(Spread("humanFragment", "Human", "CatOrDog"), (6, 49)),
            Error(Spread("catOrDogFragment", "CatOrDog", "Human"), (7, 46)),
            Error(Spread("humanOrAlienFragment", "HumanOrAlien", "Pet"), (9, 47)),
            Error(Spread("humanOrAlienFragment", "HumanOrAlien", "CatOrDog"), (11, 48)),
            Error(Spread("intelligentFragment", "Intelligent", "Cat"), (12, 48)),
            Error(Spread("intelligentFragment", "Intelligent", "Pet"), (14, 51)),
            Error(Inline("Intelligent", "CatOrDog"), (15, 52)));
    }

    [Fact]
    public void Parent_type_comes_from_fields_of_every_operation_kind()
    {
        ExpectErrors<FragmentSpreadIsPossible>("""
            query { dog { ...catFragment ... on Human { name } } humanOrAlien { ... on Pet { name } } }
            mutation { renameDog(name: "x") { ... on Cat { name } } }
            subscription { dogBarked { ...catFragment @onFragmentSpread } }
            fragment catFragment on Cat { name }
            """,
            Error(Spread("catFragment", "Cat", "Dog"), (1, 15)),
            Error(Inline("Human", "Dog"), (1, 30)),
            Error(Inline("Pet", "HumanOrAlien"), (1, 69)),
            Error(Inline("Cat", "Dog"), (2, 35)),
            Error(Spread("catFragment", "Cat", "Dog"), (3, 28)));
    }

    [Fact]
    public void Spread_uses_the_last_definition_of_a_duplicated_fragment_name()
    {
        ExpectErrors<FragmentSpreadIsPossible>("""
            { dog { ...F } }
            fragment F on Dog { name }
            fragment F on Cat { name }
            """,
            Error(Spread("F", "Cat", "Dog"), (1, 9)));
    }

    [Fact]
    public void Interface_without_implementations_never_overlaps_even_the_interface_it_implements()
    {
        // The formal algorithm intersects possible types, which are empty for Resource; graphql-js agrees.
        var schema = SchemaBuilder.Build("""
            type Query { node: Node }
            type Thing implements Node { id: ID! }
            interface Node { id: ID! }
            interface Resource implements Node { id: ID! url: String }
            """);
        ExpectErrors<FragmentSpreadIsPossible>(schema, """
            { node { ...interfaceWithInterface } }
            fragment interfaceWithInterface on Node { ...resourceFragment }
            fragment resourceFragment on Resource { url }
            """,
            Error(Spread("resourceFragment", "Resource", "Node"), (2, 43)));
    }
}
