using System.Text;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Tests.Language;

/// <summary>
/// ParserOptions limits. Deep nesting must end in a syntax error, never in a StackOverflowException,
/// which would end the whole process (compare HotChocolate CVE-2026-40324).
/// </summary>
public partial class ParserTests
{
    private const int HostileDepth = 100_000;

    [Fact]
    public void Deeply_nested_selection_sets_are_a_syntax_error()
    {
        string text = string.Concat(Enumerable.Repeat("{a", HostileDepth)) + new string('}', HostileDepth);

        // The 129th "{" is the first too deep: "{a" per level, so it is at column 2 * 128 + 1.
        AssertSyntaxError(text, "Document nesting exceeds the maximum depth of 128 (ParserOptions.MaxDepth). Parsing aborted.", 1, 257);
    }

    [Fact]
    public void Deeply_nested_list_values_are_a_syntax_error()
    {
        string text = "{ a(x: " + new string('[', HostileDepth) + new string(']', HostileDepth) + ") }";

        // The selection set is level 1, so the 128th "[" (column 8 + 127) is the first too deep.
        AssertSyntaxError(text, "Document nesting exceeds the maximum depth of 128 (ParserOptions.MaxDepth). Parsing aborted.", 1, 135);
    }

    [Fact]
    public void Deeply_nested_object_values_are_a_syntax_error()
    {
        string text = "{ a(x: " + string.Concat(Enumerable.Repeat("{a:", HostileDepth)) + "1" + new string('}', HostileDepth) + ") }";

        AssertSyntaxError(text, "Document nesting exceeds the maximum depth of 128 (ParserOptions.MaxDepth). Parsing aborted.", 1, 8 + (127 * 3));
    }

    [Fact]
    public void Deeply_nested_list_types_are_a_syntax_error()
    {
        string text = "query Q($v: " + new string('[', HostileDepth) + "Int" + new string(']', HostileDepth) + ") { a }";

        AssertSyntaxError(text, "Document nesting exceeds the maximum depth of 128 (ParserOptions.MaxDepth). Parsing aborted.", 1, 13 + 128);
    }

