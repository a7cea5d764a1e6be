using DocLint.Rules.Figures;
using DocLint.Rules.Semantics;
using DocLint.Rules.Tests.Semantics;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// The one reader of what a count in a source phrase counts (mend41: the crowd test and the speakers test shared their
/// guards in two copies). Each row pins the call the figures rule now makes through it, on the first attribution whose
/// source phrase holds the figure.
/// </summary>
public sealed class SourcePhraseCountsTests
{
    [Theory]
    // A crowd of ten or more people opening the phrase (figures67, rev40).
    [InlineData("65 GOP lawmakers wrote a letter to the president.", "65", "Crowd")]
    [InlineData("More than 40 congressional Democrats now say the bill should pass.", "More than 40", "Crowd")]
    // A few sources a reporter numbers: the speech's.
    [InlineData("Two Republican senators told Politico the bill would pass.", "Two", "Speakers")]
    [InlineData("Three sources told CNN the plan was dropped.", "Three", "Speakers")]
    // A part of a group heads no crowd, but its count still numbers the speakers (only an "of" before the count ends that).
    [InlineData("Fifty of my Republican colleagues told Politico the bill would pass.", "Fifty", "Speakers")]
    // A share and a ratio: neither crowd nor speakers.
    [InlineData("Sixty percent of Democrats say the plan will fail.", "Sixty percent", "Other")]
    [InlineData("Six in 10 Americans say the plan will fail.", "Six in 10", "Other")]
    // A measure is no crowd of people (rev40); the speakers test still takes it as the speech's (no "of" before it, no
    // share), so the rule leaves it covered, as at BASE (mend41 left this: a measure numbers no speakers either).
    [InlineData("Republicans are 73 points more likely than Democrats to say the plan will fail.", "73", "Speakers")]
    public void Reads_what_a_count_in_a_source_phrase_counts(string text, string figureText, string callName)
    {
        var fixture = SemanticsFixture.Of(text);
        var reading = SentenceSemantics.Of(fixture.Document, fixture.Sentence);
        var figure = Assert.Single(FigureFinder.Of(fixture.Document, fixture.Sentence), f => fixture.TextOf(f.Start, f.End) == figureText);
        var attribution = Assert.Single(reading.Attributions, a => figure.Start >= a.SourceStart && figure.Start < a.SourceEnd);

        Assert.Equal(Enum.Parse<SourcePhraseCount>(callName), SourcePhraseCounts.Read(reading.Tokens, attribution, figure));
    }

    [Theory]
    [InlineData("million", true)]
    [InlineData("millions", true)]
    [InlineData("THOUSANDS", true)]
    [InlineData("Billion", true)]
    [InlineData("dozens", false)]
    [InlineData("people", false)]
    public void Reads_a_scale_word_in_either_number(string word, bool expected) =>
        Assert.Equal(expected, ScaleWordForms.IsScaleWord(word));
}
