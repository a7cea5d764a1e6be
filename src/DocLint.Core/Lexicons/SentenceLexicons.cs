using System.Collections.Immutable;
using System.Numerics;
using DocLint.Analysis;
using DocLint.Prose;

namespace DocLint.Lexicons;

/// <summary>
/// A sentence's tokens marked once with the lexicons of a <see cref="LexiconSet"/> that have an entry starting at each
/// (<see cref="LexiconSet.Match"/>), and every rule's questions about its lexicon answered from the marks: the same
/// answers as the lexicon's own, which a lexicon outside the set still gives (user terms, a list a rule builds itself).
/// </summary>
internal sealed class SentenceLexicons
{
    private readonly ImmutableArray<Token> _tokens;

    // Per token, the number of its word among the set's first words (LexiconSet.Words, LexiconSet.Masks), 0 where no
    // entry starts; null when no token starts any. Four bytes a token, where a mask each took eight.
    private readonly int[]? _starts;

    // The set's masks by word number, read at every token of a walk.
    private readonly ImmutableArray<ulong> _masks;

    // Every lexicon with an entry starting somewhere in the sentence: the union of its tokens' masks. Most questions
    // are about a lexicon the sentence has no mark for ("any furniture?", "the opinion markers"), and each walked every
    // token to find none (the walk was 2% of a plain-text lint); with its bit clear here the answer is immediate.
    private readonly ulong _marked;

    internal SentenceLexicons(LexiconSet set, ImmutableArray<Token> tokens, int[]? starts)
    {
        Set = set;
        _tokens = tokens;
        _starts = starts;
        _masks = set.Masks;
        if (starts is not null)
        {
            foreach (var number in starts)
            {
                _marked |= _masks[number];
            }
        }
    }

    public LexiconSet Set { get; }

