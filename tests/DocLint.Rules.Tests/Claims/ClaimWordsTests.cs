using DocLint.Prose;
using DocLint.Rules.Claims;
using DocLint.Rules.Common;
using DocLint.Text;

namespace DocLint.Rules.Tests.Claims;

/// <summary>The claim reader's copy-free word tests answer as the lowered copy they replace did, ASCII or not.</summary>
public sealed class ClaimWordsTests
{
    [Theory]
    [InlineData("He", true)]
    [InlineData("SHE", true)]
    [InlineData("they", true)]
    [InlineData("Hex", false)]
    [InlineData("Them", false)]
    [InlineData("th\u00e9y", false)]
    public void LowerIs_matches_the_lowered_word(string text, bool expected)
    {
        Assert.Equal(expected, ClaimWords.LowerIs(Word(text), "he", "she", "it", "they"));
    }

    // Non-ASCII words are lowered as before; how "\u0130" lowers depends on the globalization mode, so compare.
    [Theory]
    [InlineData("\u0130t")]
    [InlineData("\u0130T")]
    [InlineData("H\u00c9")]
    [InlineData("He")]
    public void LowerIs_answers_as_the_lowered_copy(string text)
    {
        var token = Word(text);
        Assert.Equal(token.Lower() is "he" or "she" or "it" or "they", ClaimWords.LowerIs(token, "he", "she", "it", "they"));
    }

    [Theory]
    [InlineData("Was")]
    [InlineData("IS")]
    [InlineData("wasn\u2019t")]
    [InlineData("The")]
    [InlineData("Th\u00e9")]
    [InlineData("bridge")]
    public void LowerIn_matches_a_look_up_of_the_lowered_word(string text)
    {
        var token = Word(text);
        Assert.Equal(WordClasses.BeVerbs.Contains(token.Lower()), ClaimWords.LowerIn(WordClasses.BeVerbs, token));
        Assert.Equal(WordClasses.Determiners.Contains(token.Lower()), ClaimWords.LowerIn(WordClasses.Determiners, token));
    }

    [Fact]
    public void LowerIn_finds_a_capitalised_member() =>
        Assert.True(ClaimWords.LowerIn(WordClasses.Determiners, Word("THE")));

    private static Token Word(string text) => new(TokenKind.Word, text, new TextSpan(0, text.Length));
}
