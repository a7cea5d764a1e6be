using System.Text;
using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Text;

namespace DocLint.Core.Tests.Documents;

public sealed class MarkdownNestingTests
{
    [Theory]
    [InlineData(">", 100, false)]
    [InlineData(">", 101, true)]
    [InlineData("> ", 101, true)]
    [InlineData("- ", 101, true)]
    [InlineData("[", 100, false)]
    [InlineData("[", 101, true)]
    public void The_limit_is_one_hundred_levels(string opener, int depth, bool refused)
    {
        var text = "Fine.\n\n" + string.Concat(Enumerable.Repeat(opener, depth)) + "x\n";

        var loaded = DocumentLoader.Load("deep.md", Encoding.UTF8.GetBytes(text));

        Assert.Equal(refused ? "deep.md(3,1,3,2) DL0015 Markdown nested too deeply at line 3 (more than 100 levels of quotes, lists, emphasis or links); it was not linted" : null, Describe(loaded.Failure));
    }

    [Fact]
    public void Nested_lists_count_their_indentation()
    {
        var text = string.Concat(Enumerable.Range(0, 150).Select(i => new string(' ', 2 * i) + "- item\n"));

        var loaded = DocumentLoader.Load("list.md", Encoding.UTF8.GetBytes(text));

        Assert.Equal("list.md(101,1,101,2) DL0015 Markdown nested too deeply at line 101 (more than 100 levels of quotes, lists, emphasis or links); it was not linted", Describe(loaded.Failure));
    }

    [Fact]
    public void Brackets_count_across_the_lines_of_a_paragraph_and_a_blank_line_resets_them()
    {
        var split = string.Concat(Enumerable.Repeat("[[[[[[[[[[\n", 11));
        var separated = string.Concat(Enumerable.Repeat("[[[[[[[[[[\n\n", 11));

        Assert.Equal(10, MarkdownNesting.FindTooDeepLine(SourceText.From(split)));
        Assert.Null(MarkdownNesting.FindTooDeepLine(SourceText.From(separated)));
    }

    [Fact]
    public void Plain_text_has_no_nesting_limit()
    {
        var loaded = DocumentLoader.Load("deep.txt", Encoding.UTF8.GetBytes(new string('>', 500) + " It is probably true.\n"));

        Assert.Null(loaded.Failure);
    }

    [Fact]
    public void Markdigs_own_depth_error_is_placed_on_the_first_line_that_causes_it()
    {
        // Past the scan's reach on purpose: parsed directly, 20,000 brackets make Markdig throw.
        var source = SourceText.From("Fine.\n\nStill fine.\n\n" + new string('[', 20_000) + "x" + new string(']', 20_000) + "\n\nAfter.\n");

        var thrown = Assert.ThrowsAny<ArgumentException>(() => Markdig.Markdown.Parse(source.Text, MarkdownProseExtractor.Pipeline));

        Assert.True(MarkdownNesting.IsDepthError(thrown));
        Assert.Equal(4, MarkdownNesting.LocateParseFailure(source, MarkdownProseExtractor.Pipeline));
    }

    private static string? Describe(Diagnostic? diagnostic)
    {
        if (diagnostic is null)
        {
            return null;
        }

        var span = diagnostic.Location.LineSpan;
        return $"{diagnostic.Location.Path}({span.Start.Line + 1},{span.Start.Character + 1},{span.End.Line + 1},{span.End.Character + 1}) {diagnostic.Id} {diagnostic.Message}";
    }
}
