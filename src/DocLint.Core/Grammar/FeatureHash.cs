namespace DocLint.Grammar;

/// <summary>
/// 64-bit hashes of token text and feature keys, computed over the token's characters without allocating.
/// The tagger and its trainer (tools/grammar) share these, so a model only stores hashes, never strings.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>The text as written, with a typographic apostrophe read as a straight one.</summary>
    public static ulong Exact(string text) => Finish(Fnv(text, 0, text.Length, lower: false, digitsAsZero: false));

    /// <summary>The lower-cased text; digits read as 0 when <paramref name="digitsAsZero"/> ("2019" and "1984" are one feature).</summary>
    public static ulong Lower(string text, bool digitsAsZero = false) => Finish(Fnv(text, 0, text.Length, lower: true, digitsAsZero));

    /// <summary>The lower-cased last <paramref name="length"/> characters (the whole text when shorter).</summary>
    public static ulong Suffix(string text, int length)
    {
        var start = Math.Max(0, text.Length - length);
        return Finish(Fnv(text, start, text.Length - start, lower: true, digitsAsZero: true) + (ulong)length);
    }

    /// <summary>A feature key: template number and up to two values, mixed so that no two combinations collide in practice.</summary>
    public static ulong Key(int template, ulong a, ulong b = 0)
    {
        var h = Finish(((ulong)template + 1) * 0x9E3779B97F4A7C15);
        h = Finish(h ^ a);
        h = Finish(h ^ (b * 0xC2B2AE3D27D4EB4F));
        return h == 0 ? 1 : h;
    }

    private static ulong Fnv(string text, int start, int length, bool lower, bool digitsAsZero)
    {
        var h = FnvOffset;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\u2019')
            {
                c = '\'';
            }
            else if (digitsAsZero && c is >= '0' and <= '9')
            {
                c = '0';
            }
            else if (lower)
            {
                c = char.ToLowerInvariant(c);
            }

            h = (h ^ c) * FnvPrime;
        }

        return h;
    }

    // SplitMix64's finaliser: spreads every input bit over the whole hash.
    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
