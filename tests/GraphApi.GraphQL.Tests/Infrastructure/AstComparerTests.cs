using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Tests.Infrastructure;

public class AstComparerTests
{
    [Fact]
    public void Trees_that_differ_only_in_layout_and_locations_are_equal()
    {
        var compact = Parser.Parse("query Q($a:Int=1){f(x:$a){g}}");
        var spread = Parser.Parse("\n\n  query Q (\n  $a : Int = 1\n) {\n  f(x: $a) , { g } }");

        Assert.Null(AstComparer.FindDifference(compact, spread));
    }

    [Theory]
    [InlineData("{ a }", "{ b }", "Document.Definitions[0].SelectionSet.Selections[0].Name.Value: expected \"a\" but was \"b\"")]
    [InlineData("{ a b }", "{ a }", "Document.Definitions[0].SelectionSet.Selections: expected 2 items but was 1")]
    [InlineData("{ a }", "{ ...a }", "Document.Definitions[0].SelectionSet.Selections[0]: expected FieldNode but was FragmentSpreadNode")]
    [InlineData("{ a }", "{ x: a }", "Document.Definitions[0].SelectionSet.Selections[0].Alias: expected null but was Name")]
    [InlineData("{ a(s: \"v\") }", "{ a(s: \"\"\"v\"\"\") }", "Document.Definitions[0].SelectionSet.Selections[0].Arguments[0].Value.Block: expected False but was True")]
    [InlineData("type T { f: Int }", "extend type T { f: Int }", "Document.Definitions[0]: expected ObjectTypeDefinitionNode but was ObjectTypeExtensionNode")]
    public void The_first_difference_is_reported_with_its_path(string expected, string actual, string difference)
    {
        Assert.Equal(difference, AstComparer.FindDifference(Parser.Parse(expected), Parser.Parse(actual)));
    }
}
