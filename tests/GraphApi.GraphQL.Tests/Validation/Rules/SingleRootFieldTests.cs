using System.Text;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;
using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.RuleHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class SingleRootFieldTests
{
    private const string SkipOrInclude = "must not use @skip or @include on its root selections: its single root field must be known without variables.";

    private static readonly Schema EventSchema = SchemaBuilder.Build("""
        type Query { a: Int }
        interface Event { name: String }
        type Subscription implements Event { name: String other: Int }
        union Root = Subscription
        type Other implements Event { name: String }
        """);

    [Fact]
    public void One_root_field_is_valid()
    {
        ExpectValid<SingleRootField>("""
            subscription sub {
              newMessage
            }
            """);
    }

    [Fact]
    public void One_root_field_through_a_fragment_is_valid()
    {
        ExpectValid<SingleRootField>("""
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on Subscription {
              newMessage
            }
            """);
    }

    [Fact]
    public void Nested_selections_and_other_operation_kinds_are_not_restricted()
    {
        ExpectValid<SingleRootField>("""
            subscription {
              dogBarked {
                name
                ... { barkVolume }
                __typename
              }
              ... {
                ...F
              }
            }

            fragment F on Subscription { dogBarked { name } }
            query { dog { name } __typename }
            mutation { renameDog(name: "Rex") { name } }
            """);
    }

    [Fact]
    public void Second_root_field_is_reported()
    {
        ExpectErrors<SingleRootField>("""
            subscription sub {
              newMessage
              disallowedSecondRootField
            }
            """,
            Error("Subscription \"sub\" must select exactly one root field, but selects 2: \"newMessage\", \"disallowedSecondRootField\".", (3, 3)));
    }

    [Fact]
    public void Second_root_field_in_a_fragment_is_reported()
    {
        ExpectErrors<SingleRootField>("""
            subscription sub {
              ...multipleSubscriptions
            }

            fragment multipleSubscriptions on Subscription {
              newMessage
              disallowedSecondRootField
            }
            """,
            Error("Subscription \"sub\" must select exactly one root field, but selects 2: \"newMessage\", \"disallowedSecondRootField\".", (7, 3)));
    }

    [Fact]
    public void Fields_are_grouped_by_response_key_and_fragments_that_cannot_apply_are_ignored()
    {
        ExpectErrors<SingleRootField>("""
            subscription sub {
              newMessage
              newMessage
              alias: dogBarked { name }
              ... on Query { dog { name } }
              ... on Dog { name }
            }
            """,
            Error("Subscription \"sub\" must select exactly one root field, but selects 2: \"newMessage\", \"alias\".", (4, 3)));
    }

    [Fact]
    public void Every_field_of_every_extra_response_key_is_reported_and_each_fragment_is_collected_once()
    {
        ExpectErrors<SingleRootField>("""
            subscription {
              newMessage
              ... {
                disallowedSecondRootField
                newMessage
                dogBarked { name }
              }
              disallowedSecondRootField
              ...Fields
            }

            fragment Fields on Subscription {
              dogBarked { barks }
              first: newMessage
              ...Fields
            }
            """,
            Error(
                "Anonymous subscription must select exactly one root field, but selects 4: \"newMessage\", \"disallowedSecondRootField\", \"dogBarked\", \"first\".",
                (4, 5), (8, 3), (6, 5), (13, 3), (14, 3)));
    }

    [Fact]
    public void Skip_and_include_on_root_fields_are_reported_in_one_error()
    {
        ExpectErrors<SingleRootField>("""
            subscription requiredRuntimeValidation($bool: Boolean!) {
              newMessage @include(if: $bool)
              disallowedSecondRootField @skip(if: $bool)
            }
            """,
            Error("Subscription \"requiredRuntimeValidation\" " + SkipOrInclude, (2, 14), (3, 29)));
    }

    [Fact]
    public void Skip_and_include_are_reported_on_fragments_and_inside_collected_fragments_only()
    {
        // The field with both directives is reported at @skip; fragment H is not collected, and
        // nothing else is checked once such a directive is found.
        ExpectErrors<SingleRootField>("""
            subscription S($b: Boolean!) {
              ... @skip(if: $b) { newMessage }
              ...F @include(if: $b)
              ... on Query @include(if: $b) { dog { name } }
              dogBarked @include(if: $b) @skip(if: $b) { name }
              ...G
            }

            fragment F on Subscription { newMessage }
            fragment G on Subscription { disallowedSecondRootField @include(if: true) }
            fragment H on Query { dog @skip(if: true) { name } }
            """,
            Error("Subscription \"S\" " + SkipOrInclude, (2, 7), (3, 8), (4, 16), (5, 30), (10, 56)));
    }

    [Fact]
    public void Introspection_root_field_is_reported()
    {
        ExpectErrors<SingleRootField>("""
            subscription sub {
              __typename
            }
            """,
            Error("Subscription \"sub\" must not select the introspection field \"__typename\" as its root field.", (2, 3)));
    }

    [Fact]
    public void Introspection_fields_are_found_by_field_name_and_reported_per_response_key()
    {
        const string introspection = "Anonymous subscription must not select the introspection field \"__typename\" as its root field.";
        ExpectErrors<SingleRootField>("""
            subscription {
              newMessage: __typename
              __typename
              ...F
            }

            fragment F on Subscription { __typename }
            """,
            Error("Anonymous subscription must select exactly one root field, but selects 2: \"newMessage\", \"__typename\".", (3, 3), (7, 30)),
            Error(introspection, (2, 3)),
            Error(introspection, (3, 3), (7, 30)));
    }

    [Fact]
    public void Selecting_no_root_field_is_reported_at_the_selection_set()
    {
        ExpectErrors<SingleRootField>("""
            subscription sub {
              ... on Query { dog { name } }
              ...Unknown
              ...Q
              ... on CatOrDog { __typename }
            }

            fragment Q on Query { dog { name } }
            """,
            Error("Subscription \"sub\" must select exactly one root field, but selects none.", (1, 18)));
    }

    [Fact]
    public void Fragments_on_interfaces_and_unions_that_include_the_root_type_are_collected()
    {
        ExpectValid<SingleRootField>(EventSchema, """
            subscription {
              ... on Event { name }
              ... on Root { ... on Subscription { name } }
              ...E
              ... on Other { other: name }
            }

            fragment E on Event { name }
            """);
        ExpectErrors<SingleRootField>(EventSchema, """
            subscription {
              ... on Event { name }
              ...R
            }

            fragment R on Root { other }
            """,
            Error("Anonymous subscription must select exactly one root field, but selects 2: \"name\", \"other\".", (6, 22)));
    }

    [Fact]
    public void Fields_are_collected_through_fifty_thousand_nested_fragments_without_exhausting_the_stack()
    {
        const int count = 50_000;
        var text = new StringBuilder("subscription { ...F0 }\n");
        for (int i = 0; i < count; i++)
        {
            text.Append("fragment F").Append(i).Append(" on Subscription { ...F").Append(i + 1).Append(" }\n");
        }

        text.Append("fragment F").Append(count).Append(" on Subscription { newMessage disallowedSecondRootField }\n");
        var document = Parser.Parse(text.ToString(), ParserOptions.ForSchema);
        var errors = DocumentValidator.Validate(RuleHarness.Schema, document, rules: RuleSet.Of(static () => new SingleRootField()));

        var error = Assert.Single(errors);
        Assert.Equal("Anonymous subscription must select exactly one root field, but selects 2: \"newMessage\", \"disallowedSecondRootField\".", error.Message);
        Assert.Equal((count + 2, 46), (error.Locations[0].Line, error.Locations[0].Column));
    }
}
