using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.RuleHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class LoneAnonymousOperationTests
{
    private static string Message(int operations) =>
        $"An anonymous operation must be the only operation in its document, but this document defines {operations} operations.";

    [Fact]
    public void A_lone_anonymous_operation_is_valid()
    {
        ExpectValid<LoneAnonymousOperation>("""
            {
              dog {
                name
              }
            }
            """);
    }

    [Fact]
    public void Several_named_operations_are_valid()
    {
        ExpectValid<LoneAnonymousOperation>("""
            query A { dog { name } }
            query B { cat { name } }
            """);
    }

    [Fact]
    public void Fragments_do_not_count_as_operations()
    {
        ExpectValid<LoneAnonymousOperation>("""
            { dog { name } }

            fragment nameFragment on Dog { name }
            """);
    }

    [Fact]
    public void Anonymous_operation_next_to_a_named_one_is_reported_at_the_anonymous_operation()
    {
        ExpectErrors<LoneAnonymousOperation>("""
            {
              dog {
                name
              }
            }

            query getName {
              dog {
                owner {
                  name
                }
              }
            }
            """,
            Error(Message(2), (1, 1)));
    }

    [Fact]
    public void Each_of_several_anonymous_operations_is_reported()
    {
        ExpectErrors<LoneAnonymousOperation>("""
            { dog { name } }
            { cat { name } }
            """,
            Error(Message(2), (1, 1)),
            Error(Message(2), (2, 1)));
    }

    [Fact]
    public void Anonymous_mutations_and_subscriptions_count_too()
    {
        ExpectErrors<LoneAnonymousOperation>("""
            query { dog { name } }
            mutation { renameDog(name: "Rex") { name } }
            subscription { newMessage }
            """,
            Error(Message(3), (1, 1)),
            Error(Message(3), (2, 1)),
            Error(Message(3), (3, 1)));
    }
}
