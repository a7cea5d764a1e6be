using System.Text.Json;

namespace DocLint.Cli.Tests.Score;

/// <summary>--min-score and `doclint score`, run in-process the way CI runs the tool.</summary>
public sealed class ScoreGateTests : IDisposable
{
    private const string Weak = "Critics say the plan is a mistake. Obviously, the stadium will cost taxpayers $2.5 billion.\n";
    private const string Strong = "Unemployment rose to 7 percent last year, according to the Office for National Statistics.\n\n"
        + "Rents went up by 12 percent in the old district, according to the Port Calder Housing Survey.\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("doclint-score-").FullName;

    public ScoreGateTests()
    {
        File.WriteAllText(Path.Combine(_directory, "weak.md"), Weak);
        File.WriteAllText(Path.Combine(_directory, "strong.md"), Strong);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // weak.md: support 2 (prior) against problems 1.5 (prior) + 0.6 vaguely sourced claim + 1.5 unsourced figure claim
    // + 0.25 unnamed source + 1 certainty (the figure finding costs nothing: the claim weighs the figure) = 200 / 6.85 = 29.
    // strong.md: support 2 + 2 x 1.5 sourced figure claims + 2 distinct named sources against 1.5 = 700 / 8.5 = 82.
    [Fact]
    public async Task A_score_below_the_gate_fails_the_run_and_names_the_document()
    {
        var (exit, stdout, stderr) = await RunAsync("weak.md", "strong.md", "--min-score", "70");

        Assert.Equal(1, exit);
        // The failed gate is a finding (DL0020) in the output itself, so every format carries it.
        Assert.StartsWith("weak.md: error DL0020: Source reliability 29/100 (F) is below the minimum score 70\n", stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("weak.md: source reliability 29/100 (F) — 0 of 2 claims sourced; 1 unsourced claim, 1 vaguely sourced claim, 1 unsupported certainty in 15 words\n", stdout, StringComparison.Ordinal);
        Assert.Contains("strong.md: source reliability 82/100 (B) — 2 of 2 claims sourced in 31 words\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scores_at_or_above_the_gate_pass()
    {
        var (exit, _, stderr) = await RunAsync("strong.md", "--min-score", "82");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public async Task A_document_without_claims_is_not_held_to_the_gate_unless_asked()
    {
        File.WriteAllText(Path.Combine(_directory, "note.md"), "Is the harbour worth saving for the town?\n");

        var ignored = await RunAsync("note.md", "--min-score", "70");
        var strict = await RunAsync("note.md", "--min-score", "70", "--min-score-unrated", "fail");

        Assert.Equal(0, ignored.Exit);
        Assert.Equal(string.Empty, ignored.Stderr);
        Assert.Contains("note.md: source reliability not rated — no claims to check in 8 words\n", ignored.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("1 not-rated document (no claims to check) was not held to the minimum score; use --min-score-unrated fail to fail them.\n1 file linted: no findings.\n", ignored.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, strict.Exit);
        Assert.StartsWith("note.md: error DL0020: Source reliability is not rated (no claims to check), and --min-score-unrated fail does not accept that against the minimum score 70\n", strict.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_gate_a_low_score_does_not_fail_the_run()
    {
        var (exit, _, _) = await RunAsync("weak.md");

        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task A_gate_outside_0_to_100_is_a_usage_error()
    {
        var (exit, _, stderr) = await RunAsync("weak.md", "--min-score", "101");

        Assert.Equal(2, exit);
        Assert.Contains("--min-score takes a whole number from 0 to 100, not '101'.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_score_command_prints_a_table_worst_first()
    {
        var (exit, stdout, _) = await RunAsync("score", "strong.md", "weak.md");

        Assert.Equal(0, exit);
        Assert.Equal(
            "Score  Grade  Claims  Sourced  Words  Document\n"
            + "   29  F           2        0     15  weak.md\n"
            + "   82  B           2        2     31  strong.md\n",
            stdout);
    }

    [Fact]
    public async Task The_score_command_writes_json_and_applies_the_gate()
    {
        var (exit, stdout, stderr) = await RunAsync("score", ".", "--format", "json", "--min-score", "50");

        Assert.Equal(1, exit);
        Assert.Equal("weak.md: error DL0020: Source reliability 29/100 (F) is below the minimum score 50\n", stderr);
        using var json = JsonDocument.Parse(stdout);
        var rows = json.RootElement.EnumerateArray().Select(e => (e.GetProperty("path").GetString(), e.GetProperty("score").GetInt32(), e.GetProperty("grade").GetString())).ToList();
        Assert.Equal([("weak.md", 29, "F"), ("strong.md", 82, "B")], rows);
    }

    [Fact]
    public async Task The_json_format_carries_the_score_and_its_sections()
    {
        File.WriteAllText(Path.Combine(_directory, "sections.md"), "# Facts\n\n" + Strong + "\n# Opinion\n\n" + Weak);

        var (exit, stdout, _) = await RunAsync("sections.md", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var score = json.RootElement.GetProperty("files")[0].GetProperty("score");
        Assert.Equal(4, score.GetProperty("claims").GetInt32());
        Assert.Equal(2, score.GetProperty("sourcedClaims").GetInt32());
        // Support 2 + 2 x 1.5 + 2 named sources against problems 1.5 + 0.6 + 1.5 + 0.25 + 1 (the figure finding costs nothing): 700 / 11.85.
        Assert.Equal(59, score.GetProperty("score").GetInt32());
        Assert.Equal("C", score.GetProperty("grade").GetString());
        var sections = score.GetProperty("sections").EnumerateArray().Select(s => (s.GetProperty("title").GetString(), s.GetProperty("score").GetInt32(), s.GetProperty("grade").GetString())).ToList();
        Assert.Equal([("Facts", 82, "B"), ("Opinion", 29, "F")], sections);
    }

    private async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(stdout, stderr, () => new MemoryStream()) { WorkingDirectory = _directory };
        var exit = await DocLintApplication.RunAsync(args, console);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
