using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Serialization;
using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Tests.Execution.Serialization;

public class ExecutionResultWriterTests
{
    private static string Write(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        ExecutionResultWriter.Write(buffer, result);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static ResultMap Map(params (string Key, object? Value)[] entries)
    {
        var map = new ResultMap();
        foreach (var (key, value) in entries)
        {
            map.Add(key, value);
        }

        return map;
    }

    private static ResultList List(params object?[] items)
    {
        var list = new ResultList(items.Length);
        list.AddRange(items);
        return list;
    }

    [Fact]
    public void Writes_every_value_type_in_selection_order()
    {
        var data = Map(
            ("z", "text"),
            ("a", true),
            ("int", int.MinValue),
            ("long", 9007199254740993L),
            ("decimal", 1.50m),
            ("nothing", null),
            ("list", List(1, List("x", null), Map(("k", false)))),
            ("json", JsonDocument.Parse("""{"custom":[1,"two",{"three":null}]}""").RootElement));

        Assert.Equal(
            """{"data":{"z":"text","a":true,"int":-2147483648,"long":9007199254740993,"decimal":1.50,"nothing":null,"list":[1,["x",null],{"k":false}],"json":{"custom":[1,"two",{"three":null}]}}}""",
            Write(new ExecutionResult { Data = data, HasData = true }));
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0, "1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(123456789.125, "123456789.125")]
    [InlineData(5e-324, "5E-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157E+308")]
    public void Writes_doubles_in_their_shortest_round_trip_form(double value, string expected)
    {
        string json = Write(new ExecutionResult { Data = Map(("f", value)), HasData = true });

        Assert.Equal("{\"data\":{\"f\":" + expected + "}}", json);
        Assert.Equal(value, double.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(-0.0, "-0")]
    [InlineData(1.37, "1.37")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1E-05")]
    [InlineData(999999999999999.9, "999999999999999.9")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(-1125899906842623.5, "-1125899906842623.5")]
    [InlineData(1e17, "1E+17")]
    public void Writes_doubles_with_few_decimals_and_the_edges_of_that_shortcut_as_utf8JsonWriter_does(double value, string expected)
    {
        Assert.Equal("{\"data\":{\"f\":" + expected + "}}", Write(new ExecutionResult { Data = Map(("f", value)), HasData = true }));
        Assert.Equal(expected, Utf8JsonWriterText(value));
    }

    [Fact]
    public void Writes_every_kind_of_double_exactly_as_utf8JsonWriter_does()
    {
        // Cents, thousandths, integers, short decimals near the shortcut's limits, and arbitrary bit patterns.
        var random = new Random(20261121);
        var values = new List<double>();
        for (int i = 0; i < 20_000; i++)
        {
            values.Add(random.Next(-1_000_000, 1_000_000) / 100.0);
            values.Add(random.NextInt64(-1L << 53, 1L << 53) / 1000.0);
            values.Add(random.NextInt64(-1L << 53, 1L << 53));
            values.Add(random.NextInt64(1L << 46, 1L << 50) / 10000.0 * (random.Next(2) * 2 - 1));
            values.Add(random.Next(1, 99_999) / Math.Pow(10, random.Next(0, 9)));
            var bits = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (double.IsFinite(bits))
            {
                values.Add(bits);
            }
        }

        var list = List([.. values.Cast<object?>()]);
        var expected = "{\"data\":{\"f\":[" + string.Join(",", values.Select(Utf8JsonWriterText)) + "]}}";

        Assert.Equal(expected, Write(new ExecutionResult { Data = Map(("f", list)), HasData = true }));
    }

    private static string Utf8JsonWriterText(double value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteNumberValue(value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void Refuses_non_finite_doubles_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Write(new ExecutionResult { Data = Map(("f", double.NaN)), HasData = true }));

        Assert.Contains("NaN", error.Message);
    }

    [Fact]
    public void Refuses_values_outside_the_response_value_types()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Write(new ExecutionResult { Data = Map(("when", new DateTime(2026, 1, 1))), HasData = true }));

        Assert.Contains("System.DateTime", error.Message);
    }

    [Fact]
    public void Writes_html_characters_and_non_ascii_text_unescaped_and_escapes_what_json_requires()
    {
        string json = Write(new ExecutionResult { Data = Map(("s", "<b>&'é€\"\\\n\u0001🏃")), HasData = true });

        // Characters beyond the Basic Multilingual Plane come out as an escaped surrogate pair: valid JSON
        // that System.Text.Json's encoders always produce.
        Assert.Equal("{\"data\":{\"s\":\"<b>&'é€\\\"\\\\\\n\\u0001\\uD83C\\uDFC3\"}}", json);
    }

    [Fact]
    public void Writes_errors_before_data_and_extensions_last()
    {
        var error = new GraphQLError(
            "Cannot return null for non-nullable field Query.name.",
            [new SourceLocation(2, 3), new SourceLocation(4, 5)],
            ["hero", "friends", 1, "name"],
            new Dictionary<string, object?> { ["code"] = "NON_NULL_VIOLATION", ["detail"] = new Dictionary<string, object?> { ["n"] = 1 } });
        var result = new ExecutionResult
        {
            Data = null,
            HasData = true,
            Errors = [error],
            Extensions = new Dictionary<string, object?> { ["cost"] = 3, ["tags"] = new[] { "a", "b" } },
        };

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.name.","locations":[{"line":2,"column":3},{"line":4,"column":5}],"path":["hero","friends",1,"name"],"extensions":{"code":"NON_NULL_VIOLATION","detail":{"n":1}}}],"data":null,"extensions":{"cost":3,"tags":["a","b"]}}""",
            Write(result));
    }

    [Fact]
    public void Leaves_out_what_a_result_or_error_does_not_have()
    {
        var result = ExecutionResult.RequestError(RequestFailure.Parse, [new GraphQLError("Syntax Error: Unexpected <EOF>.", extensions: new Dictionary<string, object?>())]);

        Assert.Equal("""{"errors":[{"message":"Syntax Error: Unexpected <EOF>."}]}""", Write(result));
    }

    [Fact]
    public void Leaves_out_empty_errors_and_extensions()
    {
        var result = new ExecutionResult
        {
            Data = Map(("a", 1)),
            HasData = true,
            Errors = [],
            Extensions = new Dictionary<string, object?>(),
        };

        Assert.Equal("""{"data":{"a":1}}""", Write(result));
    }

    [Fact]
    public void Refuses_path_segments_other_than_keys_and_indices()
    {
        var result = ExecutionResult.RequestError(RequestFailure.None, [new GraphQLError("m", path: ["a", 1.5])]);

        var error = Assert.Throws<InvalidOperationException>(() => Write(result));
        Assert.Contains("System.Double", error.Message);
    }

    [Fact]
    public void The_cached_writer_starts_clean_after_a_failed_write()
    {
        Assert.Throws<InvalidOperationException>(() => Write(new ExecutionResult { Data = Map(("f", double.PositiveInfinity)), HasData = true }));

        Assert.Equal("""{"data":{"ok":true}}""", Write(new ExecutionResult { Data = Map(("ok", true)), HasData = true }));
    }

    [Fact]
    public async Task Writes_to_a_stream()
    {
        using var stream = new MemoryStream();

        await ExecutionResultWriter.WriteAsync(stream, new ExecutionResult { Data = Map(("hello", "world")), HasData = true });

        Assert.Equal("""{"data":{"hello":"world"}}""", Encoding.UTF8.GetString(stream.ToArray()));
    }
}
