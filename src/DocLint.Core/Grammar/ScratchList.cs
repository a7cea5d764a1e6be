using System.Collections.Immutable;

namespace DocLint.Grammar;

/// <summary>
/// A list that starts in caller-provided (usually stack) memory and moves to the heap only if it outgrows it, for a
/// sentence's results that are copied once into an exact array: no pool round trip for the common short sentence.
/// </summary>
internal ref struct ScratchList<T>
    where T : unmanaged
{
    private Span<T> _items;
    private int _count;

    public ScratchList(Span<T> initial) => _items = initial;

    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            var larger = new T[Math.Max(4, _items.Length * 2)];
            _items.CopyTo(larger);
            _items = larger;
        }

        _items[_count++] = item;
    }

    public readonly ImmutableArray<T> ToImmutableArray() => _count == 0 ? [] : _items[.._count].ToImmutableArray();
}
