namespace DocLint.Cli.Tests.Formats;

/// <summary>Colour only on a terminal, the totals last, and GitHub's annotation cap met with the most important first.</summary>
public sealed class TerminalMannersTests
{
    private const string Hedge = "It will perhaps rain on Monday.\n";

    [Fact]
    public async Task A_terminal_gets_the_severity_word_and_id_coloured()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", Hedge);

        var run = await RunAsync(directory.Path, isTerminal: true, _ => null, "a.md");

        Assert.StartsWith("a.md(1,9,1,16): \u001b[1;33mwarning DL1001\u001b[0m: 'perhaps' hedges the claim", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("1 file linted: \u001b[1;33m1 warning\u001b[0m (hedging 1).\n", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, null, new string[0])]
    [InlineData(true, "1", new string[0])]
    [InlineData(true, null, new[] { "--no-color" })]
    public async Task Redirected_output_NO_COLOR_and_no_color_are_plain(bool isTerminal, string? noColor, string[] extra)
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", Hedge);

        var run = await RunAsync(directory.Path, isTerminal, name => name == "NO_COLOR" ? noColor : null, ["a.md", .. extra]);

        Assert.DoesNotContain('\u001b', run.Out);
        Assert.StartsWith("a.md(1,9,1,16): warning DL1001: ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Machine_formats_never_carry_colour()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", Hedge);

        var run = await RunAsync(directory.Path, isTerminal: true, _ => null, "a.md", "--format", "github");

        Assert.DoesNotContain('\u001b', run.Out);
    }

    [Fact]
    public async Task The_totals_line_comes_after_the_score_lines()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", Hedge);
        directory.Write("b.md", "The council approved the budget on Monday, the clerk Maria Lopez said.\n");

        var run = await RunAsync(directory.Path, isTerminal: false, _ => null, "a.md", "b.md");
        var lines = run.Out.TrimEnd('\n').Split('\n');

        Assert.Equal("2 files linted: 1 warning (hedging 1).", lines[^1]);
        Assert.StartsWith("a.md: source reliability ", lines[^3], StringComparison.Ordinal);
        Assert.StartsWith("b.md: source reliability ", lines[^2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GitHub_gets_at_most_ten_annotations_of_each_kind_errors_first_and_the_rest_in_the_log_and_summary()
    {
        using var directory = new TemporaryDirectory();
        // 12 hedges (warnings) and 12 unnamed sources promoted to errors, in 12 files.
        for (var i = 0; i < 12; i++)
        {
            directory.Write($"f{i:00}.md", "It will perhaps rain. Critics say it will.\n");
        }

        var summary = Path.Combine(directory.Path, "..", Path.GetFileName(directory.Path) + "-summary.md");
        try
        {
            var run = await RunAsync(directory.Path, isTerminal: false, name => name == "GITHUB_STEP_SUMMARY" ? summary : null, ".", "--format", "github", "--warnaserror:DL3001");
            var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

            Assert.Equal(Enumerable.Repeat("::error", 10).Concat(Enumerable.Repeat("::warning", 10)), lines.Take(20).Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)]));
            Assert.Equal("::error file=f00.md,line=1,col=23,endLine=1,endColumn=34,title=DL3001", lines[0][..lines[0].LastIndexOf("::", StringComparison.Ordinal)]);
            Assert.Equal("4 more findings (GitHub shows 10 annotations of each kind per step; the job summary lists them too):", lines[20]);
            Assert.Equal(
                ["f10.md(1,9,1,16): warning DL1001", "f10.md(1,23,1,34): error DL3001", "f11.md(1,9,1,16): warning DL1001", "f11.md(1,23,1,34): error DL3001"],
                lines[21..].Select(l => l[..l.IndexOf(": ", l.IndexOf("):", StringComparison.Ordinal) + 2, StringComparison.Ordinal)]));
            var markdown = File.ReadAllText(summary);
            Assert.Contains("### Not shown as annotations (4)\n", markdown, StringComparison.Ordinal);
            Assert.Contains("- `f11.md(1,23,1,34): error DL3001: ", markdown, StringComparison.Ordinal);
            Assert.Contains("### Source reliability\n\n- f00.md: source reliability ", markdown, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(summary);
        }
    }

    private static async Task<CliRun> RunAsync(string workingDirectory, bool isTerminal, Func<string, string?> environment, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, error, () => new MemoryStream())
        {
            WorkingDirectory = workingDirectory,
            GetEnvironmentVariable = environment,
            IsTerminal = isTerminal,
        };
        var exitCode = await DocLintApplication.RunAsync(args, console);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
