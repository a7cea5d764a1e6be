using DocLint.Text;

namespace DocLint.Core.Tests.Text;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("a\nb\nc", new[] { 0, 2, 4 })]
    [InlineData("a\r\nb\r\nc", new[] { 0, 3, 6 })]
    [InlineData("a\rb\rc", new[] { 0, 2, 4 })]
    [InlineData("a\r\n\nb\r", new[] { 0, 3, 4, 6 })]
    [InlineData("", new[] { 0 })]
    public void Line_starts_follow_every_line_break_convention(string text, int[] expectedStarts)
    {
        var source = SourceText.From(text);

        Assert.Equal(expectedStarts, Enumerable.Range(0, source.LineCount).Select(source.GetLineStart));
    }

    [Fact]
    public void Positions_map_to_zero_based_lines_and_utf16_columns()
    {
        var source = SourceText.From("first\r\nsecond 😀 x\nthird");

        Assert.Equal(new LinePosition(0, 0), source.GetLinePosition(0));
        Assert.Equal(new LinePosition(1, 0), source.GetLinePosition(7));
        // The emoji is two UTF-16 code units, so "x" sits at column 10, not 9.
        Assert.Equal(new LinePosition(1, 10), source.GetLinePosition(source.Text.IndexOf('x', StringComparison.Ordinal)));
        Assert.Equal(new LinePosition(2, 5), source.GetLinePosition(source.Length));
    }

    [Fact]
    public void Line_span_excludes_the_line_break()
    {
        var source = SourceText.From("ab\r\ncd");

        Assert.Equal(new TextSpan(0, 2), source.GetLineSpan(0));
        Assert.Equal(new TextSpan(4, 2), source.GetLineSpan(1));
    }

    [Fact]
    public void Span_round_trips_through_line_positions()
    {
        var source = SourceText.From("one\ntwo three\nfour");
        var span = new TextSpan(8, 8);

        var lines = source.GetLinePositionSpan(span);

        Assert.Equal(new LinePositionSpan(new LinePosition(1, 4), new LinePosition(2, 2)), lines);
        Assert.Equal(span.Start, source.GetPosition(lines.Start));
        Assert.Equal(span.End, source.GetPosition(lines.End));
    }
}
