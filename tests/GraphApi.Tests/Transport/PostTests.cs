using System.Net;
using GraphApi.GraphQL.AspNetCore;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static GraphApi.Tests.Infrastructure.GraphQLHttp;

namespace GraphApi.Tests.Transport;

/// <summary>GraphQL over HTTP §POST and §JSON Encoding: what a body must be, and what happens when it is not.</summary>
public class PostTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Runs_a_query_with_variables_and_an_operation_name()
    {
        var response = await PostAsync(
            _client,
            """{"query":"query A { hello } query B($m: String!) { echo(message: $m) }","operationName":"B","variables":{"m":"hi"},"extensions":{"x":1}}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal("utf-8", response.Charset);
        Assert.Equal("""{"data":{"echo":"hi"}}""", response.Body);
        Assert.Equal(response.Body.Length, response.ContentHeaders.ContentLength);
    }

    [Fact]
    public async Task Runs_a_mutation()
    {
        var response = await PostQueryAsync(_client, """mutation { sendGreeting(message: "hey") { message } }""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"sendGreeting":{"message":"hey"}}}""", response.Body);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("Application/JSON")]
    public async Task Accepts_json_in_utf8_however_the_content_type_spells_it(string contentType)
    {
        var response = await PostAsync(_client, """{"query":"{ echo(message: \"Run🏃Swim🏊\") }"}""", contentType);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Run🏃Swim🏊", response.Json.GetProperty("data").GetProperty("echo").GetString());
    }

    [Theory]
    [InlineData(null, "The request has no Content-Type header; send the GraphQL request as application/json.")]
    [InlineData("text/plain", "The Content-Type \"text/plain\" is not supported; send the GraphQL request as application/json.")]
    [InlineData("application/graphql", "The Content-Type \"application/graphql\" is not supported; send the GraphQL request as application/json.")]
    [InlineData("application/x-www-form-urlencoded", "The Content-Type \"application/x-www-form-urlencoded\" is not supported; send the GraphQL request as application/json.")]
    [InlineData("application/json; charset=iso-8859-1", "The Content-Type \"application/json; charset=iso-8859-1\" names a charset other than UTF-8; send the GraphQL request as application/json in UTF-8.")]
    public async Task Refuses_other_media_types_with_415(string? contentType, string message)
    {
        var response = await PostAsync(_client, """{"query":"{ hello }"}""", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal(new[] { message }, response.ErrorMessages);
        Assert.Equal(GraphQLHttpErrorCodes.UnsupportedMediaType, response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Malformed_json_is_a_400_with_a_graphql_error_and_no_stack_trace(string accept)
    {
        var response = await PostAsync(_client, """{ "not a JSON""", accept: accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(accept, response.MediaType);
        var message = Assert.Single(response.ErrorMessages);
        Assert.StartsWith("The request body is not valid JSON: ", message);
        Assert.Equal(GraphQLHttpErrorCodes.BadRequest, response.FirstErrorCode);
        Assert.DoesNotContain(" at ", response.Body);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData("", "The request body is empty; expected a JSON object with a \"query\" string.")]
    [InlineData("[]", "The request body must be a JSON object, not an array.")]
    [InlineData("""{"query":0}""", "\"query\" must be a string, not a number.")]
    [InlineData("""{"query":"{ hello }","operationName":false}""", "\"operationName\" must be a string, not a boolean.")]
    [InlineData("""{"query":"{ hello }","variables":[7]}""", "\"variables\" must be a JSON object, not an array.")]
    [InlineData("""{"query":"{ hello }","extensions":"x"}""", "\"extensions\" must be a JSON object, not a string.")]
    public async Task A_body_that_is_no_graphql_request_is_a_400_naming_the_problem(string body, string message)
    {
        var response = await PostAsync(_client, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(new[] { message }, response.ErrorMessages);
        Assert.Equal(GraphQLHttpErrorCodes.BadRequest, response.FirstErrorCode);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task A_request_without_a_query_is_a_400_with_either_media_type(string accept)
    {
        var response = await PostAsync(_client, """{"qeury":"{ hello }"}""", accept: accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("GRAPHQL_MISSING_QUERY", response.FirstErrorCode);
    }

    [Fact]
    public async Task Null_members_count_as_absent()
    {
        var response = await PostAsync(_client, """{"query":"{ hello }","operationName":null,"variables":null,"extensions":null}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", response.Body);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task A_subscription_is_refused_with_a_clear_error(string accept, HttpStatusCode status)
    {
        var response = await PostQueryAsync(_client, "subscription { greetings { message } }", accept: accept);

        Assert.Equal(status, response.Status);
        Assert.Equal(GraphQLHttpErrorCodes.SubscriptionNotSupported, response.FirstErrorCode);
        Assert.Contains("Subscriptions cannot be sent with GET or POST", Assert.Single(response.ErrorMessages));
        Assert.False(response.HasData);
    }
}
