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
}
