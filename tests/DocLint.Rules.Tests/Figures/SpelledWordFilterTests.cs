using DocLint.Rules.Common;
using DocLint.Rules.Figures;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// The filter in front of the spelled-quantity check (FigureFinder.SpelledWordFilter): it may turn a word away only
/// when no list the check reads holds it, in any case; CoreAt asks it before the spelled ratio too.
/// </summary>
public sealed class SpelledWordFilterTests
{
    [Fact]
    public void Passes_every_word_of_the_checks_lists_in_any_case()
    {
        var words = WordClasses.Fractions.Concat(WordClasses.CountsTwoToNine).Concat(RuleLexicons.NumberWords.FirstWords).Concat(WordClasses.RatioNumerators)
            .Concat(["half", "twice"]);

        Assert.All(words, word =>
        {
            Assert.True(FigureFinder.SpelledWordFilter.MayContain(word));
            Assert.True(FigureFinder.SpelledWordFilter.MayContain(word.ToUpperInvariant()));
        });
    }

    [Theory]
    [InlineData("said")]
    [InlineData("house")]
    [InlineData("Halves")]
    public void Turns_away_a_word_of_none_of_them(string word) => Assert.False(FigureFinder.SpelledWordFilter.MayContain(word));
}
