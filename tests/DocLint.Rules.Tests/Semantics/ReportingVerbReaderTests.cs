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
    // "Let's" is "let us", no owner (PossessivesTests): the verb after it is the author's proposal, which reports nothing.
    [InlineData("Let's say the plan costs more.", "say", false)]
    [InlineData("Let\u2019s acknowledge that the plan costs more.", "acknowledge", false)]
    public void Tells_a_reporting_verb_from_a_noun(string text, string token, bool expected)
    {
        var fixture = SemanticsFixture.Of(text);

        Assert.Equal(expected, ReportingVerbReader.IsReportingVerbAt(fixture.Sentence.Tokens, fixture.IndexOf(token)));
    }

    // The contraction, its verb, and whether the pronoun speaks (IsContractedSpeech) or the verb is a passive.
    [Theory]
    [InlineData("He's said that the plan works.", "He's", "said", true, false)]
    [InlineData("She\u2019d argued the plan works.", "She'd", "argued", true, false)]
    [InlineData("They're saying the plan works.", "They're", "saying", true, false)]
    [InlineData("He'd added that the plan works.", "He'd", "added", true, false)]
    [InlineData("He'd added 20 staff to the team.", "He'd", "added", false, false)]
    [InlineData("She's added 3.5 million to the fund.", "She's", "added", false, false)]
    [InlineData("If he's confirmed, he will lead the agency.", "he's", "confirmed", false, true)]
    [InlineData("He's confirmed by the Senate each year.", "He's", "confirmed", false, true)]
    [InlineData("He's confirmed that the plan works.", "He's", "confirmed", true, false)]
    [InlineData("As he's said, the plan works.", "he's", "said", true, false)]
    [InlineData("He's said, \u201CThe plan works.\u201D", "He's", "said", true, false)]
    [InlineData("Even if you're born here, he's saying, you're not.", "he's", "saying", true, false)]
    [InlineData("He's said to be ill.", "He's", "said", false, true)]
    [InlineData("We're told the plan works.", "We're", "told", false, true)]
    [InlineData("They'd worry that the plan fails.", "They'd", "worry", false, false)]
    [InlineData("He\u2019ll explain that the plan works.", "He'll", "explain", false, false)]
    [InlineData("They'd worried that the plan fails.", "They'd", "worried", true, false)]
    public void Reads_a_verb_after_a_subject_contraction(string text, string contraction, string verb, bool speech, bool passive)
    {
        var fixture = SemanticsFixture.Of(text);
        var tokens = fixture.Sentence.Tokens;
        var at = fixture.IndexOf(contraction);
        var verbAt = fixture.IndexOf(verb);

        Assert.Equal(speech, ReportingVerbReader.IsContractedSpeech(tokens, at, verbAt, verbAt + 1));
        Assert.Equal(passive, ReportingVerbReader.IsContractedPassive(tokens, at, verbAt, verbAt + 1));
    }

    [Theory]
    [InlineData("He's", "He")]
    [InlineData("they'd", "they")]
    [InlineData("I'm", "I")]
    public void Splits_the_pronoun_off_a_contraction(string contraction, string pronoun) =>
        Assert.Equal(pronoun, ReportingVerbReader.ContractionPronoun(contraction).ToString());
}
