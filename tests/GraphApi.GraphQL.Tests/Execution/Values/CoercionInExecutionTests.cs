using System.Text.Json;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution.Values;

/// <summary>Coercion as a request meets it: variable errors fail the request (spec §6.1.2), argument errors are field errors (§6.4.1), results are coerced by their scalar (§3.5).</summary>
public class CoercionInExecutionTests
{
    private static readonly Lazy<RequestExecutor> Executor = new(() =>
    {
        var schema = SchemaBuilder.Build("""
            input Range { from: Int! to: Int = 10 }
            type Query {
              echo(n: Int! = 1, range: Range, ids: [ID!]): String
              big: Int
              ratio: Float
              code: ID
            }
            """);
        var builder = new ExecutableSchemaBuilder(schema)
            .Resolve("Query", "echo", context => JsonSerializer.Serialize(context.Arguments))
            .Resolve("Query", "big", _ => 3_000_000_000L)
            .Resolve("Query", "ratio", _ => double.NaN)
            .Resolve("Query", "code", _ => 42L);
        return new RequestExecutor(builder.Build());
    });

    private static async Task<(ExecutionResult Result, string Json)> Run(string query, string? variables = null)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : JsonDocument.Parse(variables).RootElement,
        };
        var result = await Executor.Value.ExecuteAsync(request, new RequestContext());
        return (result, Write(result));
    }

    [Fact]
    public async Task Invalid_variables_fail_the_request_with_located_bad_user_input_errors()
    {
        var (result, json) = await Run("query Q(\n  $n: Int!\n  $range: Range\n) { echo(n: $n, range: $range) }", """{"n": "one", "range": {"to": 5}}""");

        Assert.Equal(RequestFailure.VariableCoercion, result.Failure);
        Assert.False(result.HasData);
        Assert.Equal(
            Normalize("""
                {"errors":[
                  {"message":"Variable \"$n\" has invalid value: Int cannot represent non-integer value: \"one\"","locations":[{"line":2,"column":3}],"extensions":{"code":"BAD_USER_INPUT"}},
                  {"message":"Variable \"$range\" has invalid value: Expected value of type \"Range\" to include required field \"from\", found: { to: 5 }.","locations":[{"line":3,"column":3}],"extensions":{"code":"BAD_USER_INPUT"}}]}
                """),
            json);
    }

    [Fact]
    public async Task Coerced_variables_and_defaults_reach_the_resolver()
    {
        var (_, json) = await Run(
            "query ($range: Range, $ids: [ID!], $n: Int) { echo(n: $n, range: $range, ids: $ids) }",
            """{"range": {"from": 1}, "ids": 7}""");

        Assert.Equal(Normalize("""{"data":{"echo":"{\"n\":1,\"range\":{\"from\":1,\"to\":10},\"ids\":[\"7\"]}"}}"""), json);
    }

    [Fact]
    public async Task An_argument_that_cannot_be_coerced_is_a_field_error_naming_the_argument()
    {
        var (result, json) = await Run("query ($n: Int) { echo(n: $n) other: echo }", """{"n": null}""");

        Assert.Equal(RequestFailure.None, result.Failure);
        Assert.Equal(
            Normalize("""
                {"errors":[{"message":"Argument \"Query.echo(n:)\" has invalid value: Expected variable \"$n\" provided to non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":19}],"path":["echo"],"extensions":{"code":"BAD_USER_INPUT"}}],
                 "data":{"echo":null,"other":"{\"n\":1}"}}
                """),
            json);
    }

    [Fact]
    public async Task Results_are_coerced_by_their_scalar_and_never_wrapped()
    {
        var (_, json) = await Run("{ big ratio code }");

        Assert.Equal(
            Normalize("""
                {"errors":[
                  {"message":"Int cannot represent non 32-bit signed integer value: 3000000000","locations":[{"line":1,"column":3}],"path":["big"],"extensions":{"code":"INVALID_RESULT"}},
                  {"message":"Float cannot represent non numeric value: NaN","locations":[{"line":1,"column":7}],"path":["ratio"],"extensions":{"code":"INVALID_RESULT"}}],
                 "data":{"big":null,"ratio":null,"code":"42"}}
                """),
            json);
    }

    private static string Normalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }
}
