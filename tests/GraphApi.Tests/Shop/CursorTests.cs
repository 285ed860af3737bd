using System.Text;
using GraphApi.Features.Paging;

namespace GraphApi.Tests.Shop;

/// <summary>Opaque cursors: what one order writes it reads back, and nothing else.</summary>
public sealed class CursorTests
{
    private static readonly Type[] KeyTypes = [typeof(string), typeof(long), typeof(DateTime), typeof(int)];

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_cursor_reads_back_the_values_it_was_written_with()
    {
        var time = new DateTime(2025, 2, 1, 12, 0, 0, DateTimeKind.Utc);
        object[] values = ["Lamp \"deluxe\" ü", 1999L, time, 42];

        var decoded = Cursor.Decode(Cursor.Encode("MY_ORDER", values), "MY_ORDER", KeyTypes);

        Assert.Equal(values, decoded);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)decoded![2]).Kind);
    }

    [Theory]
    [InlineData("""["OTHER_ORDER","a",1,0,1]""")]
    [InlineData("""["MY_ORDER","a",1,0]""")]
    [InlineData("""["MY_ORDER",1,1,0,1]""")]
    [InlineData("""["MY_ORDER","a","1",0,1]""")]
    [InlineData("""["MY_ORDER","a",1,-1,1]""")]
    [InlineData("""["MY_ORDER","a",1,0,1.5]""")]
    [InlineData("""["MY_ORDER","a",1,0,4294967296]""")]
    [InlineData("""{"order":"MY_ORDER"}""")]
    [InlineData("""["MY_ORDER","a",1,0""")]
    public void A_cursor_of_another_order_or_shape_is_refused(string json) =>
        Assert.Null(Cursor.Decode(Base64(json), "MY_ORDER", KeyTypes));

    [Theory]
    [InlineData("")]
    [InlineData("not base64")]
    [InlineData("////")]
    public void Text_that_is_no_cursor_is_refused(string cursor) =>
        Assert.Null(Cursor.Decode(cursor, "MY_ORDER", KeyTypes));
}
