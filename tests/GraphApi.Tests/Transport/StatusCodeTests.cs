using System.Net;
using GraphApi.GraphQL.AspNetCore;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static GraphApi.Tests.Infrastructure.GraphQLHttp;

namespace GraphApi.Tests.Transport;

/// <summary>
/// GraphQL over HTTP §Status Codes: request errors are 400 with application/graphql-response+json and 200
/// with application/json (what legacy clients expect, and what the graphql-http audits check); execution
/// that ran is 200, field errors or not.
/// </summary>
public class StatusCodeTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string, string?> RequestErrors => new()
    {
        { "parse", """{"query":"{"}""", "GRAPHQL_PARSE_FAILED" },
        { "validation", """{"query":"{ noSuchField }"}""", "GRAPHQL_VALIDATION_FAILED" },
        { "unknown operation", """{"query":"query A { hello }","operationName":"B"}""", "OPERATION_RESOLUTION_FAILURE" },
        { "several operations without a name", """{"query":"query A { hello } query B { hello }"}""", "OPERATION_RESOLUTION_FAILURE" },
        { "variable coercion", """{"query":"query CoerceFailure($id: ID!) { __typename }","variables":{"id":null}}""", null },
    };

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task A_request_error_is_a_400_without_data_in_graphql_response_json(string kind, string body, string? code)
    {
        var response = await PostAsync(_client, body, accept: GraphQLResponseJson);

        Assert.True(response.Status == HttpStatusCode.BadRequest, $"{kind}: {response.Status} {response.Body}");
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.False(response.HasData, kind);
        Assert.NotEmpty(response.ErrorMessages);
        if (code is not null)
        {
            Assert.Equal(code, response.FirstErrorCode);
        }
    }

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task A_request_error_is_a_200_without_data_in_legacy_json(string kind, string body, string? code)
    {
        var response = await PostAsync(_client, body, accept: Json);

        Assert.True(response.Status == HttpStatusCode.OK, $"{kind}: {response.Status} {response.Body}");
        Assert.Equal(Json, response.MediaType);
        Assert.False(response.HasData, kind);
        Assert.NotEmpty(response.ErrorMessages);
        if (code is not null)
        {
            Assert.Equal(code, response.FirstErrorCode);
        }
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Field_errors_are_a_200_with_partial_data(string accept)
    {
        using var failures = factory.WithSchema(TestSchemas.Failures());

        var response = await PostQueryAsync(failures.CreateClient(), "{ ok failing }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(
            """{"errors":[{"message":"This field always fails.","locations":[{"line":1,"column":6}],"path":["failing"],"extensions":{"code":"TEST_FAILURE"}}],"data":{"ok":"fine","failing":null}}""",
            response.Body);
    }

    [Fact]
    public async Task Data_nulled_by_a_field_error_is_still_a_200()
    {
        using var failures = factory.WithSchema(TestSchemas.Failures());

        var response = await PostQueryAsync(failures.CreateClient(), "{ ok nonNullFailing }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.HasData);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Json.GetProperty("data").ValueKind);
    }

    [Theory]
    [InlineData("Development", "Unexpected error: InvalidOperationException: The number NaN cannot be written in a GraphQL response: JSON has no NaN or infinities.")]
    [InlineData("Production", "The server failed to process the request.")]
    public async Task A_server_failure_is_a_500_with_a_graphql_error_and_details_only_in_development(string environment, string message)
    {
        using var failures = factory.WithSchema(TestSchemas.Failures(), environment);

        var response = await PostQueryAsync(failures.CreateClient(), "{ broken }");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal(new[] { message }, response.ErrorMessages);
        Assert.Equal(GraphQLHttpErrorCodes.InternalServerError, response.FirstErrorCode);
        Assert.DoesNotContain(" at ", response.Body);
    }
}
