using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

public sealed class ReportingVerbReaderTests
{
    [Theory]
    [InlineData("Officials said the road reopened.", "said", true)]
    [InlineData("The court states that the law applies.", "states", true)]
    [InlineData("The state grew fast.", "state", false)]
    [InlineData("State officials met.", "State", false)]
    [InlineData("He was determined to win.", "determined", false)]
    [InlineData("The panel has determined that the law applies.", "determined", true)]
    [InlineData("Reports suggest the deal collapsed.", "Reports", false)]
    [InlineData("It was a poll that found support.", "found", true)]
    [InlineData("The reports of fraud were false.", "reports", false)]
    [InlineData("He rejected the estimates of the cost.", "estimates", false)]
    [InlineData("The rent rose, a job application for the position shows.", "shows", true)]
    [InlineData("Supporters raised just over $26,000, The Denver Post reports.", "reports", true)]
    [InlineData("The plan may cost $52,000, the Austin American-Statesman reports.", "reports", true)]
    [InlineData("In one district, 400,000 people were affected, NPR's Julie McCarthy reports.", "reports", true)]
    [InlineData("The figure rose, according to news reports.", "reports", false)]
    [InlineData("Tuition rose, Gallup reports of the survey.", "reports", false)]
    [InlineData("The dog's barks frightened him.", "frightened", false)]
    public void Tells_a_reporting_verb_from_a_noun(string text, string token, bool expected)
    {
        var fixture = SemanticsFixture.Of(text);

        Assert.Equal(expected, ReportingVerbReader.IsReportingVerbAt(fixture.Sentence.Tokens, fixture.IndexOf(token)));
    }
}
