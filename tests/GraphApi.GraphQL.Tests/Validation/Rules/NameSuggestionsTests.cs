using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class NameSuggestionsTests
{
    [Theory]
    [InlineData("name", "name", 0)]
    [InlineData("name", "NAME", 1)]
    [InlineData("nmae", "name", 1)]
    [InlineData("nam", "name", 1)]
    [InlineData("names", "name", 1)]
    [InlineData("nope", "name", 2)]
    [InlineData("", "abc", 3)]
    public void Distance_counts_edits_and_adjacent_swaps_ignoring_case(string input, string candidate, int expected)
    {
        Assert.Equal(expected, NameSuggestions.Distance(input, candidate, threshold: 10));
    }

    [Fact]
    public void Distance_stops_above_the_threshold()
    {
        Assert.Equal(3, NameSuggestions.Distance("abcdef", "uvwxyz", threshold: 2));
        Assert.Equal(3, NameSuggestions.Distance("a", "abcdef", threshold: 2));
    }

    [Fact]
    public void Rank_keeps_close_names_closest_first_then_in_ordinal_order()
    {
        var ranked = NameSuggestions.Rank("colr", ["color", "Color", "colour", "cool", "unrelated", "coal"]);

        Assert.Equal(["Color", "color", "coal", "colour", "cool"], ranked);
    }

    [Fact]
    public void Did_you_mean_lists_at_most_five_names()
    {
        Assert.Equal("", NameSuggestions.DidYouMean([]));
        Assert.Equal(" Did you mean \"a\"?", NameSuggestions.DidYouMean(["a"]));
        Assert.Equal(" Did you mean to try \"a\" or \"b\"?", NameSuggestions.DidYouMean(["a", "b"], "to try"));
        Assert.Equal(" Did you mean \"a\", \"b\", \"c\", \"d\" or \"e\"?", NameSuggestions.DidYouMean(["a", "b", "c", "d", "e", "f"]));
    }
}
