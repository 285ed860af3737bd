using System.Buffers;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// The bytes of one incoming WebSocket message, in an array from the pool that grows up to one byte past
/// the limit. The rest of a longer message is still read (the socket must be drained to its close frame)
/// but not kept: <see cref="IsTooBig"/> says so.
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

    /// <summary>Where the next frame goes: after what was read, or over the array's start once past the limit.</summary>
    public Memory<byte> FreeSpace()
    {
        if (_count >= _capacityLimit)
        {
            return _array;
        }

        if (_count == _array.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_array.Length * 2, _capacityLimit));
            _array.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = larger;
        }

        return _array.AsMemory(_count, Math.Min(_array.Length, _capacityLimit) - _count);
    }

    public void Advance(int count)
    {
        if (_count < _capacityLimit)
        {
            _count += count;
        }
    }

    public void Dispose()
    {
        var array = _array;
        _array = [];
        ArrayPool<byte>.Shared.Return(array);
    }
}
