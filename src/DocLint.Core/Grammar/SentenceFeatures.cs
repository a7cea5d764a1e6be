using System.Collections.Immutable;
using System.Buffers;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// The per-token hashes of one sentence (word, suffixes, shape), computed once, from which the tagger builds the
/// feature keys of each position. Shared by the tagger and the trainer so both see exactly the same features.
/// One array holds the four hashes of every slot, rented and returned on <see cref="Dispose"/> (one rental per
/// sentence, not four); positions outside the sentence read as padding.
/// </summary>
internal sealed class SentenceFeatures : IDisposable
{
    /// <summary>How many keys <see cref="Fill"/> writes.</summary>
    public const int Count = 17;

    // Two padding slots either side of the sentence, so i-2 .. i+2 never leave the arrays.
    private const int Pad = 2;
    private static readonly ulong StartWord = FeatureHash.Exact("<s>");
    private static readonly ulong EndWord = FeatureHash.Exact("</s>");

    // Per slot, in this order: the word, its last three and last two characters, its shape.
    private const int Word = 0;
    private const int Suffix3 = 1;
    private const int Suffix2 = 2;
    private const int ShapeHash = 3;
    private const int Stride = 4;

    private readonly ulong[] _hashes;

    /// <summary>The hashes of every token: what the one-pass decoder and the trainer read.</summary>
    public SentenceFeatures(ImmutableArray<Token> tokens)
        : this(tokens, decided: default)
    {
    }

    /// <summary>
    /// The hashes of the tokens the keys of the decided positions read: each position whose <paramref name="decided"/>
    /// entry is not negative, and the two tokens either side of it (<see cref="FillStatic"/> and <see cref="FillDynamic"/>
    /// read no further). An empty span means every position. A token no decided position reads is left unhashed: most
    /// tokens of news text are settled by their word alone, and hashing and shaping every token cost more than the
    /// look-ups of a sentence with few positions to decide. Only the keys of decided positions may then be asked for.
    /// </summary>
    public SentenceFeatures(ImmutableArray<Token> tokens, ReadOnlySpan<int> decided)
    {
        Length = tokens.Length;
        var size = Length + (2 * Pad);
        _hashes = ArrayPool<ulong>.Shared.Rent(size * Stride);
        for (var p = 0; p < Pad; p++)
        {
            SetPadding(p, StartWord);
            SetPadding(Length + Pad + p, EndWord);
        }

        // The next token not hashed yet, so a token read by two decided positions is hashed once.
        var next = 0;
        for (var i = 0; i < Length; i++)
        {
            if (!decided.IsEmpty && decided[i] < 0)
            {
                continue;
            }

            var last = decided.IsEmpty ? i : Math.Min(Length - 1, i + Pad);
            for (var j = Math.Max(next, i - (decided.IsEmpty ? 0 : Pad)); j <= last; j++)
            {
                Hash(tokens, j);
            }

            next = Math.Max(next, last + 1);
        }
    }

    public int Length { get; }

    /// <summary>The word hash used by the tag dictionary: the token as written (case matters: "May" and "may").</summary>
    public static ulong DictionaryKey(Token token) => FeatureHash.Exact(token.Text);

    /// <summary>How many keys <see cref="FillStatic"/> writes: those of the words around the position alone.</summary>
    public const int StaticCount = 11;

    /// <summary>How many keys <see cref="FillDynamic"/> writes: the previous label with a word.</summary>
    public const int DynamicCount = 2;

    /// <summary>How many keys <see cref="FillContext"/> writes: the bias and the two previous labels alone.</summary>
    public const int ContextCount = 4;

    /// <summary>Writes the <see cref="Count"/> feature keys of position <paramref name="i"/> given the two previous labels' codes.</summary>
    public void Fill(Span<ulong> keys, int i, int previous, int beforePrevious)
    {
        // In template order (0-16), as the trainer learns them: the context keys are templates 0 and 5-7, the
        // dynamic ones 8 and 16, the static ones 1-4 and 9-15.
        Span<ulong> context = stackalloc ulong[ContextCount];
        Span<ulong> words = stackalloc ulong[StaticCount];
        Span<ulong> labelWords = stackalloc ulong[DynamicCount];
        FillContext(context, previous, beforePrevious);
        FillStatic(words, i);
        FillDynamic(labelWords, i, previous);
        keys[0] = context[0];
        words[..4].CopyTo(keys[1..]);
        context[1..].CopyTo(keys[5..]);
        keys[8] = labelWords[0];
        words[4..].CopyTo(keys[9..]);
        keys[16] = labelWords[1];
    }

