using DocLint.Cli.Tests.Changes;
using DocLint.Cli.Tests.Formats;

namespace DocLint.Cli.Tests;

/// <summary>What `doclint .` lints in a repository: Markdown git does not ignore, other files when asked, never its own outputs.</summary>
public sealed class DiscoveryTests
{
    private const string Hedge = "It will perhaps rain on Monday.\n";

    [Fact]
    public async Task A_folder_walk_skips_what_git_ignores_with_gits_own_rules()
    {
        using var repository = new GitRepository();
        repository.Write(".gitignore", "drafts/\n*.generated.md\n");
        repository.Write("docs/.gitignore", "*.md\n!keep.md\n");
        repository.Write("a.md", Hedge);
        repository.Write("drafts/b.md", Hedge);
        repository.Write("api.generated.md", Hedge);
        repository.Write("docs/keep.md", Hedge);
        repository.Write("docs/skip.md", Hedge);
        repository.Git("add", "a.md", ".gitignore", "docs/.gitignore");

        var run = await CliRun.InAsync(repository.Path, ".", "--format", "json");

        Assert.Equal(["a.md", "docs/keep.md"], LintedFiles(run));
    }

    [Fact]
    public async Task A_file_named_on_the_command_line_is_linted_even_when_ignored()
    {
        using var repository = new GitRepository();
        repository.Write(".gitignore", "drafts/\n");
        repository.Write("drafts/b.md", Hedge);

        var run = await CliRun.InAsync(repository.Path, "drafts/b.md", "--format", "json");

        Assert.Equal(["drafts/b.md"], LintedFiles(run));
    }

    [Fact]
    public async Task Text_files_are_linted_only_when_asked_or_named()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", Hedge);
        // A stray text file with nothing to report: the run's file list, not its findings, shows whether it was linted.
        directory.Write("requirements.txt", "markdig==1.0\n");
        directory.Write("notes/press.txt", Hedge);

        var markdownOnly = await CliRun.InAsync(directory.Path, ".", "--format", "json");
        var asked = await CliRun.InAsync(directory.Path, ".", "--include", "*.txt", "--format", "json");
        var named = await CliRun.InAsync(directory.Path, "notes/press.txt", "--format", "json");

        Assert.Equal(["a.md"], LintedFiles(markdownOnly));
        Assert.Equal(["a.md", "notes/press.txt", "requirements.txt"], LintedFiles(asked));
        Assert.Equal(["notes/press.txt"], LintedFiles(named));
    }

    [Fact]
    public async Task A_folder_walk_never_lints_the_runs_report_and_never_overwrites_a_document_with_it()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", Hedge);

        var text = await CliRun.InAsync(directory.Path, ".", "-o", "report.txt");
        var again = await CliRun.InAsync(directory.Path, ".", "-o", "report.txt");
        var markdown = await CliRun.InAsync(directory.Path, ".", "-o", "report.md");
        var refused = await CliRun.InAsync(directory.Path, ".", "-o", "report.md");

        Assert.Equal((0, 0, 0), (text.ExitCode, again.ExitCode, markdown.ExitCode));
        Assert.Single(File.ReadAllLines(Path.Combine(directory.Path, "report.txt")));
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("error: --output report.md is one of the inputs (or a link to one); DocLint never writes to the files it lints.\n", refused.Error);
        Assert.Single(File.ReadAllLines(Path.Combine(directory.Path, "report.md")));
    }

    [Fact]
    public async Task A_folder_walk_never_lints_the_baseline()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", Hedge);
        await CliRun.InAsync(directory.Path, "baseline", ".", "-o", "accepted.md");

        var run = await CliRun.InAsync(directory.Path, ".", "--baseline", "accepted.md");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("\na.md: source reliability", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_walk_never_lints_the_job_summary()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", Hedge);
        var summary = directory.Write("summary.md", "## An earlier step\n\nIt will perhaps rain.\n");

        var run = await CliRun.InAsync(directory.Path, name => name == "GITHUB_STEP_SUMMARY" ? summary : null, ".", "--format", "github");

        Assert.Equal(["::warning file=a.md,line=1,col=9,endLine=1,endColumn=16,title=DL1001::"], run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..(l.IndexOf("::", 2, StringComparison.Ordinal) + 2)]));
    }

    [Theory]
    [InlineData("docs/{explainer,opinion}.md", "docs/explainer.md docs/opinion.md")]
    [InlineData("docs/[eo]*.md", "docs/explainer.md docs/opinion.md")]
    [InlineData("[d]*/{news,wire}-*.md", "docs/news-report.md docs/wire-report.md")]
    [InlineData("docs/**/*.{md,txt}", "docs/explainer.md docs/news-report.md docs/opinion.md docs/press/statement.txt docs/speculative.md docs/wire-report.md")]
    public async Task Brace_and_bracket_globs_match_as_in_editorconfig(string pattern, string expected)
    {
        using var directory = new TemporaryDirectory();
        foreach (var name in new[] { "explainer.md", "opinion.md", "news-report.md", "wire-report.md", "press/statement.txt", "speculative.md" })
        {
            directory.Write("docs/" + name, Hedge);
        }

        var run = await CliRun.InAsync(directory.Path, pattern, "--format", "json");

        Assert.Equal(expected.Split(' '), LintedFiles(run));
    }

    // The files the JSON report says were linted, in its order: every linted file is listed, with findings or without,
    // so the answer does not depend on what the rules happen to report.
    private static List<string> LintedFiles(CliRun run)
    {
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        return [.. json.RootElement.GetProperty("files").EnumerateArray()
            .Where(file => file.GetProperty("linted").GetBoolean())
            .Select(file => file.GetProperty("path").GetString()!)];
    }
}