    /// <summary>
    /// The sentence's marks for <paramref name="set"/>, made on first request and kept by the document for every rule.
    /// A sentence marked for another set (a document whose options changed the lexicons) is marked again, unkept.
    /// </summary>
    public static SentenceLexicons Of(AnalyzedDocument document, Sentence sentence, LexiconSet set)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(set);
        var kept = document.GetOrCreate(sentence, set, static (s, sentence) => s.Match(sentence.Tokens));
        return ReferenceEquals(kept.Set, set) ? kept : set.Match(sentence.Tokens);
    }

    /// <summary>What <see cref="Lexicon.Matches(ImmutableArray{Token})"/> finds in the sentence.</summary>
    public IReadOnlyList<LexiconMatch> Matches(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var bit = Set.BitOf(lexicon);
        if (bit == 0)
        {
            return lexicon.Matches(_tokens);
        }

        List<LexiconMatch>? result = null;
        var bitIndex = BitOperations.TrailingZeroCount(bit);
        var i = NextStart(bit, 0);
        while (i < _tokens.Length)
        {
            var length = WalkFrom(bitIndex, i, out var entry);
            if (length > 0)
            {
                (result ??= []).Add(new LexiconMatch(i, length, entry!));
            }

            i = NextStart(bit, i + Math.Max(length, 1));
        }

        return result ?? (IReadOnlyList<LexiconMatch>)[];
    }

    /// <summary>What <see cref="Lexicon.LongestMatchAt(ImmutableArray{Token}, int, out string?)"/> answers.</summary>
    public int LongestMatchAt(Lexicon lexicon, int start, out string? entry)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return LongestMatchAt(lexicon, Set.BitOf(lexicon), start, out entry);
    }

    /// <summary>
    /// The sentence's marks for one lexicon, its bit looked up once: a reader that asks at every token (the attribution
    /// reader) otherwise looked the lexicon up in the set's table at each, a fiftieth of a plain-text lint. A foreach
    /// over them walks the starts of the lexicon's matches (the starts of <see cref="Matches"/>) without a list.
    /// </summary>
    public Marks MarksOf(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return new Marks(this, lexicon, Set.BitOf(lexicon));
    }

    private int LongestMatchAt(Lexicon lexicon, ulong bit, int start, out string? entry)
    {
        if (bit == 0)
        {
            return lexicon.LongestMatchAt(_tokens, start, out entry);
        }

        if (start < 0 || start >= _tokens.Length || _starts is null || (_masks[_starts[start]] & bit) == 0)
        {
            entry = null;
            return 0;
        }

        return WalkFrom(BitOperations.TrailingZeroCount(bit), start, out entry);
    }

    // The walk from a token the set marked for the lexicon at this bit position: it starts at the node the set's table
    // gave for the token's word, which the lexicon would otherwise look up again.
    private int WalkFrom(int bitIndex, int start, out string? entry) =>
        Lexicon.LongestMatchFrom(_tokens.AsSpan(), start, Set.Words[_starts![start]]!.NodeAt(bitIndex), out entry);

    // Lexicon.ContainsWord's answer for the token at `index`, from its mark: the word's node in the lexicon's trie, which
    // the set found once for all its lexicons, is an entry of its own. A lexicon outside the set (bit 0) looks it up.
    private bool IsWordAt(Lexicon lexicon, ulong bit, int index)
    {
        if (bit == 0)
        {
            return lexicon.ContainsWord(_tokens[index].Text);
        }

        if (_starts is null || (_marked & bit) == 0 || (_masks[_starts[index]] & bit) == 0)
        {
            return false;
        }

        return Set.Words[_starts[index]]!.NodeAt(BitOperations.TrailingZeroCount(bit)).Entry is not null;
    }

    // Whether the set marked the token at `index` for the lexicon with this bit: an entry of it may start there. A lexicon
    // outside the set (bit 0) may start anywhere.
    private bool StartsAt(ulong bit, int index) =>
        bit == 0 || (_starts is not null && (_marked & bit) != 0 && (_masks[_starts[index]] & bit) != 0);

    /// <summary>Any entry of <paramref name="lexicon"/> occurs in the sentence.</summary>
    public bool Any(Lexicon lexicon) => MarksOf(lexicon).MoveNext();

    // The first token from `from` on that the set marked for the lexicon with this bit; the sentence's length if none.
    // A lexicon outside the set (bit 0) tries every token.
    private int NextStart(ulong bit, int from)
    {
        if (bit == 0)
        {
            return Math.Min(from, _tokens.Length);
        }

        if (_starts is null)
        {
            return _tokens.Length;
        }

        // No token is marked for it: where the walk below would end.
        if ((_marked & bit) == 0)
        {
            return Math.Max(from, _starts.Length);
        }

        while (from < _starts.Length && (_masks[_starts[from]] & bit) == 0)
        {
            from++;
        }

        return from;
    }

    /// <summary>
    /// One lexicon's marks on the sentence (<see cref="MarksOf"/>), read in either of two walks: token by token
    /// (<see cref="NextStart"/> and <see cref="LongestMatchAt"/>, for a reader that decides where to go on), or as an
    /// enumerator of the matches' starts, each match skipped whole.
    /// </summary>
    public struct Marks
    {
        private readonly SentenceLexicons _sentence;
        private readonly Lexicon _lexicon;
        private readonly ulong _bit;
        private int _next;

        internal Marks(SentenceLexicons sentence, Lexicon lexicon, ulong bit)
        {
            _sentence = sentence;
            _lexicon = lexicon;
            _bit = bit;
        }

        /// <summary>What <see cref="SentenceLexicons.LongestMatchAt(Lexicon, int, out string?)"/> answers for this lexicon.</summary>
        public readonly int LongestMatchAt(int start, out string? entry) => _sentence.LongestMatchAt(_lexicon, _bit, start, out entry);

        /// <summary>
        /// The first token from <paramref name="from"/> on where an entry of the lexicon may start (every token for a
        /// lexicon outside the set); the sentence's length if none. <see cref="LongestMatchAt"/> is 0 at the tokens skipped.
        /// </summary>
        public readonly int NextStart(int from) => _sentence.NextStart(_bit, Math.Max(from, 0));

        /// <summary>
        /// What <see cref="Lexicon.ContainsWord"/> answers for the token at <paramref name="index"/> (the token alone is an
        /// entry), from the sentence's marks: a reader asking it of every token looked each one up in the lexicon again.
        /// </summary>
        public readonly bool IsWordAt(int index) => _sentence.IsWordAt(_lexicon, _bit, index);

        /// <summary>
        /// Whether an entry of the lexicon may start at the token at <paramref name="index"/> (<see cref="NextStart"/> stops
        /// there; true at every token for a lexicon outside the set): a token it is false at is no entry's first word. A
        /// reader asking word classes of every token asks only where the classes' lexicon is marked.
        /// </summary>
        public readonly bool StartsAt(int index) => _sentence.StartsAt(_bit, index);

        /// <summary>The token index the current match starts at (the enumerator's walk).</summary>
        public int Current { get; private set; }

        public readonly Marks GetEnumerator() => this;

        /// <summary>On to the next match's start, past the whole of the current match.</summary>
        public bool MoveNext()
        {
            var tokens = _sentence._tokens;
            for (var i = _sentence.NextStart(_bit, _next); i < tokens.Length; i = _sentence.NextStart(_bit, i + 1))
            {
                // NextStart stopped at a marked token (or any token, outside the set): the lexicon's walk decides.
                var length = _sentence.LongestMatchAt(_lexicon, _bit, i, out _);
                if (length > 0)
                {
                    Current = i;
                    _next = i + length;
                    return true;
                }
            }

            _next = tokens.Length;
            return false;
        }
    }
}
