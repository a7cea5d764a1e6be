using DocLint.Lexicons;
using DocLint.Prose;

namespace DocLint.Rules.Claims;

/// <summary>
/// Where <see cref="Lexicon.Matches(ReadOnlySpan{Token})"/>'s matches start (the same longest, non-overlapping matches,
/// left to right), walked without the list and enumerator it makes for every sentence with a match: the claim reader
/// asks four lexicons of every sentence.
/// </summary>
internal ref struct LexiconMatchStarts
{
    private readonly Lexicon _lexicon;
    private readonly ReadOnlySpan<Token> _tokens;
    private int _next;

    public LexiconMatchStarts(Lexicon lexicon, ReadOnlySpan<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _tokens = tokens;
    }

    /// <summary>The token index the current match starts at.</summary>
    public int Current { get; private set; }

    /// <summary>Any entry of <paramref name="lexicon"/> occurs in <paramref name="tokens"/>.</summary>
    public static bool Any(Lexicon lexicon, ReadOnlySpan<Token> tokens) => new LexiconMatchStarts(lexicon, tokens).MoveNext();

    public readonly LexiconMatchStarts GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_next < _tokens.Length)
        {
            var length = _lexicon.LongestMatchAt(_tokens, _next, out _);
            if (length > 0)
            {
                Current = _next;
                _next += length;
                return true;
            }

            _next++;
        }

        return false;
    }
}
