using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;
using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class LeafFieldSelectionsTests
{
    [Fact]
    public void Leaf_fields_without_and_composite_fields_with_selections_are_valid()
    {
        RuleHarness.ExpectValid<LeafFieldSelections>(
            """
            {
              dog { barkVolume furColor doesKnowCommand(dogCommand: SIT) __typename }
              human { pets { name } relatives { id } }
              pet { name } catOrDog { __typename }
            }
            """);
    }

    [Fact]
    public void Scalar_field_with_a_selection_is_reported_at_the_selection_set()
    {
        RuleHarness.ExpectErrors<LeafFieldSelections>(
            """
            fragment scalarSelectionsNotAllowedOnInt on Dog {
              barkVolume {
                sinceWhen
              }
            }
            """,
            RuleHarness.Error("Field \"barkVolume\" of type \"Int\" cannot have a selection set: scalars and enums have no subfields.", (2, 14)));
    }

    [Fact]
    public void Enum_and_non_null_scalar_fields_with_selections_are_reported()
    {
        RuleHarness.ExpectErrors<LeafFieldSelections>(
            """
            {
              dog {
                furColor { name }
                doesKnowCommand(dogCommand: SIT) { reason }
              }
            }
            """,
            RuleHarness.Error("Field \"furColor\" of type \"FurColor\" cannot have a selection set: scalars and enums have no subfields.", (3, 14)),
            RuleHarness.Error("Field \"doesKnowCommand\" of type \"Boolean!\" cannot have a selection set: scalars and enums have no subfields.", (4, 38)));
    }

    [Fact]
    public void Object_interface_and_union_fields_without_selections_are_reported_at_the_field()
    {
        RuleHarness.ExpectErrors<LeafFieldSelections>(
            """
            query directQueryOnObjectWithoutSubFields { human }
            query directQueryOnInterfaceWithoutSubFields { pet }
            query directQueryOnUnionWithoutSubFields { catOrDog }
            """,
            RuleHarness.Error("Field \"human\" of type \"Human\" must have a selection set of subfields, e.g. \"human { ... }\".", (1, 45)),
            RuleHarness.Error("Field \"pet\" of type \"Pet\" must have a selection set of subfields, e.g. \"pet { ... }\".", (2, 48)),
            RuleHarness.Error("Field \"catOrDog\" of type \"CatOrDog\" must have a selection set of subfields, e.g. \"catOrDog { ... }\".", (3, 44)));
    }

    [Fact]
    public void The_message_shows_list_and_non_null_wrappers_of_the_field_type()
    {
        RuleHarness.ExpectErrors<LeafFieldSelections>(
            """
            { human { pets relatives } }
            """,
            RuleHarness.Error("Field \"pets\" of type \"[Pet]\" must have a selection set of subfields, e.g. \"pets { ... }\".", (1, 11)),
            RuleHarness.Error("Field \"relatives\" of type \"[Human!]\" must have a selection set of subfields, e.g. \"relatives { ... }\".", (1, 16)));
    }

    [Fact]
    public void Aliased_field_is_reported_at_its_alias()
    {
        RuleHarness.ExpectErrors<LeafFieldSelections>(
            """
            { master: human }
            """,
            RuleHarness.Error("Field \"human\" of type \"Human\" must have a selection set of subfields, e.g. \"human { ... }\".", (1, 3)));
    }

    [Fact]
    public void Unknown_fields_are_left_to_field_selections()
    {
        RuleHarness.ExpectValid<LeafFieldSelections>(
            """
            { nope dog { unknown { a } } }
            """);
    }

    [Fact]
    public void Fields_inside_fragments_and_inline_fragments_are_checked()
    {
        RuleHarness.ExpectErrors<LeafFieldSelections>(
            """
            { pet { ...PetOwner ... { name { first } } } }
            fragment PetOwner on Pet { ... on Dog { owner mother { name } } }
            """,
            RuleHarness.Error("Field \"name\" of type \"String\" cannot have a selection set: scalars and enums have no subfields.", (1, 32)),
            RuleHarness.Error("Field \"owner\" of type \"Human\" must have a selection set of subfields, e.g. \"owner { ... }\".", (2, 41)));
    }

    [Fact]
    public void Root_fields_of_mutations_and_subscriptions_are_checked()
    {
        RuleHarness.ExpectErrors<LeafFieldSelections>(
            """
            mutation { mutateDog(command: SIT) }
            subscription { newMessage { text } }
            """,
            RuleHarness.Error("Field \"mutateDog\" of type \"MutationResult\" must have a selection set of subfields, e.g. \"mutateDog { ... }\".", (1, 12)),
            RuleHarness.Error("Field \"newMessage\" of type \"String\" cannot have a selection set: scalars and enums have no subfields.", (2, 27)));
    }

    [Fact]
    public void Empty_selection_set_on_a_composite_field_is_reported()
    {
        // The grammar forbids "{}", so the document is built in code, as a tool generating documents might.
        var schema = SchemaBuilder.Build("type Query { dog: Dog } type Dog { name: String }");
        var source = new Source("{ dog {} }");
        var emptySelection = new SelectionSetNode([], new Location(6, 8));
        var dog = new FieldNode(null, new NameNode("dog", new Location(2, 5)), [], [], emptySelection, new Location(2, 8));
        var operation = new OperationDefinitionNode(
            OperationType.Query, null, [], [], new SelectionSetNode([dog], new Location(0, 10)), null, new Location(0, 10));
        var document = new DocumentNode([operation], source, new Location(0, 10));

        var errors = DocumentValidator.Validate(schema, document, rules: RuleSet.Of(() => new LeafFieldSelections()));

        var error = Assert.Single(errors);
        Assert.Equal("Field \"dog\" of type \"Dog\" must select at least one subfield.", error.Message);
        Assert.Equal(new SourceLocation(1, 3), Assert.Single(error.Locations));
    }
}
