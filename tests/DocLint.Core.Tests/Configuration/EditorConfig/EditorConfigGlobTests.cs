using DocLint.Configuration.EditorConfig;

namespace DocLint.Core.Tests.Configuration.EditorConfig;

public sealed class EditorConfigGlobTests
{
    // Paths are written as the resolver passes them: below the .editorconfig's directory, with a leading '/'.
    [Theory]
    // A name without '/' matches the file name at any depth.
    [InlineData("*.md", "/a.md", true)]
    [InlineData("*.md", "/docs/deep/a.md", true)]
    [InlineData("*.md", "/a.mdx", false)]
    [InlineData("readme", "/docs/readme", true)]
    // A name with '/' is relative to the .editorconfig's directory; a leading '/' changes nothing.
    [InlineData("docs/*.md", "/docs/a.md", true)]
    [InlineData("/docs/*.md", "/docs/a.md", true)]
    [InlineData("docs/*.md", "/x/docs/a.md", false)]
    [InlineData("/docs/*.md", "/x/docs/a.md", false)]
    [InlineData("docs/", "/docs/a.md", false)]
    // * stops at '/', ** does not.
    [InlineData("docs/*.md", "/docs/sub/a.md", false)]
    [InlineData("docs/**.md", "/docs/sub/deeper/a.md", true)]
    [InlineData("docs/**", "/docs/sub/a.md", true)]
    [InlineData("a*z", "/a/z", false)]
    [InlineData("x/a**z", "/x/a/b/z", true)]
    [InlineData("*", "/.editorconfig", true)]
    // "/**/" may stand for no directory at all.
    [InlineData("docs/**/a.md", "/docs/a.md", true)]
    [InlineData("docs/**/a.md", "/docs/x/y/a.md", true)]
    [InlineData("docs/**/a.md", "/docs/xa.md", false)]
    [InlineData("**/a.md", "/a.md", true)]
    // ? is one character, never '/', and a surrogate pair counts as one.
    [InlineData("?.md", "/a.md", true)]
    [InlineData("?.md", "/ab.md", false)]
    [InlineData("?.md", "/.md", false)]
    [InlineData("x/a?b", "/x/a/b", false)]
    [InlineData("?.md", "/\U0001F600.md", true)]
    // [seq], [!seq], ranges.
    [InlineData("[abc].md", "/b.md", true)]
    [InlineData("[abc].md", "/d.md", false)]
    [InlineData("[!abc].md", "/d.md", true)]
    [InlineData("[!abc].md", "/a.md", false)]
    [InlineData("x[!a]y", "/x/y", false)]
    [InlineData("[a-c].md", "/b.md", true)]
    [InlineData("[a-c].md", "/d.md", false)]
    [InlineData("[!a-c].md", "/d.md", true)]
    [InlineData("[!a-c].md", "/b.md", false)]
    [InlineData("[a-cx-z].md", "/y.md", true)]
    [InlineData("[z-a].md", "/m.md", false)]
    [InlineData("[-a].md", "/-.md", true)]
    [InlineData("[a-].md", "/-.md", true)]
    [InlineData(@"[\]a].md", "/].md", true)]
    [InlineData("[*?].md", "/*.md", true)]
    [InlineData("[*?].md", "/a.md", false)]
    [InlineData("[\U0001F600a].md", "/\U0001F600.md", true)]
    [InlineData("[!\U0001F600].md", "/\U0001F600.md", false)]
    [InlineData("[!\U0001F600].md", "/\U0001F601.md", true)]
    [InlineData("[!a].md", "/\U0001F600.md", true)]
    // Brackets that are not classes are text.
    [InlineData("[ab", "/[ab", true)]
    [InlineData("[]", "/[]", true)]
    [InlineData("x/a[b/]c", "/x/a[b/]c", true)]
    [InlineData("x/a[b/]c", "/x/ab/c", false)]
    // {a,b}, nested, empty alternatives, and {single} which is literal.
    [InlineData("*.{md,txt}", "/a.txt", true)]
    [InlineData("*.{md,txt}", "/a.rst", false)]
    [InlineData("{a,{b,c}}.md", "/c.md", true)]
    [InlineData("{{a,b},c}.md", "/a.md", true)]
    [InlineData("{a,b{c,d}}.md", "/bd.md", true)]
    [InlineData("{a,b{c,d}}.md", "/b.md", false)]
    [InlineData("a{,b}.md", "/a.md", true)]
    [InlineData("{single}.md", "/{single}.md", true)]
    [InlineData("{single}.md", "/single.md", false)]
    [InlineData("{}.md", "/{}.md", true)]
    [InlineData("{*.md,docs/*.txt}", "/docs/a.txt", true)]
    // Unbalanced braces are all literal, as in the reference cores.
    [InlineData("{a,b", "/{a,b", true)]
    [InlineData("{a,b}}", "/a}", false)]
    [InlineData("{a,b}}", "/{a,b}}", true)]
    // {n1..n2}: integers only, negative allowed, no leading zeros; a reversed or non-numeric range is literal.
    [InlineData("{1..3}.md", "/2.md", true)]
    [InlineData("{1..3}.md", "/4.md", false)]
    [InlineData("{-3..3}", "/-2", true)]
    [InlineData("{-3..3}", "/0", true)]
    [InlineData("{-3..3}", "/-0", false)]
    [InlineData("{-5..-2}", "/-3", true)]
    [InlineData("{-5..-2}", "/-1", false)]
    [InlineData("{1..30}", "/05", false)]
    [InlineData("{1..30}", "/+5", false)]
    [InlineData("{3..1}", "/2", false)]
    [InlineData("{3..1}", "/{3..1}", true)]
    [InlineData("{a..c}", "/b", false)]
    [InlineData("{a..c}", "/{a..c}", true)]
    [InlineData("v{1..3}.{0..9}", "/v2.7", true)]
    // Two ranges side by side: 125 is 1 then 25, which only an exact range pattern finds.
    [InlineData("{1..3}{1..30}", "/125", true)]
    [InlineData("{1..3}{1..30}", "/131", false)]
    // Backslash escapes.
    [InlineData(@"\*.md", "/*.md", true)]
    [InlineData(@"\*.md", "/a.md", false)]
    [InlineData(@"\[a]", "/[a]", true)]
    [InlineData(@"a\{b,c\}", "/a{b,c}", true)]
    [InlineData(@"{a\,b,c}", "/a,b", true)]
    [InlineData(@"a\\b", @"/a\b", true)]
    [InlineData(@"ab\", @"/ab\", true)]
    // Other regex metacharacters are plain text.
    [InlineData("a.(b)+$^|c", "/a.(b)+$^|c", true)]
    [InlineData("a.b", "/axb", false)]
    public void Matches_like_the_spec(string sectionName, string path, bool expected)
    {
        var glob = EditorConfigGlob.TryCreate(sectionName, out var error);

        Assert.Null(error);
        Assert.NotNull(glob);
        Assert.Equal(expected, glob.IsMatch(path));
    }

    [Fact]
    public void Matching_is_case_sensitive()
    {
        var glob = EditorConfigGlob.TryCreate("*.MD", out _)!;

        Assert.True(glob.IsMatch("/a.MD"));
        Assert.False(glob.IsMatch("/a.md"));
    }

    [Fact]
    public void Names_up_to_the_limit_work_even_when_too_large_for_the_linear_time_engine()
    {
        var literal = EditorConfigGlob.TryCreate(new string('s', 4096), out _)!;
        var questionMarks = EditorConfigGlob.TryCreate(new string('?', 1024), out _)!;
        var alternatives = EditorConfigGlob.TryCreate("{" + string.Join(',', Enumerable.Range(0, 200).Select(i => $"file{i}.md")) + "}", out _)!;

        Assert.True(literal.IsMatch("/docs/" + new string('s', 4096)));
        Assert.True(questionMarks.IsMatch("/" + new string('q', 1024)));
        Assert.False(questionMarks.IsMatch("/" + new string('q', 1023)));
        Assert.True(alternatives.IsMatch("/file199.md"));
        Assert.False(alternatives.IsMatch("/file200.md"));
    }

    [Fact]
    public void A_pathological_name_matches_in_linear_time()
    {
        var glob = EditorConfigGlob.TryCreate(string.Concat(Enumerable.Repeat("*a", 30)) + "b", out _)!;

        // Backtracking engines take exponential time here; the test would time out rather than fail.
        Assert.False(glob.IsMatch("/" + new string('a', 5000)));
    }

    [Theory]
    [InlineData(-120, 37)]
    [InlineData(0, 0)]
    [InlineData(5, 12)]
    [InlineData(1, 1000)]
    [InlineData(-1000, -1)]
    [InlineData(99, 1001)]
    [InlineData(123, 456)]
    [InlineData(-7, 0)]
    public void Numeric_ranges_match_exactly_their_integers(long low, long high)
    {
        var glob = EditorConfigGlob.TryCreate($"{{{low}..{high}}}", out _)!;

        for (var n = -1300; n <= 1300; n++)
        {
            var inRange = n >= low && n <= high;
            Assert.True(inRange == glob.IsMatch($"/{n}"), $"{n} in {{{low}..{high}}}: expected {inRange}");
            Assert.False(glob.IsMatch($"/0{Math.Abs(n)}"), $"leading zero 0{Math.Abs(n)}");
        }
    }

    [Fact]
    public void Numeric_ranges_reach_the_limits_of_long()
    {
        var glob = EditorConfigGlob.TryCreate($"{{{long.MaxValue - 3}..{long.MaxValue}}}", out _)!;

        Assert.True(glob.IsMatch($"/{long.MaxValue}"));
        Assert.True(glob.IsMatch($"/{long.MaxValue - 3}"));
        Assert.False(glob.IsMatch($"/{long.MaxValue - 4}"));
        Assert.False(glob.IsMatch("/9223372036854775808"));
    }
}
