using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>A source phrase that names a poll, a survey or its respondents, or with studies a study.</summary>
public sealed class SurveyMentionsTests
{
    [Theory]
    [InlineData("the poll", false, true)]
    [InlineData("respondents", false, true)]
    [InlineData("a Pew survey of voters", false, true)]
    [InlineData("a new study", true, true)]
    [InlineData("a new study", false, false)]
    [InlineData("the officials", true, false)]
    [InlineData("the pollster", true, false)]
    public void Tells_a_phrase_that_names_a_survey(string phrase, bool studies, bool expected)
    {
        var tokens = SemanticsFixture.Of(phrase + " said so.").Sentence.Tokens;
        var words = phrase.Split(' ').Length;

        Assert.Equal(expected, SurveyMentions.In(tokens.AsSpan(0, words), studies));
    }
}
