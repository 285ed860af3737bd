using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.RuleHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class OperationNameUniquenessTests
{
    [Fact]
    public void Operations_with_different_names_are_valid()
    {
        ExpectValid<OperationNameUniqueness>("""
            query getDogName {
              dog {
                name
              }
            }

            query getOwnerName {
              dog {
                owner {
                  name
                }
              }
            }
            """);
    }

    [Fact]
    public void Anonymous_operations_and_fragments_do_not_take_part()
    {
        ExpectValid<OperationNameUniqueness>("""
            {
              dog { name }
            }

            fragment getName on Dog { name }

            query getName { dog { ...getName } }
            """);
    }

    [Fact]
    public void Two_operations_with_the_same_name_are_reported_at_both_names()
    {
        ExpectErrors<OperationNameUniqueness>("""
            query getName {
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
            Error("There is more than one operation named \"getName\".", (1, 7), (7, 7)));
    }

    [Fact]
    public void Operations_of_different_kinds_share_one_namespace_and_each_repeat_is_reported()
    {
        ExpectErrors<OperationNameUniqueness>("""
            query dogOperation {
              dog {
                name
              }
            }

            mutation dogOperation {
              mutateDog(command: SIT) {
                ok
              }
            }

            subscription dogOperation {
              dogBarked { name }
            }

            query other { dog { name } }

            query dogOperation { cat { name } }
            """,
            Error("There is more than one operation named \"dogOperation\".", (1, 7), (7, 10)),
            Error("There is more than one operation named \"dogOperation\".", (1, 7), (13, 14)),
            Error("There is more than one operation named \"dogOperation\".", (1, 7), (19, 7)));
    }

    [Fact]
    public void Several_duplicated_names_are_each_reported_against_their_own_first_use()
    {
        ExpectErrors<OperationNameUniqueness>("""
            query A { dog { name } }
            query B { dog { name } }
            query A { cat { name } }
            query B { cat { name } }
            """,
            Error("There is more than one operation named \"A\".", (1, 7), (3, 7)),
            Error("There is more than one operation named \"B\".", (2, 7), (4, 7)));
    }
}
