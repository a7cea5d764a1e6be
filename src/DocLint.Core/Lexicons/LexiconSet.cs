using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DocLint.Prose;

namespace DocLint.Lexicons;

/// <summary>
/// The lexicons a run reads, compiled once into one table from a word to the lexicons with an entry that starts with
/// it. <see cref="Match"/> looks each token of a sentence up once for all of them; each lexicon then walks its own
/// trie only from the tokens the table marked for it. Before, every lexicon lower-cased and looked up every token of
/// every sentence itself: N lexicons were N passes.
/// </summary>
internal sealed class LexiconSet
{
    /// <summary>A lexicon's mark is one bit of a first word's 64-bit mask.</summary>
    public const int Capacity = 64;

    // Words longer than this are put in the keys' form in a heap buffer; no entry's word comes near it.
    private const int StackKeyLength = 64;

    // A first word's number: its place in Words and Masks, from 1 (0 marks a token that starts no entry).
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _firstWords;

    // The first words' filter: most tokens start no lexicon's entry, and each was put in the keys' form and hashed.
    private readonly KeyFilter _firstWordFilter;

    // Each lexicon's bit by its identity hash (BitOf).
    private readonly BitSlot[] _slots;

    public LexiconSet(IEnumerable<Lexicon> lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        Lexicons = lexicons.Distinct(ReferenceEqualityComparer.Instance).Cast<Lexicon>().ToImmutableArray();
        if (Lexicons.Length > Capacity)
        {
            throw new ArgumentException($"A lexicon set holds at most {Capacity} lexicons; {Lexicons.Length} were given.", nameof(lexicons));
        }

        var firstWords = new Dictionary<string, (ulong Mask, Lexicon.Node?[] Nodes)>(StringComparer.Ordinal);
        for (var i = 0; i < Lexicons.Length; i++)
        {
            var bit = 1UL << i;
            foreach (var word in Lexicons[i].FirstWords)
            {
                var (mask, nodes) = firstWords.TryGetValue(word, out var known) ? known : (0UL, new Lexicon.Node?[Lexicons.Length]);
                nodes[i] = Lexicons[i].FirstWordNode(word);
                firstWords[word] = (mask | bit, nodes);
            }
        }

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = ImmutableArray.CreateBuilder<WordStarts?>(firstWords.Count + 1);
        words.Add(null);
        foreach (var (word, (mask, nodes)) in firstWords)
        {
            numbers[word] = words.Count;
            words.Add(new WordStarts(mask, nodes));
        }

        Words = words.MoveToImmutable();
        Masks = [.. Words.Select(w => w?.Mask ?? 0)];
        _firstWords = numbers.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWordFilter = new KeyFilter(firstWords.Keys);
        _slots = BuildSlots(Lexicons);
    }

    /// <summary>The lexicons compiled, each once, in the order given.</summary>
    public ImmutableArray<Lexicon> Lexicons { get; }

    /// <summary>By a first word's number (<see cref="Match"/>), what the set knows of it; null at 0, no word.</summary>
    public ImmutableArray<WordStarts?> Words { get; }

    /// <summary>
    /// By a first word's number, the bits of <see cref="Words"/> again, in one array: the walk to a lexicon's next mark
    /// reads one for every token, and following each word's reference instead tripled its cost.
    /// </summary>
    public ImmutableArray<ulong> Masks { get; }

    /// <summary>The bit that marks <paramref name="lexicon"/> in a token's mask, or 0 when the set does not hold it.</summary>
    /// <remarks>
    /// Asked once per sentence and lexicon (every <see cref="SentenceLexicons.MarksOf"/>), about 750 times an article.
    /// A frozen dictionary keyed by reference called its comparer through an interface for the hash and again for the
    /// match, about 1% of a plain-text lint; a scan of the set's lexicons grew dearer with each lexicon added (perf58:
    /// 7.5 M instructions over 100 articles). The set's own table, hashed by the object's identity, reads one or two
    /// slots.
    /// </remarks>
    public ulong BitOf(Lexicon lexicon)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var slot = RuntimeHelpers.GetHashCode(lexicon) & mask; ; slot = (slot + 1) & mask)
        {
            var held = slots[slot];
            if (ReferenceEquals(held.Lexicon, lexicon))
            {
                return held.Bit;
            }

            if (held.Lexicon is null)
            {
                return 0;
            }
        }
    }

    // The table BitOf reads: open addressing over twice the set's capacity, so that a slot is always free and a probe
    // for a lexicon the set does not hold ends at one. Built once in the constructor and never written again.
    private static BitSlot[] BuildSlots(ImmutableArray<Lexicon> lexicons)
    {
        var slots = new BitSlot[2 * Capacity];
        var mask = slots.Length - 1;
        for (var i = 0; i < lexicons.Length; i++)
        {
            var slot = RuntimeHelpers.GetHashCode(lexicons[i]) & mask;
            while (slots[slot].Lexicon is not null)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new BitSlot(lexicons[i], 1UL << i);
        }

        return slots;
    }

    private readonly record struct BitSlot(Lexicon? Lexicon, ulong Bit);

    /// <summary>
    /// The one pass over a sentence: per token, the number of its word among the set's first words (0 for none), which
    /// gives the lexicons with an entry that starts there and where each lexicon's trie goes on from it.
    /// </summary>
    [SkipLocalsInit]
    public SentenceLexicons Match(ImmutableArray<Token> tokens)
    {
        int[]? starts = null;
        Span<char> buffer = stackalloc char[StackKeyLength];
        for (var i = 0; i < tokens.Length; i++)
        {
            var text = tokens[i].Text.AsSpan();
            if (!_firstWordFilter.MayContain(text))
            {
                continue;
            }

            var key = Lexicon.KeyForm(text, text.Length <= StackKeyLength ? buffer : new char[text.Length]);
            if (_firstWords.TryGetValue(key, out var number))
            {
                (starts ??= new int[tokens.Length])[i] = number;
            }
        }

        return new SentenceLexicons(this, tokens, starts);
    }
}
