using DocLint.Cli.Output;
using DocLint.Diagnostics;
using DocLint.Pipeline;
using DocLint.Reporting;

namespace DocLint.Cli.Tests.Formats;

public sealed class GitHubFormatterTests
{
    [Theory]
    [InlineData("%", "%25")]
    [InlineData("\r", "%0D")]
    [InlineData("\n", "%0A")]
    [InlineData(":", ":")]
    [InlineData(",", ",")]
    [InlineData("a", "a")]
    [InlineData("'", "'")]
    [InlineData("%0A", "%250A")]
    [InlineData("50% of\r\nall", "50%25 of%0D%0Aall")]
    public void Message_data_escapes_percent_cr_and_lf_only(string raw, string escaped) =>
        Assert.Equal(escaped, GitHubCommandEscaper.EscapeData(raw));

    [Theory]
    [InlineData("%", "%25")]
    [InlineData("\r", "%0D")]
    [InlineData("\n", "%0A")]
    [InlineData(":", "%3A")]
    [InlineData(",", "%2C")]
    [InlineData("=", "=")]
    [InlineData("a/b c.md", "a/b c.md")]
    [InlineData("C:%,x", "C%3A%25%2Cx")]
    public void Property_values_also_escape_colon_and_comma(string raw, string escaped) =>
        Assert.Equal(escaped, GitHubCommandEscaper.EscapeProperty(raw));

    [Fact]
    public async Task Writes_one_command_per_finding_with_the_full_range()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("news/budget.md", Articles.Budget);

        var run = await CliRun.InAsync(directory.Path, "news/budget.md", "--format", "github");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(
            "::warning file=news/budget.md,line=3,col=18,endLine=3,endColumn=25,title=DL1001::'perhaps' hedges the claim; state what is known and who says so, or drop the hedge\n"
            + "::warning file=news/budget.md,line=5,col=13,endLine=5,endColumn=23,title=DL2001::The figure '70 percent' is stated as fact with no source; attribute it in this sentence or the one before, or in a next one that points back at it\n"
            + "::warning file=news/budget.md,line=7,col=34,endLine=7,endColumn=45,title=DL3001::'critics say' does not name a source the reader can check; name the person, body or document\n",
            run.Out);
    }

    [Fact]
    public void Severity_maps_to_error_warning_and_notice_and_escapes_path_and_message()
    {
        var finding = SarifFormatterTests.Finding("a,b:c.md", 0, "perhaps", "It will perhaps rain.") with { Message = "50%\nsure" };

        Assert.Equal("::warning file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=8,title=DL1001::50%25%0Asure", GitHubFormatter.FormatCommand(finding));
        Assert.StartsWith("::error ", GitHubFormatter.FormatCommand(finding with { Severity = DiagnosticSeverity.Error }), StringComparison.Ordinal);
        Assert.StartsWith("::notice ", GitHubFormatter.FormatCommand(finding with { Severity = DiagnosticSeverity.Info }), StringComparison.Ordinal);
    }

    [Fact]
    public void Whole_file_problem_names_the_file_without_a_line()
    {
        var problem = Diagnostic.ForFile(InfrastructureDescriptors.InputNotFound, "gone.md", "No such file or directory");

        Assert.Equal("::error file=gone.md,title=DL0010::No such file or directory", GitHubFormatter.FormatCommand(problem));
    }

    [Fact]
    public async Task Appends_a_markdown_summary_to_the_step_summary_file()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", Articles.Budget);
        directory.Write("b.md", "# Clean\n\nThe council approved the budget on Monday.\n");
        var summary = directory.Write("summary.md", "earlier step\n");

        var run = await CliRun.InAsync(directory.Path, name => name == "GITHUB_STEP_SUMMARY" ? summary : null, "a.md", "b.md", "missing.md", "--format", "github");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith(
            "earlier step\n"
            + "## DocLint\n\n"
            + "| File | Errors | Warnings | Notices |\n"
            + "|---|---:|---:|---:|\n"
            + "| `a.md` | 0 | 3 | 0 |\n"
            + "| `b.md` | 0 | 0 | 0 |\n"
            + "| `missing.md` | 1 | 0 | 0 |\n"
            + "| **Total** | **1** | **3** | **0** |\n\n"
            + "2 files linted, 4 findings.\n\n"
            + "### Source reliability\n\n- a.md: source reliability ",
            File.ReadAllText(summary),
            StringComparison.Ordinal);
        Assert.Contains("\n- b.md: source reliability ", File.ReadAllText(summary), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_no_summary_when_the_variable_is_unset()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", Articles.Budget);

        var run = await CliRun.InAsync(directory.Path, _ => null, "a.md", "--format", "github");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["a.md"], Directory.GetFiles(directory.Path).Select(Path.GetFileName).Where(name => name != ".editorconfig"));
    }

    [Fact]
    public async Task An_unwritable_summary_is_a_warning_not_a_failure()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", Articles.Budget);
        var summaryIsADirectory = Directory.CreateDirectory(Path.Combine(directory.Path, "summary")).FullName;

        var run = await CliRun.InAsync(directory.Path, _ => summaryIsADirectory, "a.md", "--format", "github");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(3, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("warning: could not write the job summary to GITHUB_STEP_SUMMARY: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_escapes_pipes_in_paths()
    {
        var result = new LintRun([new DocumentReport("a|b.md", [], 3, true)], []);

        Assert.Contains("| `a\\|b.md` | 0 | 0 | 0 |\n", GitHubStepSummary.Render(result, []), StringComparison.Ordinal);
    }
}
