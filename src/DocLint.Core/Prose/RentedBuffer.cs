using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace DocLint.Prose;

/// <summary>
/// Items collected per sentence or block (tokens, chunks, quotations) in an array rented from the shared pool, then
/// copied once into an exactly sized result: a builder's growth by doubling and its final copy were most of the
/// segmenter's and the grammar's garbage. Returned with the items it held cleared when they hold strings (only those:
/// clearing the whole rented array, mostly never written, cost the chunker 7% of the grammar's time). A mutable struct: pass
/// it by reference and dispose it in a finally (a <c>using</c> variable would be a read-only copy).
/// </summary>
internal struct RentedBuffer<T> : IDisposable
{
    private T[] _items;

    public RentedBuffer(int capacity) => _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 4));

    /// <summary>Writes items into a buffer; <paramref name="state"/> carries what it reads (a static lambda allocates nothing).</summary>
    public delegate void Filler<TState>(TState state, ref RentedBuffer<T> buffer);

    public int Count { get; private set; }

    public readonly ReadOnlySpan<T> Items => _items.AsSpan(0, Count);

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            Items.CopyTo(larger);
            Return(_items, Count);
            _items = larger;
        }

        _items[Count++] = item;
    }

    /// <summary>What <paramref name="fill"/> writes into a buffer of about <paramref name="capacity"/> items, exactly sized.</summary>
    public static ImmutableArray<T> Collect<TState>(int capacity, TState state, Filler<TState> fill)
    {
        var buffer = new RentedBuffer<T>(capacity);
        try
        {
            fill(state, ref buffer);
            return buffer.ToImmutableArray();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    public readonly ImmutableArray<T> ToImmutableArray() => Count == 0 ? [] : Items.ToImmutableArray();

    /// <summary>Empties the buffer for reuse, keeping its array.</summary>
    public void Clear()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            _items.AsSpan(0, Count).Clear();
        }

        Count = 0;
    }

    public void Dispose()
    {
        Return(_items, Count);
        _items = [];
        Count = 0;
    }

    // Only items were ever written to a rented array (from the start, Count of them), and only references need
    // clearing so the pool keeps no strings alive.
    private static void Return(T[] items, int count)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            items.AsSpan(0, count).Clear();
        }

        ArrayPool<T>.Shared.Return(items);
    }
}