    /// <summary>The keys of templates 1-4 and 9-15 of position <paramref name="i"/>: its words, suffixes and shapes.</summary>
    public void FillStatic(Span<ulong> keys, int i)
    {
        var s = i + Pad;
        keys[0] = FeatureHash.Key(1, Hash(s, Word));
        keys[1] = FeatureHash.Key(2, Hash(s, Suffix3));
        keys[2] = FeatureHash.Key(3, Hash(s, Suffix2));
        keys[3] = FeatureHash.Key(4, Hash(s, ShapeHash));
        keys[4] = FeatureHash.Key(9, Hash(s - 1, Word));
        keys[5] = FeatureHash.Key(10, Hash(s - 1, Suffix3));
        keys[6] = FeatureHash.Key(11, Hash(s - 2, Word));
        keys[7] = FeatureHash.Key(12, Hash(s + 1, Word));
        keys[8] = FeatureHash.Key(13, Hash(s + 1, Suffix3));
        keys[9] = FeatureHash.Key(14, Hash(s + 2, Word));
        keys[10] = FeatureHash.Key(15, Hash(s + 1, ShapeHash), Hash(s, ShapeHash));
    }

    /// <summary>The keys of templates 8 and 16 of position <paramref name="i"/>: the previous label's code with this word and the next.</summary>
    public void FillDynamic(Span<ulong> keys, int i, int previous)
    {
        var s = i + Pad;
        var p1 = (ulong)previous;
        keys[0] = FeatureHash.Key(8, p1, Hash(s, Word));
        keys[1] = FeatureHash.Key(16, p1, Hash(s + 1, Word));
    }

    /// <summary>The keys of templates 0 (the bias) and 5-7, which read only the two previous labels' codes.</summary>
    public static void FillContext(Span<ulong> keys, int previous, int beforePrevious)
    {
        var p1 = (ulong)previous;
        var p2 = (ulong)beforePrevious;
        keys[0] = FeatureHash.Key(0, 0);
        keys[1] = FeatureHash.Key(5, p1);
        keys[2] = FeatureHash.Key(6, p2);
        keys[3] = FeatureHash.Key(7, p1, p2);
    }

    public void Dispose() => ArrayPool<ulong>.Shared.Return(_hashes);

    private ulong Hash(int slot, int which) => _hashes[(slot * Stride) + which];

    private void Hash(ImmutableArray<Token> tokens, int i)
    {
        var token = tokens[i];
        var isNumeric = token.Kind is TokenKind.Number or TokenKind.NumberWithSuffix;
        var at = (i + Pad) * Stride;
        // The model learnt the printed dash's neighbours; a typed "--" stands where it does, so it is hashed as one.
        var text = Dashes.IsTyped(token.Text) ? "\u2014" : token.Text;
        (_hashes[at + Word], _hashes[at + Suffix3], _hashes[at + Suffix2]) = FeatureHash.Lower(text, digitsAsZero: isNumeric);
        _hashes[at + ShapeHash] = (ulong)Shape(tokens, i);
    }

    private void SetPadding(int slot, ulong word) => _hashes.AsSpan(slot * Stride, Stride).Fill(word);

    // A coarse spelling class, with whether the token opens the sentence (a capital there says little).
    private static int Shape(ImmutableArray<Token> tokens, int i)
    {
        var token = tokens[i];
        var text = token.Text;
        var atStart = SentenceStart.IsAt(tokens, i);
        var shape = token.Kind switch
        {
            TokenKind.Word => WordShape(text),
            TokenKind.Abbreviation => char.IsUpper(text[0]) ? 10 : 11,
            _ => 12 + (int)token.Kind,
        };
        return (shape << 1) | (atStart ? 1 : 0);
    }

    /// <summary>
    /// The word-shape class of a word's text. Every token the model decides, and the words two either side of it, are
    /// shaped, so the count runs over every character of them (issue 11: shaping was 0.7% of a plain-text lint's
    /// instructions). An ASCII character is classed by its range, which is what <see cref="char.IsUpper(char)"/> and
    /// <see cref="char.IsDigit(char)"/> answer for it; any other character asks them, so the classes are unchanged.
    /// </summary>
    internal static int WordShape(string text)
    {
        var upper = 0;
        var digits = 0;
        var hyphen = false;
        foreach (var c in text)
        {
            if (c < '\u0080')
            {
                if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    upper++;
                }
                else if ((uint)(c - '0') <= '9' - '0')
                {
                    digits++;
                }
                else if (c == '-')
                {
                    hyphen = true;
                }
            }
            else if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c == '\u2011')
            {
                hyphen = true;
            }
        }

        return ShapeClass(digits, hyphen, upper, char.IsUpper(text[0]), text.Length);
    }

    /// <summary>The class of a word of <paramref name="length"/> characters from its counts (shared with the tests' reading).</summary>
    internal static int ShapeClass(int digits, bool hyphen, int upper, bool initialCapital, int length) =>
        (digits, hyphen, upper, initialCapital) switch
        {
            ( > 0, _, _, _) => 1,
            (_, true, 0, _) => 2,
            (_, true, _, _) => 3,
            (_, _, 0, _) => 4,
            (_, _, 1, true) => 5,
            (_, _, _, true) when upper == length => length == 1 ? 5 : 6,
            (_, _, _, true) => 7,
            _ => 8,
        };
}
