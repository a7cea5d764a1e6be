using DocLint.Cli.Changes;

namespace DocLint.Cli.Tests.Changes;

public sealed class DiffHunkParserTests
{
    [Fact]
    public void Reads_new_side_ranges_with_and_without_counts()
    {
        const string diff = """
            diff --git a/a.md b/a.md
            index 1111111..2222222 100644
            --- a/a.md
            +++ b/a.md
            @@ -1,0 +2,3 @@ # Title
            +one
            +two
            +three
            @@ -10 +13 @@
            -old
            +new
            @@ -20,2 +22,0 @@
            -gone
            -gone too
            """;

        var changed = DiffHunkParser.Parse(diff);

        Assert.False(changed.WholeFile);
        Assert.Equal([new LineRange(2, 4), new LineRange(13, 13)], changed.Ranges.ToArray());
    }

    [Fact]
    public void Ignores_lines_that_only_look_like_hunks()
    {
        var changed = DiffHunkParser.Parse("+@@ -1 +5 @@ quoted in an added line\n @@ -1 +6 @@\n");

        Assert.Empty(changed.Ranges);
    }

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(2, 2, true)]
    [InlineData(4, 9, true)]
    [InlineData(5, 12, false)]
    [InlineData(1, 20, true)]
    public void Intersects_inclusive_line_ranges(int first, int last, bool expected)
    {
        var changed = new ChangedLines(false, [new LineRange(2, 4), new LineRange(13, 13)]);

        Assert.Equal(expected, changed.Intersects(first, last));
    }
}
