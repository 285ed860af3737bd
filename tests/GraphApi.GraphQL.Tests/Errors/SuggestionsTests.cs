using GraphApi.GraphQL.Errors;

namespace GraphApi.GraphQL.Tests.Errors;

public class SuggestionsTests
{
    [Fact]
    public void Keeps_close_names_closest_first_as_graphql_js_ranks_them()
    {
        // graphql-js 17.1 suggestionList gives the same list for the same input.
        Assert.Equal(
            ["Color", "color", "coal", "colour", "cool"],
            Suggestions.For("colr", ["color", "Color", "colour", "cool", "unrelated", "coal"]));
    }

    [Fact]
    public void Orders_ties_with_numbers_by_value()
    {
        Assert.Equal(["f2", "f10"], Suggestions.For("f1", ["f10", "f2"]));
    }

    [Fact]
    public void Did_you_mean_lists_at_most_five_names_as_an_english_enumeration()
    {
        Assert.Equal("", Suggestions.DidYouMean([]));
        Assert.Equal(" Did you mean \"a\"?", Suggestions.DidYouMean(["a"]));
        Assert.Equal(" Did you mean to try \"a\" or \"b\"?", Suggestions.DidYouMean(["a", "b"], "to try"));
        Assert.Equal(" Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?", Suggestions.DidYouMean(["a", "b", "c", "d", "e", "f"]));
    }
}
