using System.Collections.Immutable;
using System.Numerics;

namespace DocLint.Prose;

/// <summary>
/// One string per distinct token text in a document. News prose repeats a few thousand words, so tokens share
/// their strings instead of each holding its own copy: a 50 MB document has about ten million tokens but a few
/// hundred thousand distinct texts. One pool serves one document on one thread.
/// </summary>
/// <remarks>
/// Its own open-addressed table, not a <see cref="HashSet{T}"/> looked up by span: every token of every document
/// passes here, and the set's look-up (an interface call to its comparer for the hash and another for each
/// comparison) was 2% of a plain-text lint's samples. Here a look-up is a short inline hash, and a slot's stored hash
/// and length are compared before its characters.
/// </remarks>
internal sealed class TokenTextPool
{
    // Longer texts (URLs, run-together junk) rarely repeat; pooling them would only keep them alive in the set.
    private const int MaxPooledLength = 48;

    // A text whose slot is not found within this many probes is copied and not pooled: a document crafted so that
    // its words share a slot costs this many comparisons a token at most, never a scan of the table.
    private const int MaxProbes = 32;

    private const int MinimumSlots = 16;

    // One string per ASCII character, made once and shared by every document (immutable, so threads may share it).
    private static readonly ImmutableArray<string> AsciiCharacters = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    // Slots at most two thirds full, a power of two of them; a slot's hash is kept beside its string so a probe
    // seldom reads the string. At that load a news article's look-ups take 1.3 probes on average, and the table takes
    // about the memory the set did (12 bytes a slot; half full, its 16 KB an article raised the run's allocation).
    private string?[] _texts;
    private uint[] _hashes;
    private int _count;

    // 32 less the log of the slot count: a hash's slot is its top bits after the multiplication in Home.
    private int _shift;

    public TokenTextPool()
        : this(0)
    {
    }

    /// <param name="capacity">About how many distinct texts to expect (<see cref="CapacityFor"/>), so the table seldom grows.</param>
    public TokenTextPool(int capacity)
    {
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(MinimumSlots, capacity * 3 / 2));
        _texts = new string?[slots];
        _hashes = new uint[slots];
        _shift = 32 - BitOperations.Log2((uint)slots);
    }

    /// <summary>
    /// A first size for a document of <paramref name="characters"/>: a 7 KB news article has about 600 distinct
    /// token texts (one per 12 characters); the distinct words of a longer text grow far slower than it, so the
    /// guess stops at 4,096 and the table grows from there.
    /// </summary>
    public static int CapacityFor(int characters) => Math.Min(characters / 12, 4096);

    public string Get(ReadOnlySpan<char> text)
    {
        // Punctuation and one-letter words are a fifth of news tokens: their strings come from a table, not the pool.
        if (text.Length == 1 && text[0] < AsciiCharacters.Length)
        {
            return AsciiCharacters[text[0]];
        }

        if (text.Length > MaxPooledLength)
        {
            return text.ToString();
        }

        var hash = Hash(text);
        var mask = _texts.Length - 1;
        var slot = Home(hash);
        for (var probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & mask)
        {
            var pooled = _texts[slot];
            if (pooled is null)
            {
                var added = text.ToString();
                _texts[slot] = added;
                _hashes[slot] = hash;
                if (++_count * 3 > _texts.Length * 2)
                {
                    Grow();
                }

                return added;
            }

            if (_hashes[slot] == hash && pooled.AsSpan().SequenceEqual(text))
            {
                return pooled;
            }
        }

        return text.ToString();
    }

    // FNV-1a over the UTF-16 code units: the texts are a few characters long, and the slot is taken from the hash's
    // high bits by a multiplication (Home), which spreads FNV's weaker low bits.
    private static uint Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private int Home(uint hash) => (int)((hash * 0x9E3779B1u) >> _shift);

    private void Grow()
    {
        var texts = _texts;
        var hashes = _hashes;
        _texts = new string?[texts.Length * 2];
        _hashes = new uint[texts.Length * 2];
        _shift--;
        _count = 0;
        var mask = _texts.Length - 1;
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i] is not { } text)
            {
                continue;
            }

            // A text that finds no free slot within the probe limit is dropped from the pool: its tokens keep their
            // string, and a later token of the same text gets a copy of its own (equal, so no reader can tell).
            var slot = Home(hashes[i]);
            for (var probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & mask)
            {
                if (_texts[slot] is null)
                {
                    _texts[slot] = text;
                    _hashes[slot] = hashes[i];
                    _count++;
                    break;
                }
            }
        }
    }
}
