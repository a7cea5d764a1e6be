namespace DocLint.Lexicons;

/// <summary>
/// What a <see cref="LexiconSet"/> knows of one first word: the lexicons with an entry that starts with it (a bit
/// each, <see cref="LexiconSet.BitOf"/>) and, for each, the trie node the word leads to. A lexicon's walk from a
/// token the set marked starts at that node, so the word is lowered and looked up once for every lexicon, not once
/// more by each lexicon that asks.
/// </summary>
internal sealed class WordStarts
{
    // By the lexicon's bit position in the set; null for the lexicons the word starts no entry of.
    private readonly Lexicon.Node?[] _nodes;

    public WordStarts(ulong mask, Lexicon.Node?[] nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        Mask = mask;
        _nodes = nodes;
    }

    /// <summary>The bits of the lexicons with an entry that starts with the word.</summary>
    public ulong Mask { get; }

    /// <summary>The word's node in the trie of the lexicon at bit position <paramref name="bitIndex"/>, which <see cref="Mask"/> must hold.</summary>
    public Lexicon.Node NodeAt(int bitIndex) =>
        _nodes[bitIndex] ?? throw new ArgumentOutOfRangeException(nameof(bitIndex), bitIndex, "The word starts no entry of that lexicon.");
}
