using BenchmarkDotNet.Attributes;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.Benchmarks;

/// <summary>
/// Lexing and parsing the three inputs. Sources are UTF-8 already, as a transport reading a request body
/// would have them; <c>Parse.*</c> includes building the whole AST. <c>ParseString.Introspection</c> starts
/// from a .NET string instead, so includes the UTF-8 encoding that graphql-js, parsing JavaScript strings,
/// never pays for.
/// </summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    [Benchmark]
    public int Lex_Introspection() => LexAll(Inputs.IntrospectionSource);

    [Benchmark]
    public int Lex_KitchenSink() => LexAll(Inputs.KitchenSinkSource);

    [Benchmark]
    public int Lex_LargeSchema() => LexAll(Inputs.LargeSchemaSource);

    [Benchmark]
    public DocumentNode Parse_Introspection() => Parser.Parse(Inputs.IntrospectionSource);

    [Benchmark]
    public DocumentNode Parse_KitchenSink() => Parser.Parse(Inputs.KitchenSinkSource);

    [Benchmark]
    public DocumentNode ParseString_Introspection() => Parser.Parse(Inputs.Introspection);

    [Benchmark]
    public DocumentNode Parse_LargeSchema() => Parser.Parse(Inputs.LargeSchemaSource, ParserOptions.ForSchema);

    private static int LexAll(Source source)
    {
        var lexer = new Lexer(source);
        int count = 0;
        while (lexer.Advance().Kind != TokenKind.EndOfFile)
        {
            count++;
        }

        return count;
    }
}
