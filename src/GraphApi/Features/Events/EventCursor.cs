using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace GraphApi.Features.Events;

/// <summary>
/// The <c>cursor</c> of an event: opaque to clients (base64url of <c>event:</c> and the outbox id), so that the
/// id can change shape without breaking them.
/// </summary>
public static class EventCursor
{
    private const string Prefix = "event:";

    public static string Encode(long id) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + id.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The outbox id in <paramref name="cursor"/>; false when it is not a cursor of an event.</summary>
    public static bool TryDecode(string cursor, out long id)
    {
        id = 0;
        if (cursor.Length is 0 or > 64)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Base64Url.GetMaxDecodedLength(cursor.Length)];
        if (Base64Url.DecodeFromChars(cursor, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        var text = Encoding.ASCII.GetString(bytes[..written]);
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out id)
            && id > 0
            && Encode(id) == cursor;
    }
}
