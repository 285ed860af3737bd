using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Types;

/// <summary>
/// NameMap finds elements by a scan by reference in small maps and by a dictionary otherwise; both must give
/// the same answers whatever string instance the name comes as.
/// </summary>
public class NameMapTests
{
    private sealed record Element(string Name, int Order) : INamedElement;

    // A name equal to the given one but a different string instance, as a name not shared through the parser's cache.
    private static string Copy(string name) => new(name.AsSpan());

    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(100)]
    public void Finds_every_element_by_the_same_or_an_equal_name(int count)
    {
        var elements = Enumerable.Range(0, count).Select(i => new Element("field" + i, i)).ToArray();
        var map = new NameMap<Element>(elements);

        foreach (var element in elements)
        {
            Assert.Same(element, map[element.Name]);
            Assert.Same(element, map[Copy(element.Name)]);
            Assert.True(map.TryGetValue(Copy(element.Name), out var found));
            Assert.Same(element, found);
            Assert.True(map.Contains(element.Name));
        }

        Assert.Null(map["missing"]);
        Assert.False(map.TryGetValue("field", out _));
        Assert.False(map.Contains("Field0"));
    }

    [Fact]
    public void Of_duplicate_names_the_first_wins_whichever_instance_is_looked_up()
    {
        string name = "dup";
        string equal = Copy(name);
        var first = new Element(name, 0);
        var second = new Element(equal, 1);
        var map = new NameMap<Element>([first, new Element("other", 2), second]);

        Assert.Same(first, map[name]);
        Assert.Same(first, map[equal]);
        Assert.Equal(3, map.Count);
        Assert.Same(second, map[2]);
    }
}
