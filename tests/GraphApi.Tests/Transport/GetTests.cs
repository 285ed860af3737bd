using System.Net;
using GraphApi.GraphQL.AspNetCore;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static GraphApi.Tests.Infrastructure.GraphQLHttp;

namespace GraphApi.Tests.Transport;

/// <summary>GraphQL over HTTP §GET: parameters in the query string, queries only.</summary>
public class GetTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Runs_a_query_with_json_variables_and_an_operation_name()
    {
        var response = await GetAsync(
            _client,
            GraphQLResponseJson,
            ("query", "query A { hello } query B($m: String!) { echo(message: $m) }"),
            ("operationName", "B"),
            ("variables", """{"m":"hé"}"""),
            ("extensions", """{"x":1}"""));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal("""{"data":{"echo":"hé"}}""", response.Body);
    }

    [Fact]
    public async Task Empty_parameters_count_as_absent()
    {
        var response = await GetAsync(_client, GraphQLResponseJson, ("query", "{ hello }"), ("operationName", ""), ("variables", ""), ("extensions", ""));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", response.Body);
    }

    [Theory]
    [InlineData("mutation { sendGreeting(message: \"x\") { message } }", null, GraphQLResponseJson)]
    [InlineData("mutation { sendGreeting(message: \"x\") { message } }", null, Json)]
    [InlineData("query Q { hello } mutation M { sendGreeting(message: \"x\") { message } }", "M", Json)]
    [InlineData("mutation { noSuchField }", null, Json)]
    public async Task A_mutation_is_refused_with_405_and_allow_post_even_before_it_validates(string query, string? operationName, string accept)
    {
        var parameters = operationName is null ? new[] { ("query", query) } : [("query", query), ("operationName", operationName)];

        var response = await GetAsync(_client, accept, parameters);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(new[] { "POST" }, response.ContentHeaders.Allow);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal(GraphQLHttpErrorCodes.MethodNotAllowed, response.FirstErrorCode);
        Assert.Equal(new[] { "Mutations cannot be sent with GET, which must not change anything; send them with POST." }, response.ErrorMessages);
    }

    [Fact]
    public async Task A_query_beside_a_mutation_runs()
    {
        var response = await GetAsync(
            _client,
            GraphQLResponseJson,
            ("query", "query Q { hello } mutation M { sendGreeting(message: \"x\") { message } }"),
            ("operationName", "Q"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData("variables", "{\"m\":", "The \"variables\" parameter is not valid JSON: ")]
    [InlineData("variables", "[1]", "\"variables\" must be a JSON object, not an array.")]
    [InlineData("extensions", "7", "\"extensions\" must be a JSON object, not a number.")]
    public async Task Parameters_that_are_no_json_objects_are_a_400(string name, string value, string message)
    {
        var response = await GetAsync(_client, GraphQLResponseJson, ("query", "{ hello }"), (name, value));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith(message, Assert.Single(response.ErrorMessages));
        Assert.Equal(GraphQLHttpErrorCodes.BadRequest, response.FirstErrorCode);
    }

    [Fact]
    public async Task A_parameter_given_twice_is_a_400()
    {
        var response = await GetAsync(_client, GraphQLResponseJson, ("query", "{ hello }"), ("query", "{ time }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(new[] { "The \"query\" parameter is given 2 times; give it once." }, response.ErrorMessages);
    }

    [Fact]
    public async Task A_request_without_a_query_is_a_400()
    {
        var response = await GetAsync(_client, GraphQLResponseJson, ("operationName", "Q"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("GRAPHQL_MISSING_QUERY", response.FirstErrorCode);
    }

    [Fact]
    public async Task Get_can_be_turned_off()
    {
        using var noGet = factory.WithSettings(("GraphQL:AllowGet", "false"));

        var response = await GetAsync(noGet.CreateClient(), GraphQLResponseJson, ("query", "{ hello }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(new[] { "POST" }, response.ContentHeaders.Allow);
        Assert.Equal(new[] { "The method GET is not supported; send GraphQL requests with POST." }, response.ErrorMessages);
    }
}
