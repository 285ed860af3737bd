using System.Text;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// Shares the string of a name that was seen before (<c>id</c>, <c>name</c>, <c>String</c>, ...), so that
/// the many repeats of a name in a document, and across documents, do not each allocate a string.
/// </summary>
/// <remarks>
/// A fixed-size table shared by all threads without locks: each slot holds one reference, which is read
/// and written atomically, so a race costs at most a miss. A name that collides replaces the previous one,
/// so memory stays bounded whatever names a document uses.
/// </remarks>
internal static class NameCache
{
    // Long names are rare and rarely repeated; not caching them keeps the comparison cost small.
    private const int MaxCachedLength = 32;
    private const int Size = 4096;
    private static readonly string?[] Table = new string?[Size];

    /// <summary>The string of an ASCII name, shared with earlier occurrences of it when possible.</summary>
    public static string Get(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxCachedLength)
        {
            return Encoding.ASCII.GetString(ascii);
        }

        uint hash = 2166136261;
        foreach (byte b in ascii)
        {
            hash = (hash ^ b) * 16777619;
        }

        ref string? slot = ref Table[hash & (Size - 1)];
        string? cached = Volatile.Read(ref slot);
        if (cached is not null && Ascii.Equals(ascii, cached))
        {
            return cached;
        }

        string value = Encoding.ASCII.GetString(ascii);
        Volatile.Write(ref slot, value);
        return value;
    }
}
