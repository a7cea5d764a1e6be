using System.Text.Json;
using DocLint.Cli.Tests.Formats;

namespace DocLint.Cli.Tests.Pipeline;

/// <summary>
/// Every command and format reads the same LintRun, so none can disagree: the cases issue 12 found, each of
/// which failed before the session existed.
/// </summary>
public sealed class OneResultTests : IDisposable
{
    private const string Weak = "Critics say the plan is a mistake. Obviously, the stadium will cost taxpayers $2.5 billion.\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("doclint-one-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string> Folders { get; } = new(
        Directory.EnumerateDirectories(RepositoryPaths.Fixtures).Select(Path.GetFileName).OfType<string>().Append("../../examples").Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Folders))]
    public async Task The_json_summary_is_the_sum_of_files_in_every_fixture(string folder)
    {
        var run = await CliRun.InAsync(Path.Combine(RepositoryPaths.Fixtures, folder), "--format", "json", ".");

        AssertSummaryIsSumOfFiles(run.Out);
    }

    [Fact]
    public async Task A_bad_editorconfig_value_is_in_every_format_and_exits_2()
    {
        Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.DL4001.severity = laud\n");
        Write("a.md", Weak);
        Write("b.md", Weak);

        var json = await CliRun.InAsync(_directory, "--format", "json", "a.md", "b.md");
        var sarif = await CliRun.InAsync(_directory, "--format", "sarif", "a.md", "b.md");
        var github = await CliRun.InAsync(_directory, "--format", "github", "a.md", "b.md");
        var help = await CliRun.InAsync(_directory, "--help");

        // It was summary.warnings 4 against 3 diagnostics in files[], and SARIF had no DL0002.
        var summary = AssertSummaryIsSumOfFiles(json.Out);
        Assert.Equal(7, summary.GetProperty("warnings").GetInt32());
        using var sarifJson = JsonDocument.Parse(sarif.Out);
        var results = sarifJson.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).ToList();
        Assert.Single(results, id => id == "DL0002");
        Assert.StartsWith("::warning file=.editorconfig,line=3,", github.Out, StringComparison.Ordinal);
        Assert.All([json, sarif, github], run => Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode));
        Assert.Contains("2 bad usage, a configuration problem (DL0002) or an unreadable input", help.Out.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_and_lint_give_the_same_score_with_the_same_editorconfig()
    {
        Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.DL4001.severity = none\n");
        Write("a.md", Weak);

        var lint = await CliRun.InAsync(_directory, "--format", "json", "a.md");
        var score = await CliRun.InAsync(_directory, "score", "--format", "json", "a.md");

        using var lintJson = JsonDocument.Parse(lint.Out);
        using var scoreJson = JsonDocument.Parse(score.Out);
        var fromLint = lintJson.RootElement.GetProperty("files")[0].GetProperty("score");
        var fromScore = scoreJson.RootElement[0];
        // The score command ignored .editorconfig and gave 29 here, lint a different score.
        Assert.Equal(fromLint.GetProperty("score").GetInt32(), fromScore.GetProperty("score").GetInt32());
        Assert.Equal(fromLint.GetProperty("sourcedClaims").GetInt32(), fromScore.GetProperty("sourcedClaims").GetInt32());
        Assert.Equal(1, fromScore.GetProperty("suppressedFindings").GetInt32());
    }

    [Fact]
    public async Task Nowarn_and_baseline_do_not_turn_problems_into_sourced_claims()
    {
        var examples = RepositoryPaths.Examples;
        var opinion = Path.Combine(examples, "opinion.md");
        var nowarn = await CliRun.InAsync(_directory, opinion, "--nowarn", "DL2001,DL2002,DL3001,DL3002,DL4001");
        await CliRun.InAsync(_directory, "baseline", opinion, "-o", "b.json");
        var baselined = await CliRun.InAsync(_directory, opinion, "--baseline", "b.json", "--min-score", "70");

        // It was "90/100 (A) — 6 of 6 claims sourced", and the gate passed. The claims rule (DL5001) still judges
        // every claim here, so switching the figure, source and certainty rules off sources none of them.
        Assert.Contains("— 2 of 21 judged claims sourced; 13 unsourced claims, 6 vaguely sourced claims, 4 hedges on unsourced claims; 19 findings suppressed in 426 words", nowarn.Out, StringComparison.Ordinal);
        Assert.Contains("judged claims sourced", baselined.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("of 6 claims sourced", baselined.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_gate_is_in_every_machine_format()
    {
        Write("weak.md", Weak);

        var github = await CliRun.InAsync(_directory, "--format", "github", "--min-score", "70", "weak.md");
        var sarif = await CliRun.InAsync(_directory, "--format", "sarif", "--min-score", "70", "weak.md");
        var gitlab = await CliRun.InAsync(_directory, "--format", "gitlab", "--min-score", "70", "weak.md");
        var json = await CliRun.InAsync(_directory, "--format", "json", "--min-score", "70", "weak.md");

        const string Message = "Source reliability 29/100 (F) is below the minimum score 70";
        Assert.Contains($"::error file=weak.md,title=DL0020::{Message}\n", github.Out, StringComparison.Ordinal);
        using var sarifJson = JsonDocument.Parse(sarif.Out);
        var gate = sarifJson.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "DL0020");
        Assert.Equal(("error", Message), (gate.GetProperty("level").GetString(), gate.GetProperty("message").GetProperty("text").GetString()));
        using var gitlabJson = JsonDocument.Parse(gitlab.Out);
        var issue = gitlabJson.RootElement.EnumerateArray().Single(i => i.GetProperty("check_name").GetString() == "DL0020");
        Assert.Equal(("major", Message), (issue.GetProperty("severity").GetString(), issue.GetProperty("description").GetString()));
        Assert.Equal(1, AssertSummaryIsSumOfFiles(json.Out).GetProperty("belowMinScore").GetInt32());
        Assert.All([github, sarif, gitlab, json], run => Assert.Equal(ExitCodes.LintFailed, run.ExitCode));
    }

    [Fact]
    public async Task The_rules_command_lists_what_the_engine_reports()
    {
        var run = await CliRun.InAsync(_directory, "rules");

        Assert.Contains("DL0020  Infrastructure  error     Source reliability below the minimum score\n", run.Out, StringComparison.Ordinal);
    }

    private static JsonElement AssertSummaryIsSumOfFiles(string output)
    {
        using var json = JsonDocument.Parse(output);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        var summary = json.RootElement.GetProperty("summary").Clone();
        foreach (var (field, severity) in new[] { ("errors", "error"), ("warnings", "warning"), ("infos", "info") })
        {
            var sum = files.Sum(f => f.GetProperty("diagnostics").EnumerateArray().Count(d => d.GetProperty("severity").GetString() == severity));
            Assert.Equal(sum, summary.GetProperty(field).GetInt32());
        }

        Assert.Equal(files.Count(f => f.GetProperty("linted").GetBoolean()), summary.GetProperty("files").GetInt32());
        return summary;
    }

    private void Write(string path, string text) => File.WriteAllText(Path.Combine(_directory, path), text);
}
