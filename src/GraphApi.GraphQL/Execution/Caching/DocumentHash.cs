using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace GraphApi.GraphQL.Execution.Caching;

/// <summary>The SHA-256 of a document's UTF-8 text: the key of cached documents and plans.</summary>
internal readonly record struct DocumentHash(ulong A, ulong B, ulong C, ulong D)
{
    private const int StackLimit = 1024;

    public static DocumentHash Compute(string text)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        Span<byte> buffer = maxBytes <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer[..length], hash);
            return new DocumentHash(
                BinaryPrimitives.ReadUInt64BigEndian(hash),
                BinaryPrimitives.ReadUInt64BigEndian(hash[8..]),
                BinaryPrimitives.ReadUInt64BigEndian(hash[16..]),
                BinaryPrimitives.ReadUInt64BigEndian(hash[24..]));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Lower-case hex, as automatic persisted queries write a document's SHA-256.</summary>
    public override string ToString() => $"{A:x16}{B:x16}{C:x16}{D:x16}";
}
