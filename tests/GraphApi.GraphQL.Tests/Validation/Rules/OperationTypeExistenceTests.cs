using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.RuleHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class OperationTypeExistenceTests
{
    private static readonly Schema QueryOnlySchema = SchemaBuilder.Build("type Query { hello: String }");

    [Fact]
    public void Query_operations_are_supported_by_every_schema()
    {
        ExpectValid<OperationTypeExistence>(QueryOnlySchema, """
            query helloQuery {
              hello
            }
            """);
        ExpectValid<OperationTypeExistence>(QueryOnlySchema, "{ hello }");
    }

    [Fact]
    public void Every_kind_of_operation_is_valid_when_the_schema_has_its_root_type()
    {
        ExpectValid<OperationTypeExistence>("""
            query { dog { name } }
            mutation M { renameDog(name: "Rex") { name } }
            subscription S { newMessage }
            """);
    }

    [Fact]
    public void Mutation_without_a_mutation_root_type_is_reported_at_the_operation()
    {
        ExpectErrors<OperationTypeExistence>(QueryOnlySchema, """
            mutation goodbyeMutation {
              goodbye
            }
            """,
            Error("The schema has no mutation root type, so mutation \"goodbyeMutation\" cannot be executed.", (1, 1)));
    }

    [Fact]
    public void Each_unsupported_operation_is_reported_named_or_anonymous()
    {
        ExpectErrors<OperationTypeExistence>(QueryOnlySchema, """
            subscription {
              newMessage
            }

            mutation {
              goodbye
            }

            "Greets"
            subscription greetings {
              hello
            }
            """,
            Error("The schema has no subscription root type, so this anonymous subscription cannot be executed.", (1, 1)),
            Error("The schema has no mutation root type, so this anonymous mutation cannot be executed.", (5, 1)),
            Error("The schema has no subscription root type, so subscription \"greetings\" cannot be executed.", (9, 1)));
    }
}
