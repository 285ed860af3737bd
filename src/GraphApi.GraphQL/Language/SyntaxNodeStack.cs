using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// The parser's scratch space for the children of the lists under construction, innermost last. Each
/// list is copied out to an array of exactly its size when complete, so one stack serves a whole parse.
/// </summary>
/// <remarks>
/// Slots are structs: storing a reference into a <c>SyntaxNode[]</c> would cost an array covariance check
/// per child, which showed up in profiles of the parser.
/// </remarks>
internal sealed class SyntaxNodeStack
{
    private struct Slot
    {
        public SyntaxNode Node;
    }

    private Slot[] _slots = new Slot[32];
    private int _count;

    /// <summary>The current height, to pass to <see cref="PopArray{T}"/> when the list is complete.</summary>
    public int Mark => _count;

    public void Push(SyntaxNode node)
    {
        if (_count == _slots.Length)
        {
            Array.Resize(ref _slots, _slots.Length * 2);
        }

        _slots[_count++].Node = node;
    }

    /// <summary>
    /// The nodes pushed since <paramref name="mark"/>, as an array of exactly their number. The caller pushes
    /// only <typeparamref name="T"/> nodes above its mark, so the elements need no cast check.
    /// </summary>
    public T[] PopArray<T>(int mark)
        where T : SyntaxNode
    {
        int count = _count - mark;
        if (count == 0)
        {
            return [];
        }

        var result = new T[count];

        // Writing through a reference to the first element skips the covariance check of `result[i] = ...`.
        ref T target = ref MemoryMarshal.GetArrayDataReference(result);
        var slots = _slots.AsSpan(mark, count);
        for (int i = 0; i < slots.Length; i++)
        {
            Unsafe.Add(ref target, i) = Unsafe.As<T>(slots[i].Node);
        }

        _count = mark;
        return result;
    }
}
