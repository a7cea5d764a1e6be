using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>The clause of a source's "suggest" or "indicate", which is the source's reading, not the author's.</summary>
public sealed class SourceReadingClausesTests
{
    [Theory]
    [InlineData("The White House indicated that the deal could help.", "could", true)]
    [InlineData("He suggested it might rain.", "might", true)]
    [InlineData("Officials have indicated that the plan could fail.", "could", true)]
    [InlineData("Officials indicated that if the gas were used, that could help.", "could", true)]
    [InlineData("He suggested that rates may rise, but prices might fall.", "may", true)]
    // Past the clause's comma; a thing's inference; a modal before the verb; the author's own; a message noun; a relative "that".
    [InlineData("He suggested that rates may rise, but prices might fall.", "might", false)]
    [InlineData("That indicates the economy may slow.", "may", false)]
    [InlineData("This could indicate the plan may fail.", "may", false)]
    [InlineData("Our analysis suggests that prices may rise.", "may", false)]
    [InlineData("His past remarks suggest he may run.", "may", false)]
    public void Reads_the_clause_of_a_sources_reading(string text, string token, bool expected)
    {
        var fixture = SemanticsFixture.Of(text);

        Assert.Equal(expected, SourceReadingClauses.Holds(fixture.Input, fixture.IndexOf(token)));
    }

    [Theory]
    [InlineData("He did not indicate a date.", "indicate", "He")]
    [InlineData("Reports have also indicated a delay.", "indicated", "Reports")]
    [InlineData("The data indicate a delay.", "indicate", "data")]
    public void Finds_the_subject_past_fillers_and_have(string text, string verb, string subject)
    {
        var fixture = SemanticsFixture.Of(text);

        Assert.Equal(fixture.IndexOf(subject), SourceReadingClauses.SubjectHeadBefore(fixture.Sentence.Tokens, fixture.IndexOf(verb)));
    }

    [Theory]
    [InlineData("His past remarks suggest a run.", "remarks", true)]
    [InlineData("Senate records indicate a vote.", "records", true)]
    [InlineData("The huge crowds indicate support.", "crowds", false)]
    public void Reads_a_message_noun_as_a_source_head_for_the_verb(string text, string head, bool expected)
    {
        var fixture = SemanticsFixture.Of(text);

        Assert.Equal(expected, SourceReadingClauses.IsSourceHead(fixture.Sentence.Tokens, fixture.Input.Grammar, fixture.IndexOf(head)));
    }
}
