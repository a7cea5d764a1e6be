using DocLint.Grammar;

namespace DocLint.Core.Tests.Grammar;

/// <summary>
/// The word and suffix hashes after perf42's split loop and ASCII-first fold, against the reading they replace: the
/// tagger's model stores only these hashes, so any difference would change its labels.
/// </summary>
public sealed class FeatureHashEquivalenceTests
{
    public static TheoryData<string> Words => new()
    {
        "", "a", "I", "an", "of", "The", "said", "NASA", "U.S.", "COVID-19", "2020", "1990s", "$4.5", "self-driving",
        "Republicans\u2019", "\u2019", "'s", "don't", "\u00C9lys\u00E9e", "\u0130stanbul", "\u00DCBER", "caf\u00E9",
        "\u0661\u0662", "\u2014", "--", "...", "McDonald", "iPhone", "Zz9", "@A0", "extraordinarily",
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void A_word_hashes_as_the_one_loop_reading_hashes_it(string word)
    {
        Assert.Equal(ReferenceLower(word, digitsAsZero: false), FeatureHash.Lower(word, digitsAsZero: false));
        Assert.Equal(ReferenceLower(word, digitsAsZero: true), FeatureHash.Lower(word, digitsAsZero: true));
    }

    [Fact]
    public void Every_character_up_to_U_0300_and_the_quotes_hashes_as_the_one_loop_reading_hashes_it()
    {
        var characters = Enumerable.Range(1, 0x300).Select(c => (char)c).Concat(['\u2018', '\u2019', '\u201C', '\u201D', '\u2014']);
        foreach (var c in characters)
        {
            foreach (var word in new[] { c.ToString(), "a" + c, "Ab" + c + "d", c + "xyz9", "wxyz" + c + "Q" })
            {
                foreach (var digits in new[] { false, true })
                {
                    Assert.True(ReferenceLower(word, digits) == FeatureHash.Lower(word, digits), $"U+{(int)c:X4} in '{word}', digits as 0: {digits}");
                }
            }
        }
    }

    // FeatureHash.Lower before perf42: one loop over every character, each folded by a switch that tests \u2019 first.
    private static (ulong Word, ulong Suffix3, ulong Suffix2) ReferenceLower(string text, bool digitsAsZero)
    {
        const ulong FnvOffset = 14695981039346656037;
        const ulong FnvPrime = 1099511628211;
        var word = FnvOffset;
        var suffix3 = FnvOffset + 3;
        var suffix2 = FnvOffset + 2;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i] switch
            {
                '\u2019' => '\'',
                >= '0' and <= '9' when digitsAsZero => '0',
                >= 'A' and <= 'Z' => (char)(text[i] + 32),
                < '\u0080' => text[i],
                _ => char.ToLowerInvariant(text[i]),
            };
            word = (word ^ c) * FnvPrime;
            if (i >= text.Length - 3)
            {
                suffix3 = (suffix3 ^ c) * FnvPrime;
            }

            if (i >= text.Length - 2)
            {
                suffix2 = (suffix2 ^ c) * FnvPrime;
            }
        }

        return (Finish(word), Finish(suffix3), Finish(suffix2));
    }

    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
