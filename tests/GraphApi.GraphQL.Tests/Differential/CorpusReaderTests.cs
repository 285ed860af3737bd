namespace GraphApi.GraphQL.Tests.Differential;

public sealed class CorpusReaderTests
{
    [Fact]
    public void Documents_run_to_the_next_case_line_without_trailing_blank_lines()
    {
        var cases = CorpusReader.ReadFile("f.graphql", "# header comment\n\n#### case: one\n{ a }\n# inside\n\n\n#### case: two\n{\n  b\n}\n\n");

        Assert.Equal(["one", "two"], cases.Select(c => c.Name));
        Assert.Equal("{ a }\n# inside", cases[0].Text);
        Assert.Equal("{\n  b\n}", cases[1].Text);
        Assert.Equal("f.graphql: one", cases[0].Id);
        Assert.Equal(CorpusReader.HarnessSchemaName, cases[0].SchemaName);
    }

    [Fact]
    public void The_files_own_line_breaks_do_not_matter()
    {
        var cases = CorpusReader.ReadFile("f.graphql", "#### case: one\r\n{\r\n  a\r\n}\r\n");

        Assert.Equal("{\n  a\n}", Assert.Single(cases).Text);
    }

    [Fact]
    public void Options_set_line_breaks_escapes_bom_and_schema()
    {
        var cases = CorpusReader.ReadFile(
            "f.graphql",
            "#### case: crlf [crlf]\na\nb\n#### case: cr [cr bom]\na\nb\n#### case: chars [chars crlf]\na<U+0007><U+000A>b\n<U+1F600>\n#### case: other schema [schema=query-only]\n{ a }\n");

        Assert.Equal("a\r\nb", cases[0].Text);
        Assert.Equal("\uFEFFa\rb", cases[1].Text);
        Assert.Equal("a\u0007\nb\r\n\U0001F600", cases[2].Text);
        Assert.Equal("query-only", cases[3].SchemaName);
        Assert.Equal("other schema", cases[3].Name);
    }

    [Theory]
    [InlineData("#### case: a\n{ a }\n#### case: a\n{ b }\n", "used twice")]
    [InlineData("#### case: a [gzip]\n{ a }\n", "unknown option \"gzip\"")]
    [InlineData("#### case: a [cr crlf]\n{ a }\n", "line break twice")]
    [InlineData("#### case: a [schema=]\n{ a }\n", "unknown option \"schema=\"")]
    [InlineData("#### case: \n{ a }\n", "malformed case line")]
    public void Malformed_files_are_rejected(string content, string expected)
    {
        var error = Assert.Throws<FormatException>(() => CorpusReader.ReadFile("f.graphql", content));

        Assert.Contains(expected, error.Message);
    }
}
