using System.Buffers;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// The bytes of one incoming WebSocket message, in an array from the pool that grows up to one byte past
/// the limit: reading stops there, and <see cref="IsTooBig"/> says the message is refused.
/// </summary>
internal sealed class MessageBuffer(int maxBytes) : IDisposable
{
    private const int InitialBytes = 4096;

    private readonly int _capacityLimit = maxBytes + 1;
    private byte[] _array = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBytes, maxBytes + 1));
    private int _count;

    public bool IsTooBig => _count > maxBytes;

    public ReadOnlyMemory<byte> Content => _array.AsMemory(0, _count);

    public void Clear() => _count = 0;

    /// <summary>Where the next frame goes: after what was read, at most up to one byte past the limit.</summary>
    public Memory<byte> FreeSpace()
    {
        if (_count == _array.Length && _array.Length < _capacityLimit)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_array.Length * 2, _capacityLimit));
            _array.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = larger;
        }

        return _array.AsMemory(_count, Math.Min(_array.Length, _capacityLimit) - _count);
    }

    public void Advance(int count) => _count += count;

    public void Dispose()
    {
        var array = _array;
        _array = [];
        ArrayPool<byte>.Shared.Return(array);
    }
}
