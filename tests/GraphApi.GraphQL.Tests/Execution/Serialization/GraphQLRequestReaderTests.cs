using System.Buffers;
using System.Text;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Serialization;

namespace GraphApi.GraphQL.Tests.Execution.Serialization;

public class GraphQLRequestReaderTests
{
    private static GraphQLRequest Read(string json)
    {
        Assert.True(GraphQLRequestReader.TryRead(Encoding.UTF8.GetBytes(json), out var request, out var error), error?.Message);
        return request;
    }

    private static void ExpectError(string json, string message) => ExpectError(Encoding.UTF8.GetBytes(json), message);

    private static void ExpectError(byte[] body, string message)
    {
        Assert.False(GraphQLRequestReader.TryRead(body, out var request, out var error));
        Assert.Null(request);
        Assert.Equal(message, error.Message);
        Assert.Equal(GraphQLRequestReader.BadRequestCode, error.Code);
    }

    [Fact]
    public void Reads_every_member()
    {
        var request = Read("""{"query":"query Q($id: ID) { node(id: $id) { id } }","operationName":"Q","variables":{"id":"1","n":[1,2]},"extensions":{"persisted":{"v":1}}}""");

        Assert.Equal("query Q($id: ID) { node(id: $id) { id } }", request.Query);
        Assert.Equal("Q", request.OperationName);
        Assert.Equal("""{"id":"1","n":[1,2]}""", request.Variables?.GetRawText());
        Assert.Equal("""{"persisted":{"v":1}}""", request.Extensions?.GetRawText());
    }

    [Fact]
    public void Null_members_count_as_absent_and_unknown_members_are_ignored()
    {
        var request = Read("""{"operationName":null,"variables":null,"extensions":null,"qeury":[{"a":1}],"query":"{ a }","id":7}""");

        Assert.Equal("{ a }", request.Query);
        Assert.Null(request.OperationName);
        Assert.Null(request.Variables);
        Assert.Null(request.Extensions);
    }

    [Fact]
    public void A_missing_query_is_left_to_the_executor()
    {
        Assert.Null(Read("""{"variables":{}}""").Query);
        Assert.Null(Read("""{"query":null}""").Query);
    }

    [Fact]
    public void Decodes_escapes_and_non_ascii_text()
    {
        var request = Read("\uFEFF{\"query\":\"{ __type(name: \\\"Run\\ud83c\\udfc3Swim🏊\\\") { name } }\"}");

        Assert.Equal("{ __type(name: \"Run🏃Swim🏊\") { name } }", request.Query);
    }

    [Fact]
    public void Reads_a_body_split_across_buffer_segments()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("""{"query":"{ hello }","variables":{"text":"ünïcödé"}}""");
        var first = new Segment(bytes.AsMemory(0, 13), 0);
        var last = first.Append(bytes.AsMemory(13, 20)).Append(bytes.AsMemory(33));

        Assert.True(GraphQLRequestReader.TryRead(new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length), out var request, out _));
        Assert.Equal("{ hello }", request.Query);
        Assert.Equal("ünïcödé", request.Variables?.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("""{"query":{"obj":"ect"}}""", "\"query\" must be a string, not a JSON StartObject.")]
    [InlineData("""{"query":0}""", "\"query\" must be a string, not a number.")]
    [InlineData("""{"query":false}""", "\"query\" must be a string, not a boolean.")]
    [InlineData("""{"query":["array"]}""", "\"query\" must be a string, not an array.")]
    [InlineData("""{"query":"{ a }","operationName":1}""", "\"operationName\" must be a string, not a number.")]
    [InlineData("""{"query":"{ a }","variables":"string"}""", "\"variables\" must be a JSON object, not a string.")]
    [InlineData("""{"query":"{ a }","variables":[7]}""", "\"variables\" must be a JSON object, not an array.")]
    [InlineData("""{"query":"{ a }","extensions":true}""", "\"extensions\" must be a JSON object, not a boolean.")]
    public void Names_the_member_of_the_wrong_type(string json, string message) => ExpectError(json, message);

    [Theory]
    [InlineData("[]", "The request body must be a JSON object, not an array.")]
    [InlineData("\"{ a }\"", "The request body must be a JSON object, not a string.")]
    [InlineData("null", "The request body must be a JSON object, not null.")]
    [InlineData("", "The request body is empty; expected a JSON object with a \"query\" string.")]
    [InlineData("  \n", "The request body is empty; expected a JSON object with a \"query\" string.")]
    public void Rejects_a_body_that_is_no_object(string json, string message) => ExpectError(json, message);

    [Theory]
    [InlineData("{ \"not a JSON", "The request body is not valid JSON: ")]
    [InlineData("NONSENSE", "The request body is not valid JSON: ")]
    [InlineData("{\"query\":", "The request body is not valid JSON: ")]
    [InlineData("{\"query\":\"{ a }\"} trailing", "The request body is not valid JSON: ")]
    [InlineData("{\"query\":\"{ a }\",}", "The request body is not valid JSON: ")]
    [InlineData("[1, 2", "The request body is not valid JSON: ")]
    [InlineData("{\"query\":\"\\ud800\"}", "The request body is not valid JSON: ")]
    public void Reports_malformed_json_with_the_json_readers_explanation(string json, string prefix)
    {
        Assert.False(GraphQLRequestReader.TryRead(Encoding.UTF8.GetBytes(json), out _, out var error));
        Assert.StartsWith(prefix, error.Message);
        Assert.True(error.Message.Length > prefix.Length, "the reason is given");
        Assert.Equal(GraphQLRequestReader.BadRequestCode, error.Code);
    }

    [Fact]
    public void Rejects_invalid_utf8_anywhere_in_the_body()
    {
        byte[] body = [.. "{\"query\":\"{ a }\",\"variables\":{\"s\":\""u8, 0xC3, 0x28, .. "\"}}"u8];

        ExpectError(body, "The request body is not valid UTF-8.");
    }

    [Fact]
    public void Reads_a_map_parameter_given_apart_from_a_body()
    {
        Assert.True(GraphQLRequestReader.TryReadMap("variables", """ {"name":"sometype"} """, out var value, out _));
        Assert.Equal("""{"name":"sometype"}""", value?.GetRawText());

        Assert.True(GraphQLRequestReader.TryReadMap("variables", "null", out var nothing, out _));
        Assert.Null(nothing);
    }

    [Theory]
    [InlineData("[1]", "\"variables\" must be a JSON object, not an array.")]
    [InlineData("", "The \"variables\" parameter is empty; expected a JSON object.")]
    public void Rejects_a_map_parameter_that_is_no_object(string json, string message)
    {
        Assert.False(GraphQLRequestReader.TryReadMap("variables", json, out _, out var error));
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("{\"a\":")]
    [InlineData("{} {}")]
    public void Rejects_a_map_parameter_that_is_no_json(string json)
    {
        Assert.False(GraphQLRequestReader.TryReadMap("extensions", json, out _, out var error));
        Assert.StartsWith("The \"extensions\" parameter is not valid JSON: ", error.Message);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
