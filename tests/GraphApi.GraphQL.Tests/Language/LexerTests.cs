using System.Text;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Tests.Language;

/// <summary>
/// The lexer on its own (spec §2.1). Expected error messages and locations were checked against
/// graphql-js 17.1.0.
/// </summary>
public class LexerTests
{
    [Fact]
    public void Reads_every_punctuator()
    {
        var tokens = Lex("! $ & ( ) ... : = @ [ ] { | }");

        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
                TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL,
                TokenKind.Pipe, TokenKind.BraceR,
            ],
            tokens.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("name", "Name")]
    [InlineData("_under_score9", "Name")]
    [InlineData("__typename", "Name")]
    [InlineData("0", "Int")]
    [InlineData("-0", "Int")]
    [InlineData("1234567890", "Int")]
    [InlineData("-42", "Int")]
    [InlineData("0.0", "Float")]
    [InlineData("-1.25", "Float")]
    [InlineData("1e10", "Float")]
    [InlineData("1E+10", "Float")]
    [InlineData("6.0221e-23", "Float")]
    [InlineData("\"string\"", "String")]
    [InlineData("\"\"", "String")]
    [InlineData("\"\"\"block\"\"\"", "BlockString")]
    [InlineData("\"\"\"\"\"\"", "BlockString")]
    public void Reads_a_single_token_with_its_exact_range(string text, string kind)
    {
        var token = Assert.Single(Lex(text));

        Assert.Equal(kind, token.Kind.ToString());
        Assert.Equal(text, token.Text);
    }

    [Fact]
    public void Skips_whitespace_line_terminators_commas_comments_and_byte_order_marks()
    {
        var tokens = Lex("\uFEFF \t,a,,\r\n# comment { not a token\r#another\nb\uFEFFc # trailing");

        Assert.Equal(["a", "b", "c"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Token_ranges_are_utf8_byte_offsets()
    {
        var source = new Source("\"é\" x");
        var lexer = new Lexer(source);
        var str = lexer.Advance();
        var name = lexer.Advance();

        Assert.Equal((0, 4), (str.Start, str.End)); // é is two bytes
        Assert.Equal((5, 6), (name.Start, name.End));
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }

    [Fact]
    public void Lookahead_does_not_move()
    {
        var lexer = new Lexer(new Source("a b"));
        lexer.Advance();

        var next = lexer.Lookahead();

        Assert.Equal(2, next.Start);
        Assert.Equal(0, lexer.Token.Start);
    }

    [Fact]
    public void A_name_ends_where_a_name_character_ends()
    {
        Assert.Equal(["a", "...", "b"], Lex("a...b").Select(t => t.Text));
        Assert.Equal(["a", "-1"], Lex("a-1").Select(t => t.Text));
    }

    [Fact]
    public void Empty_string_followed_by_a_quote_is_a_block_string()
    {
        Assert.Equal([TokenKind.BlockString], Lex("\"\"\"\"\"\"").Select(t => t.Kind));
        Assert.Equal([TokenKind.String, TokenKind.String], Lex("\"\" \"\"").Select(t => t.Kind));
    }

    [Fact]
    public void Strings_may_hold_control_characters_and_non_ascii_text()
    {
        // Spec §2.1 SourceCharacter is any Unicode scalar value; graphql-js 17 accepts these too.
        Assert.Equal(TokenKind.String, Assert.Single(Lex("\"\u0001\u0000\u007F é 😀 \uFEFF\"")).Kind);
        Assert.Equal(TokenKind.BlockString, Assert.Single(Lex("\"\"\"\u0001 é 😀\"\"\"")).Kind);
    }

    [Fact]
    public void Block_string_keeps_escaped_triple_quotes_inside()
    {
        var token = Assert.Single(Lex("\"\"\"a \\\"\"\" b\"\"\""));

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.True(token.HasEscapes);
    }

    [Theory]
    // Numbers (spec §2.9.1, §2.9.2 and their lookahead restrictions)
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 1, 3)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.e5", "Invalid number, expected digit but got: \"e\".", 1, 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1e+", "Invalid number, expected digit but got: <EOF>.", 1, 4)]
    [InlineData(".5", "Invalid number, expected digit before \".\", did you mean \"0.5\"?", 1, 1)]
    [InlineData("-.5", "Invalid number, expected digit but got: \".\".", 1, 2)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("0x1", "Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 1, 4)]
    [InlineData("1_000", "Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("1e5e5", "Invalid number, expected digit but got: \"e\".", 1, 4)]
    [InlineData("1..", "Invalid number, expected digit but got: \".\".", 1, 3)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 1, 2)]
    [InlineData("-a", "Invalid number, expected digit but got: \"a\".", 1, 2)]
    // Punctuators and characters
    [InlineData("..", "Unexpected \"..\", did you mean \"...\"?", 1, 1)]
    [InlineData("a . b", "Unexpected character: \".\".", 1, 3)]
    [InlineData("?", "Unexpected character: \"?\".", 1, 1)]
    [InlineData("'x'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("a\u0001", "Unexpected character: U+0001.", 1, 2)]
    [InlineData("a\u0000", "Unexpected character: U+0000.", 1, 2)]
    [InlineData("a\u007F", "Unexpected character: U+007F.", 1, 2)]
    [InlineData("é", "Unexpected character: U+00E9.", 1, 1)]
    [InlineData("\u00A0", "Unexpected character: U+00A0.", 1, 1)]
    [InlineData("😀 x", "Unexpected character: U+1F600.", 1, 1)]
    [InlineData("x 😀 é", "Unexpected character: U+1F600.", 1, 3)]
    // Strings
    [InlineData("\"abc", "Unterminated string.", 1, 5)]
    [InlineData("\"abc\ndef\"", "Unterminated string.", 1, 5)]
    [InlineData("\"abc\rdef\"", "Unterminated string.", 1, 5)]
    [InlineData("\"\\\"", "Unterminated string.", 1, 4)]
    [InlineData("\"\"\"abc\n\n", "Unterminated string.", 3, 1)]
    [InlineData("\"\"\"abc \\\"\"\"", "Unterminated string.", 1, 12)]
    [InlineData("\"\\q\"", "Invalid character escape sequence: \"\\q\".", 1, 2)]
    [InlineData("\"\\é\"", "Invalid character escape sequence: \"\\é\".", 1, 2)]
    [InlineData("\"\\", "Invalid character escape sequence: \"\\\".", 1, 2)]
    [InlineData("\"\\u12 e\"", "Invalid Unicode escape sequence: \"\\u12 e\".", 1, 2)]
    [InlineData("\"\\uZZZZ\"", "Invalid Unicode escape sequence: \"\\uZZZZ\".", 1, 2)]
    [InlineData("\"\\u{}\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 2)]
    [InlineData("\"\\u{zz}\"", "Invalid Unicode escape sequence: \"\\u{z\".", 1, 2)]
    [InlineData("\"\\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 2)]
    [InlineData("\"\\u{D800}\"", "Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 2)]
    [InlineData("\"\\u{1F600 \"", "Invalid Unicode escape sequence: \"\\u{1F600 \".", 1, 2)]
    [InlineData("\"\\u{123456789}\"", "Invalid Unicode escape sequence: \"\\u{123456789\".", 1, 2)]
    [InlineData("\"\\u{7FFFFFFF}\"", "Invalid Unicode escape sequence: \"\\u{7FFFFFFF}\".", 1, 2)]
    [InlineData("\"\\u{FFFFFFFF}\"", "Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 2)]
    [InlineData("\"\\uD800\"", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 2)]
    [InlineData("\"\\uDEAD\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 2)]
    [InlineData("\"\\uD83D\\u0041\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\uD83D\\uD83D\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"ok\\n\" \"\\x\"", "Invalid character escape sequence: \"\\x\".", 1, 9)]
    public void Reports_each_lexical_error_where_graphql_js_does(string text, string message, int line, int column)
    {
        var error = LexError(text);

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations));
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
    }

    [Theory]
    [InlineData("{ a }%", 0xD800, "Invalid character: U+D800.", 1, 6)]
    [InlineData("%{ a }", 0xD83D, "Invalid character: U+D83D.", 1, 1)]
    [InlineData("# % comment\n{ a }", 0xD800, "Invalid character: U+D800.", 1, 3)]
    [InlineData("{ a(x: \"%\") }", 0xD800, "Invalid character within String: U+D800.", 1, 9)]
    [InlineData("{ a(x: \"😀%\") }", 0xD800, "Invalid character within String: U+D800.", 1, 11)]
    [InlineData("{ a(x: \"\"\"%\"\"\") }", 0xDC00, "Invalid character within String: U+DC00.", 1, 11)]
    public void Unpaired_surrogates_in_a_string_document_are_reported_where_they_are(string template, int surrogate, string message, int line, int column)
    {
        // The surrogate goes in here: test data with one would not survive xunit's serialisation.
        // Parser.Parse(string) keeps it (instead of replacing it with U+FFFD) so that the document is
        // rejected as graphql-js rejects it.
        string text = template.Replace("%", ((char)surrogate).ToString());

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text)).Error;

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations));
    }

    [Theory]
    [InlineData(new byte[] { (byte)'{', 0xFF }, "Invalid character: malformed UTF-8 (byte 0xFF).", 2)]
    [InlineData(new byte[] { (byte)'{', 0xC3 }, "Invalid character: malformed UTF-8 (byte 0xC3).", 2)]
    [InlineData(new byte[] { 0xC0, 0xAF }, "Invalid character: malformed UTF-8 (byte 0xC0).", 1)]
    [InlineData(new byte[] { (byte)'"', 0x80, (byte)'"' }, "Invalid character within String: malformed UTF-8 (byte 0x80).", 2)]
    [InlineData(new byte[] { (byte)'"', (byte)'"', (byte)'"', 0xE2, 0x82, (byte)'"', (byte)'"', (byte)'"' }, "Invalid character within String: malformed UTF-8 (byte 0xE2).", 4)]
    [InlineData(new byte[] { (byte)'#', 0xF8, (byte)'\n' }, "Invalid character: malformed UTF-8 (byte 0xF8).", 2)]
    [InlineData(new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' }, "Invalid character within String: U+D800.", 2)]
    public void Invalid_utf8_is_a_syntax_error(byte[] bytes, string message, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(new Source(bytes))).Error;

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(1, column), Assert.Single(error.Locations));
    }

    [Fact]
    public void Schema_coordinate_mode_reads_dots_and_no_ignored_tokens()
    {
        var lexer = new Lexer(new Source("@a(b:)T.f"), schemaCoordinate: true);
        var kinds = new List<TokenKind>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
        {
            kinds.Add(token.Kind);
        }

        Assert.Equal(
            [TokenKind.At, TokenKind.Name, TokenKind.ParenL, TokenKind.Name, TokenKind.Colon, TokenKind.ParenR, TokenKind.Name, TokenKind.Dot, TokenKind.Name],
            kinds);
    }

    [Fact]
    public void Lexing_allocates_nothing()
    {
        var source = new Source(
            "\uFEFF# comment é\r\nquery Q($v: [Int!] = [1, -2.5e3]) { a(s: \"esc \\n \\u{1F600} 😀\", b: \"\"\"\n  block \\\"\"\"\n\"\"\") ...F }");
        Assert.Equal(29, CountTokens(source)); // also warms up: JIT and static initialisation allocate

        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = CountTokens(source);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(29, count);
        Assert.Equal(0, allocated);
    }

    private static int CountTokens(Source source)
    {
        var lexer = new Lexer(source);
        int count = 0;
        while (lexer.Advance().Kind != TokenKind.EndOfFile)
        {
            count++;
        }

        return count;
    }

    private static List<LexedToken> Lex(string text)
    {
        var source = new Source(text);
        var lexer = new Lexer(source);
        var tokens = new List<LexedToken>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
        {
            tokens.Add(new LexedToken(token.Kind, Encoding.UTF8.GetString(source.Body.Span[token.Start..token.End]), token.HasEscapes));
        }

        return tokens;
    }

    private static GraphQLError LexError(string text) => Assert.Throws<GraphQLSyntaxException>(() => Lex(text)).Error;

    private sealed record LexedToken(TokenKind Kind, string Text, bool HasEscapes);
}
