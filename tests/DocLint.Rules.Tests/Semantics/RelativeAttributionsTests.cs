using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>An attribution whose subject is a pronoun in a relative clause, and where such a clause closes.</summary>
public sealed class RelativeAttributionsTests
{
    [Theory]
    [InlineData("Five inmates, who he said were convicted, escaped.", true)]
    [InlineData("The tax, which she said would raise $800 billion, passed.", true)]
    // A named subject keeps its reach; a capitalised relative; no relative.
    [InlineData("Five inmates, who Smith said were convicted, escaped.", false)]
    [InlineData("Who he said was convicted is unclear.", false)]
    [InlineData("He said the inmates were convicted.", false)]
    public void Reads_a_pronoun_subject_in_a_relative_clause(string text, bool expected)
    {
        var fixture = SemanticsFixture.Of(text);
        var attributions = SentenceSemantics.Of(fixture.Document, fixture.Sentence).Attributions;

        Assert.Equal(expected, attributions.Any(a => RelativeAttributions.IsPronounRelative(fixture.Sentence.Tokens, a)));
    }

    // The attribution is made here, the relative and any name before "said" its source, so that the clause's reading is
    // tested apart from the attribution reader's (which reads no source in "a voter, who said").
    [Theory]
    [InlineData("The bill, which Smith said would pass, may still fail.", "may", true)]
    [InlineData("The bill, which Smith said would pass, may still fail.", "would", false)]
    // A clause a subordinator opens inside the report: its closing comma is followed by the report's own predicate,
    // and the main clause's resumes only after the next comma.
    [InlineData("The bill, which Smith said, if passed, would help, may fail.", "would", false)]
    [InlineData("The bill, which Smith said, if passed, would help, may fail.", "may", true)]
    [InlineData("The bill, which Smith said, once signed, will help, may fail.", "will", false)]
    // A comma before anything but a finite verb may still be inside the report; no comma before the relative.
    [InlineData("He met a voter, who said that, if elected, she would resign.", "would", false)]
    [InlineData("The bill which Smith said would pass, may still fail.", "may", false)]
    // A comma before anything but a subordinator opens no inset: the next comma followed by a modal still closes.
    [InlineData("The bill, which Smith said would pass, the senator says, may still fail.", "may", true)]
    public void Closes_a_set_off_relative_clause_where_the_main_predicate_resumes(string text, string token, bool expected)
    {
        var fixture = SemanticsFixture.Of(text);
        var verb = fixture.IndexOf("said");
        var relative = fixture.Sentence.Tokens.Take(verb).ToList().FindLastIndex(t => t.Text is "which" or "who");
        var attribution = new Attribution(AttributionKind.Named, verb, verb + 1, relative, verb);

        Assert.Equal(expected, RelativeAttributions.ClosesBefore(fixture.Input, attribution, fixture.IndexOf(token)));
    }
}
