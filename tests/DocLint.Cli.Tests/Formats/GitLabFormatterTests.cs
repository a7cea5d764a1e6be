using System.Text.Json;
using DocLint.Cli.Output;
using DocLint.Diagnostics;
using DocLint.Reporting;

namespace DocLint.Cli.Tests.Formats;

public sealed class GitLabFormatterTests
{
    [Fact]
    public async Task Writes_a_code_quality_issue_per_finding()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("news/budget.md", Articles.Budget);

        var run = await CliRun.InAsync(directory.Path, "news/budget.md", "--format", "gitlab");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        var issues = report.RootElement.EnumerateArray().ToList();
        Assert.Equal(["DL1001", "DL2001", "DL3001"], issues.Select(i => i.GetProperty("check_name").GetString()));
        var hedge = issues[0];
        Assert.Equal("'perhaps' hedges the claim; state what is known and who says so, or drop the hedge", hedge.GetProperty("description").GetString());
        Assert.Equal("minor", hedge.GetProperty("severity").GetString());
        Assert.Equal("news/budget.md", hedge.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(3, hedge.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.Equal(3, issues.Select(i => i.GetProperty("fingerprint").GetString()).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["description", "check_name", "fingerprint", "severity", "location"], hedge.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Fingerprint_survives_an_edit_above_the_finding()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", Articles.Budget);
        var before = await CliRun.InAsync(directory.Path, "a.md", "--format", "gitlab");
        directory.Write("a.md", "Intro line.\n\n" + Articles.Budget);
        var after = await CliRun.InAsync(directory.Path, "a.md", "--format", "gitlab");

        using var first = JsonDocument.Parse(before.Out);
        using var second = JsonDocument.Parse(after.Out);
        Assert.Equal(Fingerprints(first), Fingerprints(second));
        Assert.Equal(5, second.RootElement[0].GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
    }

    [Fact]
    public void Severity_maps_info_warning_and_error()
    {
        Assert.Equal("info", GitLabFormatter.Severity(DiagnosticSeverity.Info));
        Assert.Equal("minor", GitLabFormatter.Severity(DiagnosticSeverity.Warning));
        Assert.Equal("major", GitLabFormatter.Severity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task Empty_run_is_an_empty_array()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", "# Clean\n\nThe council approved the budget on Monday.\n");

        var run = await CliRun.InAsync(directory.Path, "a.md", "--format", "gitlab");

        Assert.Equal("[]\n", run.Out);
    }

    private static List<string?> Fingerprints(JsonDocument report) =>
        [.. report.RootElement.EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString())];
}
