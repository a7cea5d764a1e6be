using DocLint.Documents;
using DocLint.Text;

namespace DocLint.Core.Tests.Documents;

public sealed class PlainTextProseExtractorTests
{
    [Fact]
    public void Paragraphs_are_split_on_blank_lines_and_map_one_to_one()
    {
        var text = "Title line\n\nFirst paragraph\nwraps here.\n   \nSecond.\r\n";
        var document = PlainTextProseExtractor.Extract("a.txt", SourceText.From(text));

        Assert.Equal(["Title line", "First paragraph\nwraps here.", "Second."], document.Blocks.Select(b => b.Text));
        var second = document.Blocks[1];
        Assert.Equal(new TextSpan(34, 4), second.MapToSource(new TextSpan(22, 4)));
        Assert.Equal("here", text.Substring(34, 4));
    }

    [Fact]
    public void A_crlf_inside_a_paragraph_is_one_line_break_of_prose_mapped_to_both_characters()
    {
        // The property suite found a figure's message quoting "|\r\n3.5" under CRLF and "|\n3.5" under LF.
        var text = "First paragraph\r\nwraps here.\r\n\r\nSecond.\r\n";
        var document = PlainTextProseExtractor.Extract("a.txt", SourceText.From(text));

        Assert.Equal(["First paragraph\nwraps here.", "Second."], document.Blocks.Select(b => b.Text));
        var first = document.Blocks[0];
        Assert.Equal(new TextSpan(23, 4), first.MapToSource(new TextSpan(22, 4)));
        Assert.Equal("here", text.Substring(23, 4));
        Assert.Equal(new TextSpan(15, 2), first.MapToSource(new TextSpan(15, 1)));
        Assert.Equal(new TextSpan(10, 11), first.MapToSource(new TextSpan(10, 10)));
    }
}
