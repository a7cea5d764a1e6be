using System.Collections.Immutable;

namespace DocLint.Prose;

/// <summary>
/// One string per distinct token text in a document. News prose repeats a few thousand words, so tokens share
/// their strings instead of each holding its own copy: a 50 MB document has about ten million tokens but a few
/// hundred thousand distinct texts. One pool serves one document on one thread.
/// </summary>
internal sealed class TokenTextPool
{
    // Longer texts (URLs, run-together junk) rarely repeat; pooling them would only keep them alive in the set.
    private const int MaxPooledLength = 48;

    // One string per ASCII character, made once and shared by every document (immutable, so threads may share it).
    private static readonly ImmutableArray<string> AsciiCharacters = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private readonly HashSet<string> _texts;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TokenTextPool()
        : this(0)
    {
    }

    /// <param name="capacity">About how many distinct texts to expect (<see cref="CapacityFor"/>), so the set seldom grows.</param>
    public TokenTextPool(int capacity)
    {
        _texts = new HashSet<string>(capacity, StringComparer.Ordinal);
        _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// A first size for a document of <paramref name="characters"/>: a 7 KB news article has about 600 distinct
    /// token texts (one per 12 characters); the distinct words of a longer text grow far slower than it, so the
    /// guess stops at 4,096 and the set grows from there.
    /// </summary>
    public static int CapacityFor(int characters) => Math.Min(characters / 12, 4096);

    public string Get(ReadOnlySpan<char> text)
    {
        // Punctuation and one-letter words are a fifth of news tokens: their strings come from a table, not the set.
        if (text.Length == 1 && text[0] < AsciiCharacters.Length)
        {
            return AsciiCharacters[text[0]];
        }

        if (text.Length > MaxPooledLength)
        {
            return text.ToString();
        }

        if (!_lookup.TryGetValue(text, out var pooled))
        {
            pooled = text.ToString();
            _texts.Add(pooled);
        }

        return pooled;
    }
}
