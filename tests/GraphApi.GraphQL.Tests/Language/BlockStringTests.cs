using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Tests.Language;

/// <summary>BlockStringValue() (spec §2.9.4), on the raw text between the triple quotes.</summary>
public class BlockStringTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("single line", "single line")]
    [InlineData("  first line keeps its indent", "  first line keeps its indent")]
    [InlineData("\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\n\n  \n  leading and trailing blank lines go\n \t \n\n", "leading and trailing blank lines go")]
    [InlineData("first\n    second\n  third", "first\n  second\nthird")]
    [InlineData("\n\tTabs\n\t\tcount as whitespace", "Tabs\n\tcount as whitespace")]
    [InlineData("\n  a\n\n  b", "a\n\nb")]
    [InlineData("\n    a\n  \n    b", "a\n\nb")]
    [InlineData("\n  a\n      \n  b", "a\n    \nb")]
    [InlineData("a\r\n  b\r  c\n  d", "a\nb\nc\nd")]
    [InlineData("   \n  \t ", "")]
    [InlineData("\n  only one", "only one")]
    [InlineData("\n   x\n  y\n    z", " x\ny\n  z")]
    public void Removes_common_indentation_and_blank_edge_lines(string raw, string expected) =>
        Assert.Equal(expected, BlockString.Dedent(raw));

    [Fact]
    public void Whitespace_only_lines_do_not_set_the_common_indentation() =>
        Assert.Equal("a\n\nb", BlockString.Dedent("\n    a\n \n    b"));

    [Fact]
    public void Handles_texts_longer_than_the_stack_buffer()
    {
        string line = new('x', 300);

        Assert.Equal(line + "\n" + line, BlockString.Dedent("\n      " + line + "\n      " + line + "\n"));
    }
}
