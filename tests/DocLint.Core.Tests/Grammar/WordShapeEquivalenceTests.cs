using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;

namespace DocLint.Core.Tests.Grammar;

/// <summary>
/// The shape feature's ASCII shortcuts (perf38, issue 11) against the readings they replace: the tagger's model was
/// trained on these classes, so any difference would change its labels.
/// </summary>
public sealed class WordShapeEquivalenceTests
{
    public static TheoryData<string> Words => new()
    {
        "the", "The", "NASA", "A", "I", "U.S.", "COVID-19", "2020", "1990s", "self-driving", "Self-Driving", "X-ray",
        "e-mail", "McDonald", "iPhone", "non\u2011stop", "Non\u2011Stop", "\u00C9lys\u00E9e", "\u00E9t\u00E9",
        "\u00DCBER", "\u0661\u0662", "\u00BD", "\u00B2", "\u2160", "caf\u00E9", "\u00D7", "\u00DF", "\u0130stanbul",
        "x", "-", "--", "\u2011", "a1", "Z9", "@", "[", "`", "{", "/", ":",
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void A_word_has_the_shape_the_unicode_reading_gives(string word) =>
        Assert.Equal(ReferenceShape(word), SentenceFeatures.WordShape(word));

    [Fact]
    public void Every_single_character_up_to_U_0300_and_the_hyphens_has_the_shape_the_unicode_reading_gives()
    {
        var characters = Enumerable.Range(1, 0x300).Select(c => (char)c).Concat(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014']);
        foreach (var c in characters)
        {
            foreach (var word in new[] { c.ToString(), "a" + c, "A" + c + "b", c + "9" })
            {
                Assert.True(ReferenceShape(word) == SentenceFeatures.WordShape(word), $"U+{(int)c:X4} in '{word}'");
            }
        }
    }

    [Theory]
    [InlineData("He said: Officials agreed.")]
    [InlineData("The plan (Officials said) failed.")]
    [InlineData("The plan -- Officials said -- failed.")]
    [InlineData("The plan --- Officials said --- failed.")]
    [InlineData("The plan \u2014 Officials said \u2014 failed.")]
    [InlineData("The plan \u2013 Officials said \u2013 failed.")]
    [InlineData("\"Officials agreed,\" he said; \u201CWe did.\u201D")]
    [InlineData("A B C D E F ... :: (( [Officials] -")]
    public void A_sentence_start_is_where_the_four_string_comparisons_put_it(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Length; i++)
        {
            Assert.True(ReferenceIsAt(tokens, i) == SentenceStart.IsAt(tokens, i), $"token {i} '{tokens[i].Text}' of '{text}'");
        }
    }

    // SentenceFeatures.WordShape's counts before perf38: every character through char.IsUpper and char.IsDigit.
    private static int ReferenceShape(string text)
    {
        var upper = 0;
        var digits = 0;
        var hyphen = false;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c is '-' or '\u2011')
            {
                hyphen = true;
            }
        }

        return SentenceFeatures.ShapeClass(digits, hyphen, upper, char.IsUpper(text[0]), text.Length);
    }

    // SentenceStart.IsAt before perf38: the previous token's text compared with every mark whatever its length.
    private static bool ReferenceIsAt(ImmutableArray<Token> tokens, int i) =>
        i == 0 || tokens[i - 1].Kind == TokenKind.Quote || tokens[i - 1].Text is ":" or "(" || Dashes.IsEmDash(tokens[i - 1].Text);
}
