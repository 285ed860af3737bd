using GraphApi.Features.GraphQL;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;

namespace GraphApi.Features.Paging;

/// <summary>
/// The Relay pagination arguments of a connection field, checked: a page of <see cref="Size"/> rows after
/// <see cref="After"/> and before <see cref="Before"/> (key values decoded from cursors), read forward
/// (<c>first</c>) or backward (<c>last</c>).
/// </summary>
public sealed record PageRequest(int Size, bool Backward, object[]? After, object[]? Before)
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public const int DefaultSize = 20;

    /// <summary>
    /// The largest page: 100 rows. It bounds what one request can make the database read per connection (and,
    /// for a nested connection, per parent); the schema's descriptions state it.
    /// </summary>
    public const int MaxSize = 100;

    /// <summary>The request in a few characters, to tell apart DataLoaders of pages (e.g. <c>first=5</c>).</summary>
    public string Key =>
        (Backward ? "last=" : "first=") + Size.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (After is null ? "" : ";after=" + Cursor.Encode("", After))
        + (Before is null ? "" : ";before=" + Cursor.Encode("", Before));

    /// <summary>
    /// Reads <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c> for a list in <paramref name="order"/>.
    /// A size outside 0..<see cref="MaxSize"/>, both <c>first</c> and <c>last</c>, or a cursor that is not one of
    /// this order's is a BAD_USER_INPUT field error.
    /// </summary>
    public static PageRequest From<T>(IResolverContext context, KeysetOrder<T> order)
    {
        var first = context.Argument<int?>("first");
        var last = context.Argument<int?>("last");
        if (first is not null && last is not null)
        {
            throw BadInput(context, "Pass either \"first\" or \"last\", not both");
        }

        CheckSize(context, "first", first);
        CheckSize(context, "last", last);
        var keyTypes = order.Keys.Select(k => k.KeyType).ToArray();
        return new PageRequest(
            first ?? last ?? DefaultSize,
            last is not null,
            ReadCursor(context, "after", order.Name, keyTypes),
            ReadCursor(context, "before", order.Name, keyTypes));
    }

    private static void CheckSize(IResolverContext context, string argument, int? size)
    {
        if (size is < 0 or > MaxSize)
        {
            throw BadInput(context, $"Argument \"{argument}\" must be between 0 and {MaxSize}, but got {size}");
        }
    }

    private static object[]? ReadCursor(IResolverContext context, string argument, string orderName, Type[] keyTypes)
    {
        var cursor = context.Argument<string?>(argument);
        if (cursor is null)
        {
            return null;
        }

        return Cursor.Decode(cursor, orderName, keyTypes)
            ?? throw BadInput(context, $"Argument \"{argument}\" is not a cursor of this list in this order: \"{cursor}\"");
    }

    private static FieldErrorException BadInput(IResolverContext context, string problem) =>
        new($"{problem} (field \"{context.ParentType.Name}.{context.Field.Name}\").", ShopErrorCodes.BadUserInput);
}