    [Fact]
    public void Deep_nesting_is_limited_for_schemas_too()
    {
        string text = "type T { f(a: [Int] = " + new string('[', HostileDepth) + new string(']', HostileDepth) + "): Int }";

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text, ParserOptions.ForSchema)).Error;

        Assert.Contains("maximum depth of 128", error.Message);
    }

    [Fact]
    public void Values_and_types_parsed_alone_are_depth_limited()
    {
        AssertSyntaxError(
            () => Parser.ParseValue(new string('[', HostileDepth)),
            "Document nesting exceeds the maximum depth of 128 (ParserOptions.MaxDepth). Parsing aborted.",
            1,
            129);
        AssertSyntaxError(
            () => Parser.ParseType(new string('[', HostileDepth) + "Int" + new string(']', HostileDepth)),
            "Document nesting exceeds the maximum depth of 128 (ParserOptions.MaxDepth). Parsing aborted.",
            1,
            129);
    }

    [Fact]
    public void Nesting_up_to_the_limit_parses()
    {
        var options = new ParserOptions { MaxDepth = 5 };

        var document = Parser.Parse("{ a(x: [[{b: [1]}]]) }", options);
        AssertSyntaxError("{ a(x: [[{b: [[1]]}]]) }", "Document nesting exceeds the maximum depth of 5 (ParserOptions.MaxDepth). Parsing aborted.", 1, 15, options);

        var argument = ((FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0]).Arguments[0];
        Assert.IsType<ListValueNode>(argument.Value);
    }

    [Fact]
    public void Depth_is_released_when_a_nested_level_closes()
    {
        var options = new ParserOptions { MaxDepth = 2 };

        // Many sibling levels, each at depth 2: only nesting counts, not the number of levels.
        var document = Parser.Parse("{ a { b } c { d } e(x: [1], y: {z: 2}) }", options);

        Assert.Equal(3, ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections.Count);
    }

    [Fact]
    public void A_stack_probe_backs_up_a_very_high_depth_limit()
    {
        string text = string.Concat(Enumerable.Repeat("{a", 1_000_000)) + new string('}', 1_000_000);
        var unlimited = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue, MaxDocumentBytes = int.MaxValue };

        // Run on a thread with a small stack so that the probe, not the depth limit, ends the parse.
        Exception? caught = null;
        var thread = new Thread(() => caught = Record.Exception(() => Parser.Parse(text, unlimited)), 256 * 1024);
        thread.Start();
        thread.Join();

        var error = Assert.IsType<GraphQLSyntaxException>(caught).Error;
        Assert.Equal("Syntax Error: Document is nested too deeply for the available stack. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Too_many_tokens_is_a_syntax_error_at_the_first_token_over_the_limit()
    {
        var options = new ParserOptions { MaxTokens = 5 };

        Assert.Single(Parser.Parse("{ a b c }", options).Definitions);
        AssertSyntaxError("{ a b c d }", "Document contains more than 5 tokens (ParserOptions.MaxTokens). Parsing aborted.", 1, 11, options);
    }

    [Fact]
    public void The_default_token_limit_applies_to_requests()
    {
        string text = "{" + string.Concat(Enumerable.Repeat(" a", 14_998)) + " }";
        Assert.Single(Parser.Parse(text).Definitions);

        string tooMany = "{" + string.Concat(Enumerable.Repeat(" a", 14_999)) + " }";
        AssertSyntaxError(tooMany, "Document contains more than 15000 tokens (ParserOptions.MaxTokens). Parsing aborted.", 1, tooMany.Length);
        Assert.Single(Parser.Parse(tooMany, ParserOptions.ForSchema).Definitions);
    }

    [Fact]
    public void Ignored_tokens_do_not_count_as_tokens()
    {
        var options = new ParserOptions { MaxTokens = 3 };

        Assert.Single(Parser.Parse("\uFEFF # comment\n{ ,,, a \t\r\n }", options).Definitions);
    }

    [Fact]
    public void Too_large_a_document_is_a_syntax_error_at_the_limit()
    {
        var options = new ParserOptions { MaxDocumentBytes = 10 };

        Assert.Single(Parser.Parse("{ abcdef }", options).Definitions);
        AssertSyntaxError("{ abcdefg }", "Document is larger than 10 bytes (ParserOptions.MaxDocumentBytes). Parsing aborted.", 1, 11, options);
        AssertSyntaxError("{\n  é\n  abcdefg }", "Document is larger than 10 bytes (ParserOptions.MaxDocumentBytes). Parsing aborted.", 3, 4, options);
        AssertSyntaxError(
            () => Parser.Parse(new Source(Encoding.UTF8.GetBytes("{ abcdefg }")), options),
            "Document is larger than 10 bytes (ParserOptions.MaxDocumentBytes). Parsing aborted.",
            1,
            11);
    }

    [Fact]
    public void The_default_size_limit_is_one_mebibyte()
    {
        string text = "{ a }" + new string(' ', (1024 * 1024) - 5);
        Assert.Single(Parser.Parse(text).Definitions);

        AssertSyntaxError(text + " ", "Document is larger than 1048576 bytes (ParserOptions.MaxDocumentBytes). Parsing aborted.", 1, 1024 * 1024 + 1);
        AssertSyntaxError(
            text + new string('x', 10 * 1024 * 1024),
            "Document is larger than 1048576 bytes (ParserOptions.MaxDocumentBytes). Parsing aborted.",
            1,
            1024 * 1024 + 1);
    }

    [Fact]
    public void Limits_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDepth = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxTokens = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDocumentBytes = 0 });
    }

    [Fact]
    public void Schema_options_allow_large_documents_but_keep_the_depth_limit()
    {
        Assert.True(ParserOptions.ForSchema.MaxDocumentBytes > ParserOptions.Default.MaxDocumentBytes);
        Assert.True(ParserOptions.ForSchema.MaxTokens > ParserOptions.Default.MaxTokens);
        Assert.Equal(128, ParserOptions.ForSchema.MaxDepth);
        Assert.Equal((1024 * 1024, 15_000, 128), (ParserOptions.Default.MaxDocumentBytes, ParserOptions.Default.MaxTokens, ParserOptions.Default.MaxDepth));
    }
}
