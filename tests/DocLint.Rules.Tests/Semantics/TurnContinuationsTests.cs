using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>The unlabelled paragraphs of a transcript that carry on the turn before them (hedges29).</summary>
public sealed class TurnContinuationsTests
{
    private const string Transcript =
        "AMY GOODMAN: What happened?\n\nALLAN NAIRN: It was a surprise.\n\nFor years, it was unthinkable.\n\nBut it changed.\n\nAMY GOODMAN: Why?";

    // The guest's two unlabelled paragraphs, not the labelled ones.
    private static readonly bool[] GuestsRunOn = [false, false, true, true, false];

    [Fact]
    public void Reads_a_guests_unlabelled_paragraphs_up_to_the_next_label_as_theirs()
    {
        var document = SemanticsFixture.Of(Transcript).Document;
        var blocks = document.Document.Blocks;

        Assert.Equal(
            GuestsRunOn,
            blocks.Select(block => TurnContinuations.Continues(document, block, out _)).ToArray());
        Assert.True(TurnContinuations.Continues(document, blocks[2], out var asks));
        Assert.False(asks);
    }

    // The speech's paragraph before its "Question:" label is the senator's; what follows the label is no longer read.
    private static readonly bool[] UpToAnotherLabel = [false, false, true, false, false, false];

    [Fact]
    public void Ends_the_turn_at_a_label_of_another_kind()
    {
        var document = SemanticsFixture.Of(
            "AMY GOODMAN: Hi?\n\nSEN. BERNIE SANDERS: Thanks.\n\nNow, one problem is the media.\n\nQuestion: Why are we alone?\n\nSo, we lay it out.\n\nAMY GOODMAN: Thanks.").Document;

        Assert.Equal(
            UpToAnotherLabel,
            document.Document.Blocks.Select(block => TurnContinuations.Continues(document, block, out _)).ToArray());
    }

    // voice44: "BILL McKIBBEN:" is a label in capitals (its particle is class-name-particles), so his turn runs on; one
    // speaker labelled twice is a speech in excerpts, whose paragraph between speaks as "we" (the "…" line after it
    // neither ends nor joins the turn; the last paragraph is after the last label). The mask marks each paragraph read
    // as a continuation with "+".
    [Theory]
    [InlineData("AMY GOODMAN: What happened?\n\nBILL McKIBBEN: It was hot.\n\nWe can't build more.\n\nAMY GOODMAN: Why?", "--+-")]
    [InlineData("DR. CARSON: We need a tithe.\n\nWe don't have to do 10%.\n\n…\n\nDR. CARSON: Here is my plan.\n\nYou pay in.", "-+---")]
    public void Reads_a_particle_label_and_one_speakers_repeated_label_as_turns(string text, string mask)
    {
        var document = SemanticsFixture.Of(text).Document;

        Assert.Equal(
            mask,
            string.Concat(document.Document.Blocks.Select(block => TurnContinuations.Continues(document, block, out _) ? '+' : '-')));
    }

    [Fact]
    public void Reads_a_hosts_run_on_paragraph_as_the_host_who_asks()
    {
        var document = SemanticsFixture.Of("AMY GOODMAN: We turn to Iran.\n\nWe are joined by a guest.\n\nJOHN KERRY: Hello.\n\nAMY GOODMAN: Why?").Document;

        Assert.True(TurnContinuations.Continues(document, document.Document.Blocks[1], out var asks));
        Assert.True(asks);
    }

    [Theory]
    // No later label: the author's prose after an excerpt.
    [InlineData("TRUMP: We will win.\n\nCLINTON: We will see.\n\nThe race will tighten.")]
    // A fact check's label between the quotes, a headline under a capital label, a lead-in's colon, one speaker only.
    [InlineData("TRUMP: We won.\n\nTHE FACTS: Not so.\n\nThe count will change.\n\nTRUMP: We won.\n\nCLINTON: No.")]
    [InlineData("REM RIEDER: An important crusade\n\nThe rules will change.\n\nREM RIEDER: Another crusade")]
    [InlineData("TRUMP: We won.\n\nHe said later:\n\nThe count will change.\n\nTRUMP: We won.\n\nCLINTON: No.")]
    [InlineData("TRUMP: We won.\n\nThe count will change.\n\nTRUMP: We won.")]
    // A photo caption's position labels are no speakers (class-non-speaker-labels).
    [InlineData("LEFT: A worker trims masks. RIGHT: A nurse.\n\nThe factory will reopen.\n\nLEFT: A park. RIGHT: A store.")]
    // A round-up's labels in mixed case head entries whose paragraphs are the author's.
    [InlineData("Winners: Cruz.\n\nThe race will change.\n\nLosers: Bush.\n\nWinners: Rubio.")]
    public void Reads_no_continuation_where_the_page_shows_none(string text)
    {
        var document = SemanticsFixture.Of(text).Document;

        Assert.DoesNotContain(document.Document.Blocks, block => TurnContinuations.Continues(document, block, out _));
    }
}
