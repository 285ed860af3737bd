using System.Text;
using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Tests.Language;

/// <summary>The parser's name cache: right strings for every length, shared instances for repeats.</summary>
public class NameCacheTests
{
    [Fact]
    public void Returns_the_name_for_every_length_and_shares_short_ones()
    {
        for (int length = 1; length <= 40; length++)
        {
            string name = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));
            byte[] bytes = Encoding.ASCII.GetBytes(name);

            string first = NameCache.Get(bytes);
            string second = NameCache.Get(bytes);

            Assert.Equal(name, first);
            Assert.Equal(name, second);
            if (length <= 32)
            {
                Assert.Same(first, second);
            }
        }
    }

    [Fact]
    public void Names_that_differ_only_in_the_middle_or_in_length_are_told_apart()
    {
        // The hash reads the length and the first and last bytes only, so these share a slot or nearly so.
        string[] names = ["abcdefgh_1_abcdefgh", "abcdefgh_2_abcdefgh", "abcdefghabcdefgh", "ab", "aab", "abb", "aaab", "abab"];

        foreach (string name in names.Concat(names))
        {
            Assert.Equal(name, NameCache.Get(Encoding.ASCII.GetBytes(name)));
        }
    }
}
