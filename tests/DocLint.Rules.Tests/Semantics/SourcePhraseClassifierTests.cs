using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>The phrase before the "said" of each sentence, classified on its own ("" when it is no source).</summary>
public sealed class SourcePhraseClassifierTests
{
    [Theory]
    [InlineData("Jane Doe said it.", "Jane Doe", "Named")]
    [InlineData("The agency said it.", "The agency", "Named")]
    [InlineData("Police said it.", "Police", "Named")]
    [InlineData("She said it.", "She", "Named")]
    [InlineData("County records said it.", "County records", "Named")]
    [InlineData("Then the researchers said it.", "the researchers", "Named")]
    [InlineData("Then survey respondents said it.", "survey respondents", "Named")]
    [InlineData("I said it.", "I", "Author")]
    [InlineData("Experts said it.", "Experts", "Vague")]
    [InlineData("Then a senior official said it.", "a senior official", "Role")]
    [InlineData("Then one Clinton insider said it.", "one Clinton insider", "Role")]
    [InlineData("Then many legal scholars said it.", "many legal scholars", "Vague")]
    [InlineData("Then two people briefed on the talks said it.", "two people briefed on the talks", "Vague")]
    [InlineData("Then GOP lawmakers said it.", "GOP lawmakers", "Vague")]
    [InlineData("Then analysts at BofA Global Research said it.", "analysts at BofA Global Research", "Named")]
    [InlineData("Then no one said it.", "no one", "")]
    [InlineData("Then the dog said it.", "the dog", "")]
    [InlineData("Then her research said it.", "her research", "Named")]
    [InlineData("Then the agency's latest data said it.", "the agency's latest data", "Named")]
    [InlineData("Then some research said it.", "some research", "Vague")]
    // sources22: a role the list had missed.
    [InlineData("Then a local photojournalist said it.", "a local photojournalist", "Role")]
    [InlineData("Then Election lawyers said it.", "Election lawyers", "Vague")]
    // An organisation named after its members ("Students for Fair Admissions") is no group at large (a guard: it passed
    // before "students" joined the speaker groups).
    [InlineData("Then Students for Fair Admissions said it.", "Students for Fair Admissions", "Named")]
    public void Classifies_a_source_phrase(string text, string phrase, string expected)
    {
        var fixture = SemanticsFixture.Of(text);
        var verb = fixture.IndexOf("said");
        var start = verb - phrase.Split(' ').Length;
        Assert.Equal(phrase, fixture.TextOf(start, verb));

        Assert.Equal(expected, SourcePhraseClassifier.Classify(fixture.Input, start, verb, quoted: false)?.ToString() ?? "");
    }

    [Fact]
    public void A_named_role_is_only_a_role_when_the_sentence_keeps_it_anonymous()
    {
        var named = SemanticsFixture.Of("Then the Clinton adviser said it.");
        var anonymous = SemanticsFixture.Of("Then the Clinton adviser, speaking on condition of anonymity, said it.");

        Assert.Equal(AttributionKind.Named, Classify(named, 1, 4));
        Assert.Equal(AttributionKind.Role, Classify(anonymous, 1, 4));
    }

    /// <summary>The phrase before the verb <paramref name="verb"/>: does it count events rather than name an actor?</summary>
    [Theory]
    [InlineData("Then COVID-19 deaths passed 500,000.", "COVID-19 deaths", "passed", true)]
    [InlineData("Then the death toll reached 4,000.", "the death toll", "reached", true)]
    [InlineData("Then the number of cases topped 10,000.", "the number of cases", "topped", true)]
    [InlineData("Then Ohio infections rose to 300.", "Ohio infections", "rose", true)]
    [InlineData("Then the Health Ministry reported 300 deaths.", "the Health Ministry", "reported", false)]
    [InlineData("Then the Census Bureau counted 300.", "the Census Bureau", "counted", false)]
    [InlineData("Then the cases' judge set bail at $500.", "the cases' judge", "set", false)]
    public void Tells_a_subject_that_counts_events(string text, string phrase, string verb, bool expected)
    {
        var fixture = SemanticsFixture.Of(text);
        var end = fixture.IndexOf(verb);
        var start = fixture.IndexOf("Then") + 1;
        Assert.Equal(phrase, fixture.TextOf(start, end));

        Assert.Equal(expected, SourcePhraseClassifier.CountsEvents(fixture.Sentence.Tokens, start, end));
        Assert.False(SourcePhraseClassifier.CountsEvents(fixture.Sentence.Tokens, start, start));
    }

    private static AttributionKind? Classify(SemanticsFixture fixture, int start, int end) =>
        SourcePhraseClassifier.Classify(fixture.Input, start, end, quoted: false);
}
