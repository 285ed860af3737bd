using System.Buffers.Binary;
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
    private const int SizeBits = 12;
    private static readonly string?[] Table = new string?[1 << SizeBits];

    /// <summary>The string of an ASCII name, shared with earlier occurrences of it when possible.</summary>
    public static string Get(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxCachedLength || ascii.IsEmpty)
        {
            return Encoding.ASCII.GetString(ascii);
        }

        ref string? slot = ref Table[Hash(ascii)];
        string? cached = Volatile.Read(ref slot);
        if (cached is not null && EqualsAscii(cached, ascii))
        {
            return cached;
        }

        string value = Encoding.ASCII.GetString(ascii);
        Volatile.Write(ref slot, value);
        return value;
    }

    /// <summary>
    /// A slot index from the length and the first and last (up to) eight bytes. The name is looked up once
    /// per occurrence, so the hash must cost a few instructions, not a loop over the bytes; names that
    /// differ only in the middle of a long name just share a slot.
    /// </summary>
    private static int Hash(ReadOnlySpan<byte> name)
    {
        ulong head;
        ulong tail;
        if (name.Length >= 8)
        {
            head = BinaryPrimitives.ReadUInt64LittleEndian(name);
            tail = BinaryPrimitives.ReadUInt64LittleEndian(name[^8..]);
        }
        else if (name.Length >= 4)
        {
            head = BinaryPrimitives.ReadUInt32LittleEndian(name);
            tail = BinaryPrimitives.ReadUInt32LittleEndian(name[^4..]);
        }
        else
        {
            head = name[0];
            tail = ((ulong)name[^1] << 8) | name[name.Length / 2];
        }

        ulong mixed = ((head * 0x9E3779B97F4A7C15UL) ^ (tail + (ulong)name.Length)) * 0xC2B2AE3D27D4EB4FUL;
        return (int)(mixed >> (64 - SizeBits));
    }

    private static bool EqualsAscii(string cached, ReadOnlySpan<byte> ascii)
    {
        if (cached.Length != ascii.Length)
        {
            return false;
        }

        for (int i = 0; i < ascii.Length; i++)
        {
            if (cached[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }
}
