using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>A transcript that prints each speaker's name alone on a line: the guest's paragraphs, not the host's who asks.</summary>
public sealed class NameLineTurnsTests
{
    private const string Daily =
        "michael barbaro\n\nWhat happened?\n\nadam liptak\n\nThe court ruled.\n\nIt was close.\n\nmichael barbaro\n\nWhy?\n\n"
        + "adam liptak\n\nThe votes split.\n\nmichael barbaro\n\nRight.\n\nadam liptak\n\nIt may pass.";

    // The mask marks each paragraph read as a guest's turn with "+": the guest's, not the host's, not the name lines.
    [Fact]
    public void Reads_the_guests_paragraphs_under_their_name_line()
    {
        var document = SemanticsFixture.Of(Daily).Document;

        Assert.Equal(
            "---++---+---+",
            string.Concat(document.Document.Blocks.Select(block => NameLineTurns.IsGuestTurn(document, block) ? '+' : '-')));
    }

    [Theory]
    // Each name only twice.
    [InlineData("Ezra Klein\n\nWhy?\n\nBill Gates\n\nI think so.\n\nEzra Klein\n\nWhy?\n\nBill Gates\n\nI think it may.")]
    // Repeated section lines that ask nothing.
    [InlineData("Fifth grade\n\nThe class grew.\n\nSan Diego\n\nIt may rain.\n\nFifth grade\n\nIt shrank.\n\nSan Diego\n\nIt rained.\n\nFifth grade\n\nIt grew.\n\nSan Diego\n\nIt dried.")]
    // Both ask as often: no host to tell.
    [InlineData("Ezra Klein\n\nWhy?\n\nBill Gates\n\nWhy?\n\nEzra Klein\n\nWhy?\n\nBill Gates\n\nWhy?\n\nEzra Klein\n\nWhy?\n\nBill Gates\n\nWhy?")]
    public void Reads_no_guest_where_the_layout_shows_no_host(string text)
    {
        var document = SemanticsFixture.Of(text).Document;

        Assert.DoesNotContain(document.Document.Blocks, block => NameLineTurns.IsGuestTurn(document, block));
    }
}
