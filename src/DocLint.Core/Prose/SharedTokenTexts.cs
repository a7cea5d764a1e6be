using System.Collections.Concurrent;

namespace DocLint.Prose;

/// <summary>
/// Token-text strings shared by every document one engine lints, on any thread. A per-document pool made a string
/// for each distinct word of each document: half an article's token texts are new to it, yet most of them ("said",
/// "percent", "Tuesday") were seen in the articles before. Here the first documents' texts fill the table and later
/// ones find them; once it holds <see cref="Capacity"/> texts it takes no more (each document's own pool keeps the
/// rest), so a long run or a language server's session stays bounded.
/// </summary>
internal sealed class SharedTokenTexts
{
    /// <summary>How many texts the table keeps at most: the common words of news prose fit many times over, and a
    /// full table is a few megabytes.</summary>
    public const int DefaultCapacity = 1 << 15;

    private readonly ConcurrentDictionary<string, byte> _texts;
    private readonly ConcurrentDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Counted here: the dictionary's own Count takes every lock.
    private int _count;

    public SharedTokenTexts()
        : this(DefaultCapacity)
    {
    }

    public SharedTokenTexts(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        _texts = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Capacity { get; }

    /// <summary>The table's string for <paramref name="text"/>, or null when it has none.</summary>
    public string? Find(ReadOnlySpan<char> text) => _lookup.TryGetValue(text, out var actual, out _) ? actual : null;

    /// <summary>
    /// Keeps <paramref name="text"/> when there is room and answers the table's string for it (another thread's, if
    /// it added the same text first); null when the table is full.
    /// </summary>
    public string? TryAdd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Volatile.Read(ref _count) >= Capacity)
        {
            return null;
        }

        if (_texts.TryAdd(text, 0))
        {
            Interlocked.Increment(ref _count);
            return text;
        }

        return _lookup.TryGetValue(text.AsSpan(), out var actual, out _) ? actual : null;
    }
}
