using DocLint.Rules.Common;

namespace DocLint.Rules.Tests.Common;

/// <summary>
/// The one test of the clitic "'s" and a possessive's apostrophe in both spellings (mend43), which five readers had
/// written out on their own: the rows pin each form's answer as those readers gave it (case-blind only where the label
/// test was).
/// </summary>
public sealed class ApostropheSTests
{
    [Theory]
    [InlineData("'s", true, true, true, true)]
    [InlineData("\u2019s", true, true, true, true)]
    [InlineData("'", false, true, false, false)]
    [InlineData("\u2019", false, true, false, false)]
    [InlineData("That's", false, false, true, true)]
    [InlineData("That\u2019s", false, false, true, true)]
    [InlineData("THAT'S", false, false, false, true)]
    [InlineData("Trump's First Year", false, false, false, true)]
    [InlineData("is", false, false, false, false)]
    [InlineData("s", false, false, false, false)]
    [InlineData("years", false, false, false, false)]
    public void Reads_the_clitic_and_the_apostrophe_in_either_spelling(string text, bool clitic, bool mark, bool endsWith, bool holds)
    {
        Assert.Equal(clitic, ApostropheS.IsClitic(text));
        Assert.Equal(mark, ApostropheS.IsPossessiveMark(text));
        Assert.Equal(endsWith, ApostropheS.EndsWithClitic(text));
        Assert.Equal(holds, ApostropheS.HoldsClitic(text));
    }

    // The word-end test in any case, as Possessives.EndsWithPossessive asks it (mend44): both spellings, "THAT'S" too.
    [Theory]
    [InlineData("That's", true)]
    [InlineData("That\u2019s", true)]
    [InlineData("THAT'S", true)]
    [InlineData("THAT\u2019S", true)]
    [InlineData("Trump's First Year", false)]
    [InlineData("years", false)]
    public void Reads_the_clitic_at_a_word_s_end_in_any_case(string text, bool expected) =>
        Assert.Equal(expected, ApostropheS.EndsWithClitic(text, StringComparison.OrdinalIgnoreCase));
}
