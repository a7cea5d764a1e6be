namespace DocLint.Grammar;

/// <summary>
/// 64-bit hashes of token text and feature keys, computed over the token's characters without allocating.
/// The tagger and its trainer (tools/grammar) share these, so a model only stores hashes, never strings.
/// A \u2019 reads as a straight quote throughout. The tokenizer has already made a word's apostrophes straight, but it
/// leaves a lone \u2019 (a closing quotation mark: "Republicans\u2019 campaign", "thanks,\u2019") as written, and the
/// model was trained reading that token as ': without the fold here its neighbours' features would change.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>The text as written (the tag dictionary's key: "May" and "may" differ).</summary>
    public static ulong Exact(string text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h = (h ^ (c == '\u2019' ? '\'' : c)) * FnvPrime;
        }

        return Finish(h);
    }

    /// <summary>
    /// The lower-cased text and its last three and two characters, in one pass; digits read as 0 when
    /// <paramref name="digitsAsZero"/> ("2019" and "1984" are one feature).
    /// </summary>
    /// <remarks>
    /// The tagger hashes every word around each position its model decides (issue 11: 1.2% of a plain-text lint's
    /// instructions), so the characters before the last three, which only the word's hash reads, take a loop of their
    /// own, and an ASCII character is folded by its range before any other test (<see cref="Normalize"/>).
    /// </remarks>
    public static (ulong Word, ulong Suffix3, ulong Suffix2) Lower(string text, bool digitsAsZero)
    {
        var word = FnvOffset;
        var suffix3 = FnvOffset + 3;
        var suffix2 = FnvOffset + 2;
        var chars = text.AsSpan();
        var from3 = Math.Max(0, chars.Length - 3);
        var from2 = chars.Length - 2;
        for (var i = 0; i < from3; i++)
        {
            word = (word ^ Normalize(chars[i], digitsAsZero)) * FnvPrime;
        }

        for (var i = from3; i < chars.Length; i++)
        {
            var c = Normalize(chars[i], digitsAsZero);
            word = (word ^ c) * FnvPrime;
            suffix3 = (suffix3 ^ c) * FnvPrime;
            if (i >= from2)
            {
                suffix2 = (suffix2 ^ c) * FnvPrime;
            }
        }

        return (Finish(word), Finish(suffix3), Finish(suffix2));
    }

    /// <summary>A feature key: template number and up to two values, mixed so that no two combinations collide in practice.</summary>
    public static ulong Key(int template, ulong a, ulong b = 0)
    {
        var h = Finish(((a ^ ((ulong)template << 57)) * 0x9E3779B97F4A7C15) + (b * 0xC2B2AE3D27D4EB4F) + (ulong)template);
        return h == 0 ? 1 : h;
    }

    // Lower case, digits as 0 when asked, \u2019 as a straight quote. An ASCII character is one range test or two (the
    // upper-case and digit ranges do not meet); only others ask char.ToLowerInvariant.
    internal static char Normalize(char c, bool digitsAsZero)
    {
        if (c < '\u0080')
        {
            if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                return (char)(c + 32);
            }

            return digitsAsZero && (uint)(c - '0') <= '9' - '0' ? '0' : c;
        }

        return c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
    }

    // SplitMix64's finaliser: spreads every input bit over the whole hash.
    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
