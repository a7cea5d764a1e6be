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
    public static (ulong Word, ulong Suffix3, ulong Suffix2) Lower(string text, bool digitsAsZero)
    {
        var word = FnvOffset;
        var suffix3 = FnvOffset + 3;
        var suffix2 = FnvOffset + 2;
        var from3 = text.Length - 3;
        var from2 = text.Length - 2;
        for (var i = 0; i < text.Length; i++)
        {
            var c = Normalize(text[i], digitsAsZero);
            word = (word ^ c) * FnvPrime;
            if (i >= from3)
            {
                suffix3 = (suffix3 ^ c) * FnvPrime;
            }

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

    private static char Normalize(char c, bool digitsAsZero) =>
        c switch
        {
            '\u2019' => '\'',
            >= '0' and <= '9' when digitsAsZero => '0',
            >= 'A' and <= 'Z' => (char)(c + 32),
            < '\u0080' => c,
            _ => char.ToLowerInvariant(c),
        };

    // SplitMix64's finaliser: spreads every input bit over the whole hash.
    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
