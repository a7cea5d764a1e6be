using System.Numerics;
using System.Runtime.CompilerServices;

namespace DocLint.Lexicons;

/// <summary>
/// Tells from a token's ends and length, without lower-casing or hashing it, that it is none of a set of keys in the
/// lexicons' form (<see cref="Lexicon.KeyForm"/>: lower-cased, apostrophes straight). Most tokens start no entry, and
/// their look-up (lower-casing, hashing, probing) was a tenth of a plain-text lint. A struct of two arrays, so a trie
/// node or a lexicon set reads it without another object; the default value lets every token through.
/// </summary>
internal readonly struct KeyFilter
{
    // Per ASCII first character of a key, a bit per key length (63 for any longer): a token whose first
    // character is ASCII can only be a key when its lower-cased first character and length have a bit.
    private readonly ulong[]? _lengthsByFirst;

    // A second filter for the tokens the first lets through: a bit per hash of a key's first character, last
    // character and length (for keys whose both ends are ASCII; a key with a non-ASCII end sets every bit, as
    // such a key could be spelt by a token with ASCII ends). Sized at 16 bits per key, so a token that is no key
    // finds its bit set about one time in sixteen at most; the first filter alone let a third of the words through
    // to lower-casing and hashing.
    private readonly ulong[]? _ends;

    public KeyFilter(IReadOnlyCollection<string> keys)
        : this(keys, foldAscii: false)
    {
    }

    // With foldAscii, each key's ASCII ends are read lower-cased: what the keys lower-cased would give, without a
    // lower-cased copy of each (ForIgnoreCase, whose words are all ASCII).
    private KeyFilter(IReadOnlyCollection<string> keys, bool foldAscii)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _lengthsByFirst = new ulong[128];
        _ends = new ulong[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(keys.Count, 1)) / 4)];
        foreach (var key in keys)
        {
            var first = key.Length == 0 ? '\0' : foldAscii ? char.ToLowerInvariant(key[0]) : key[0];
            var last = key.Length == 0 ? '\0' : foldAscii ? char.ToLowerInvariant(key[^1]) : key[^1];
            if (key.Length > 0 && first < 128)
            {
                _lengthsByFirst[first] |= LengthBit(key.Length);
            }

            if (key.Length == 0 || first >= 128 || last >= 128)
            {
                _ends.AsSpan().Fill(ulong.MaxValue);
            }
            else
            {
                var bit = EndsBit(_ends, first, last, key.Length);
                _ends[bit >> 6] |= 1UL << bit;
            }
        }
    }

    /// <summary>
    /// A filter for a set of words compared with <see cref="StringComparer.OrdinalIgnoreCase"/> (no apostrophe folding):
    /// the words lower-cased. Such a comparison folds some non-ASCII letters to ASCII ones ("\u0131" to "I"), so a set
    /// with a non-ASCII character in any word gets the default filter, which lets every token through.
    /// </summary>
    /// <remarks>
    /// The words are ASCII, whose lower-casing changes only 'A' to 'Z': the filter reads each word's ends lower-cased
    /// rather than a lower-cased copy (a LINQ pipeline and a string a word were most of a word class's filter, perf45).
    /// </remarks>
    public static KeyFilter ForIgnoreCase(IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var word in words)
        {
            if (!System.Text.Ascii.IsValid(word))
            {
                return default;
            }
        }

        return new KeyFilter(words, foldAscii: true);
    }

    /// <summary>
    /// False only when <paramref name="text"/> is none of the keys. Lower-casing keeps an ASCII character ASCII and
    /// the length the same, and keys are lower-cased: a token whose first character is ASCII and which fails the
    /// filter is no key. Any other token may be one.
    /// </summary>
    /// <remarks>Inlined: it runs at every token for every filtered trie node, and a call cost about as much as the test.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> text)
    {
        if (_lengthsByFirst is null || _ends is null || text.Length == 0 || text[0] >= 128)
        {
            return true;
        }

        var first = char.ToLowerInvariant(text[0]);
        if ((_lengthsByFirst[first] & LengthBit(text.Length)) == 0)
        {
            return false;
        }

        if (text[^1] >= 128)
        {
            return true;
        }

        var bit = EndsBit(_ends, first, char.ToLowerInvariant(text[^1]), text.Length);
        return (_ends[bit >> 6] & (1UL << bit)) != 0;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    // The bit's index among the ends' bits (a power of two of them): a multiplicative hash of the three values.
    private static int EndsBit(ulong[] ends, char first, char last, int length) =>
        (int)((((uint)first * 0x9E3779B1u) ^ ((uint)last * 0x85EBCA77u) ^ ((uint)length * 0xC2B2AE3Du)) >> 7) & ((ends.Length * 64) - 1);
}
