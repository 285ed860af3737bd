using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>Result maps of one selection set share its keys; a map that adds a key of its own copies them first.</summary>
public class ResultMapTests
{
    [Fact]
    public void Adding_a_key_to_a_map_of_shared_keys_leaves_the_other_maps_of_those_keys_unchanged()
    {
        var keys = ResponseKeys.Shared(["a", "b"]);
        var first = new ResultMap(keys);
        var second = new ResultMap(keys);
        first.AddValue(1);
        second.AddValue(10);
        second.AddValue(20);

        first.Add("c", 3);

        Assert.Equal([new("a", 1), new("c", 3)], first.ToArray());
        Assert.Null(first.EncodedKeys);
        Assert.Equal([new("a", 10), new("b", 20)], second.ToArray());
        Assert.Equal(["a", "b"], keys.Names);
    }

    [Fact]
    public void A_map_grows_as_keys_are_added()
    {
        var map = new ResultMap(1);
        for (int i = 0; i < 10; i++)
        {
            map.Add("k" + i, i);
        }

        Assert.Equal(10, map.Count);
        Assert.Equal(9, map["k9"]);
        Assert.True(map.ContainsKey("k0"));
        Assert.False(map.ContainsKey("k10"));
        Assert.Throws<KeyNotFoundException>(() => map["k10"]);
    }
}
