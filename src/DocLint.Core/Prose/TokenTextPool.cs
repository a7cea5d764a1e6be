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

    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TokenTextPool() => _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> text)
    {
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
