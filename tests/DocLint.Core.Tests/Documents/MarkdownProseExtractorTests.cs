using System.Globalization;
using System.Text;
using DocLint.Documents;
using DocLint.Text;

namespace DocLint.Core.Tests.Documents;

/// <summary>Position tests in Markdig's style: each block dumped with where its prose maps in the source.</summary>
public sealed class MarkdownProseExtractorTests
{
    [Fact]
    public void Front_matter_code_and_html_are_not_prose()
    {
        var markdown = "---\ntitle: Probably 37%\n---\n# Heading\n\n```\nobviously 12%\n```\n\n    indented 40%\n\n<div>maybe</div>\n\nBody text.\n";

        var blocks = Extract(markdown).Blocks;

        Assert.Equal(["Heading", "Body text."], blocks.Select(b => b.Text));
        Assert.Equal([ProseBlockKind.Heading, ProseBlockKind.Paragraph], blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Soft_line_breaks_in_a_quote_map_each_word_to_its_own_line()
    {
        var markdown = "> First line of\n> the quote.\n";
        var document = Extract(markdown);
        var block = Assert.Single(document.Blocks);

        Assert.Equal("First line of\nthe quote.", block.Text);
        Assert.True(block.InBlockQuote);
        Assert.Equal("(2,3)-(2,6) \"the\"", Where(document, block, "the"));
    }

    [Theory]
    [InlineData("Intro.\n\n# \tcritics say\n", "(3,4)-(3,11) \"critics\"")]
    [InlineData("could<div>\n# \t_ critics say\n", "(2,6)-(2,13) \"critics\"")]
    [InlineData("could<div>\r\n# \t_ critics say\r\n", "(2,6)-(2,13) \"critics\"")]
    [InlineData("\n# \t\u2026 critics say\n", "(2,6)-(2,13) \"critics\"")]
    [InlineData("\r\n# \t\u2026 critics say\r\n", "(2,6)-(2,13) \"critics\"")]
    [InlineData("## \t\u0301</div>~~~**<div>[ref]!The council_ $4 million<!-- unclosed critics say; \U0001F600```\n", "(1,65)-(1,72) \"critics\"")]
    [InlineData("| a |\r\n\r\n## \t\u0301</div>~~~**<div>[ref]!The council_ $4 million<!-- unclosed critics say; \U0001F600```\r\n", "(3,65)-(3,72) \"critics\"")]
    public void A_heading_whose_text_follows_a_tab_maps_to_its_own_line(string markdown, string expected)
    {
        // Markdig places such a literal before its block, a few columns early inside it, or, after a combining mark and
        // raw HTML, tens of columns early (the property suite found all three through a CRLF difference).
        var document = Extract(markdown);

        Assert.Equal(expected, Where(document, document.Blocks[^1], "critics"));
    }

    [Fact]
    public void List_markers_and_tabs_are_skipped_exactly()
    {
        var markdown = "-\tItem with\ttab\n1. Second item\n";
        var document = Extract(markdown);

        Assert.Equal(["Item with\ttab", "Second item"], document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, b => Assert.Equal(ProseBlockKind.ListItem, b.Kind));
        Assert.Equal("(1,13)-(1,16) \"tab\"", Where(document, document.Blocks[0], "tab"));
        Assert.Equal("(2,11)-(2,15) \"item\"", Where(document, document.Blocks[1], "item"));
    }

    [Fact]
    public void Escapes_and_entities_are_atomic_pieces()
    {
        var markdown = "Costs rose \\*sharply\\* &amp; quickly.\n";
        var document = Extract(markdown);
        var block = Assert.Single(document.Blocks);

        Assert.Equal("Costs rose *sharply* & quickly.", block.Text);
        Assert.Equal("(1,14)-(1,21) \"sharply\"", Where(document, block, "sharply"));
        Assert.Equal("(1,24)-(1,29) \"&amp;\"", Where(document, block, "&"));
        Assert.Equal("(1,30)-(1,37) \"quickly\"", Where(document, block, "quickly"));
    }

    [Fact]
    public void Link_text_is_prose_and_its_destination_is_evidence()
    {
        var markdown = "See [the 2024 audit](https://example.org/audit-37) and <https://example.org/x>.\n";
        var document = Extract(markdown);
        var block = Assert.Single(document.Blocks);

        Assert.DoesNotContain("example.org", block.Text, StringComparison.Ordinal);
        Assert.Contains("the 2024 audit", block.Text, StringComparison.Ordinal);
        Assert.Equal(
            ["Link https://example.org/audit-37", "Link https://example.org/x"],
            block.Evidence.Select(e => $"{e.Kind} {e.Target}"));
        Assert.Equal("(1,6)-(1,20) \"the 2024 audit\"", Where(document, block, "the 2024 audit"));
    }

    [Fact]
    public void Inline_code_becomes_a_placeholder_that_maps_to_the_whole_span()
    {
        var markdown = "Run `npm install` now.\n";
        var document = Extract(markdown);
        var block = Assert.Single(document.Blocks);

        Assert.Equal("Run \uFFFC now.", block.Text);
        Assert.Equal("(1,5)-(1,18) \"`npm install`\"", Where(document, block, "\uFFFC"));
    }

    [Fact]
    public void Emphasis_inside_a_word_maps_across_the_markers()
    {
        var markdown = "An un*believ*able claim.\n";
        var document = Extract(markdown);
        var block = Assert.Single(document.Blocks);

        Assert.Equal("An unbelievable claim.", block.Text);
        Assert.Equal("(1,4)-(1,18) \"un*believ*able\"", Where(document, block, "unbelievable"));
    }

    [Fact]
    public void Tables_yield_one_block_per_cell()
    {
        var markdown = "| Region | Share |\n|---|---|\n| North | 37% |\n";
        var document = Extract(markdown);

        Assert.Equal(["Region", "Share", "North", "37%"], document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, b => Assert.Equal(ProseBlockKind.TableCell, b.Kind));
        Assert.Equal("(3,11)-(3,14) \"37%\"", Where(document, document.Blocks[3], "37%"));
    }

    [Fact]
    public void Footnote_references_are_evidence_and_definitions_are_not_prose()
    {
        var markdown = "Turnout was 70 percent.[^1]\n\n[^1]: County clerk, 2024 report.\n";
        var document = Extract(markdown);
        var block = Assert.Single(document.Blocks);

        Assert.Equal("Turnout was 70 percent.\uFFFC", block.Text);
        Assert.Equal(EvidenceKind.Footnote, Assert.Single(block.Evidence).Kind);
    }

    [Fact]
    public void Crlf_and_bom_free_text_keep_exact_columns()
    {
        var markdown = "Line one\r\nand line two.\r\n";
        var document = Extract(markdown);
        var block = Assert.Single(document.Blocks);

        Assert.Equal("(2,10)-(2,13) \"two\"", Where(document, block, "two"));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_pipe_table_under_an_unclosed_link_title_reads_the_same_with_either_line_ending(string newline)
    {
        // Markdig reads these lines as a table with LF and as one paragraph with CRLF (the property suite's
        // Line_endings_do_not_change_the_findings found it); the extractor parses CRLF folded to LF.
        var markdown = string.Join(newline, "[r]:g", "\"", "\\ \"obviously|", "-|", string.Empty);
        var document = Extract(markdown);

        Assert.Equal([(ProseBlockKind.Paragraph, "\"\n"), (ProseBlockKind.TableCell, "\\ \"obviously")], document.Blocks.Select(b => (b.Kind, b.Text)));
        Assert.Equal("(3,4)-(3,13) \"obviously\"", Where(document, document.Blocks[^1], "obviously"));
    }

    [Fact]
    public void Html_comments_after_crlf_lines_keep_their_file_offsets()
    {
        // A guard for the folding: Markdig parses LF, yet suppression comments must point into the CRLF file.
        var markdown = "Intro.\r\n\r\nText <!-- doclint-disable-line --> here.\r\n";
        var document = Extract(markdown);

        var comment = Assert.Single(document.Comments);
        Assert.Equal(new TextSpan(15, 29), comment.SourceSpan);
        Assert.Equal("Text  here.", Assert.Single(document.Blocks.Skip(1)).Text);
    }

    [Fact]
    public void Html_comments_are_collected_for_suppressions()
    {
        var markdown = "<!-- doclint-disable DL1001 -->\n\nText <!-- doclint-disable-line --> here.\n";
        var document = Extract(markdown);

        Assert.Equal([" doclint-disable DL1001 ", " doclint-disable-line "], document.Comments.Select(c => c.Content));
        Assert.Equal(new TextSpan(0, 31), document.Comments[0].SourceSpan);
    }

    [Fact]
    public void Setext_headings_and_surrogate_pairs_map_exactly()
    {
        var markdown = "Title 😀 here\n===\n";
        var document = Extract(markdown);
        var block = Assert.Single(document.Blocks);

        Assert.Equal(ProseBlockKind.Heading, block.Kind);
        Assert.Equal("(1,10)-(1,14) \"here\"", Where(document, block, "here"));
    }

    private static ProseDocument Extract(string markdown) =>
        MarkdownProseExtractor.Extract("test.md", SourceText.From(markdown));

    // "(line,col)-(line,col) \"source text\"" of the first occurrence of a prose substring, 1-based.
    private static string Where(ProseDocument document, ProseBlock block, string prose)
    {
        var start = block.Text.IndexOf(prose, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{prose}' is not in the block's prose '{block.Text}'");
        var source = block.MapToSource(new TextSpan(start, prose.Length));
        var lines = document.Source.GetLinePositionSpan(source);
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"({lines.Start.Line + 1},{lines.Start.Character + 1})-({lines.End.Line + 1},{lines.End.Character + 1})");
        builder.Append(CultureInfo.InvariantCulture, $" \"{document.Source.ToString(source)}\"");
        return builder.ToString();
    }
}
