using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>The one walk over a document's paragraphs that ConversationTurns and Interviewers share.</summary>
public sealed class ParagraphLabelsTests
{
    [Fact]
    public void Reads_each_paragraphs_opening_speaker_and_every_turn_label()
    {
        var fixture = SemanticsFixture.Of(
            "Nick Gillespie: What do you think?\n\nAjit Pai: I think it works. GILLESPIE: Why?\n\nTrump's First Year: a review.\n\nNo label here.");

        var labels = ParagraphLabels.Of(fixture.Document);

        Assert.Equal(new[] { (0, "Nick Gillespie"), (1, "Ajit Pai") }, labels.Openers.ToArray());
        Assert.Equal(
            new[] { ("Nick Gillespie", true), ("Ajit Pai", false), ("GILLESPIE", true), ("Trump's First Year", false) },
            labels.Turns.ToArray());
    }

    [Fact]
    public void Reads_no_labels_where_no_paragraph_has_one()
    {
        var labels = ParagraphLabels.Of(SemanticsFixture.Of("No label here.\n\nNor here, a time of 10:30.").Document);

        Assert.Empty(labels.Openers);
        Assert.Empty(labels.Turns);
    }
}
