using DocLint.Cli.Tests.Formats;

namespace DocLint.Cli.Tests.Changes;

public sealed class DiffBaseCommandTests
{
    internal const string Original =
        "# Budget\n\nThe council will perhaps approve the budget.\n\nTurnout was 70 percent last year.\n";

    [Fact]
    public async Task Reports_only_findings_on_lines_added_since_the_base()
    {
        using var repository = new GitRepository();
        repository.Write("news/budget.md", Original);
        repository.Commit("first draft");
        // New findings above and below the old ones; the old ones move down by two lines.
        repository.Write(
            "news/budget.md",
            "# Budget\n\nCritics say the plan is late.\n\nThe council will perhaps approve the budget.\n\nTurnout was 70 percent last year.\n\nIt will probably pass.\n");

        var run = await CliRun.InAsync(repository.Path, "news/budget.md", "--diff-base", "HEAD");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var findings = run.Out.Split('\n').Where(l => l.StartsWith("news/", StringComparison.Ordinal) && l.Contains("): ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, findings.Count);
        Assert.StartsWith("news/budget.md(3,1,3,12): warning DL3001:", findings[0], StringComparison.Ordinal);
        Assert.StartsWith("news/budget.md(9,9,9,17):", findings[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_option_every_finding_is_reported()
    {
        using var repository = new GitRepository();
        repository.Write("a.md", Original);
        repository.Commit("first draft");

        var all = await CliRun.InAsync(repository.Path, "a.md");
        var changed = await CliRun.InAsync(repository.Path, "a.md", "--diff-base", "HEAD");

        Assert.Contains("a.md(3,18,3,25): warning DL1001:", all.Out, StringComparison.Ordinal);
        Assert.Contains("a.md(5,13,5,23): warning DL2001:", all.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("a.md(", changed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_line_reports_its_finding_and_leaves_the_others_out()
    {
        using var repository = new GitRepository();
        repository.Write("a.md", Original);
        repository.Commit("first draft");
        repository.Write("a.md", Original.Replace("70 percent", "75 percent", StringComparison.Ordinal));

        var run = await CliRun.InAsync(repository.Path, "a.md", "--diff-base", "HEAD", "--format", "github");

        Assert.Equal("::warning file=a.md,line=5,col=13,endLine=5,endColumn=23,title=DL2001::The figure '75 percent' is stated as fact with no source; attribute it in this sentence or the one before, or in a next one that points back at it\n", run.Out);
    }

    [Fact]
    public async Task Untracked_files_count_as_wholly_changed()
    {
        using var repository = new GitRepository();
        repository.Write("old.md", Original);
        repository.Commit("first draft");
        repository.Write("new.md", Original);

        var run = await CliRun.InAsync(repository.Path, "old.md", "new.md", "--diff-base", "HEAD");

        Assert.Contains("new.md(3,18,3,25): warning DL1001:", run.Out, StringComparison.Ordinal);
        Assert.Contains("new.md(5,13,5,23): warning DL2001:", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("old.md(", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_committed_after_the_base_is_wholly_changed()
    {
        using var repository = new GitRepository();
        repository.Write("old.md", "# Old\n");
        repository.Commit("base");
        repository.Git("tag", "base");
        repository.Write("added.md", Original);
        repository.Commit("add an article");

        var run = await CliRun.InAsync(repository.Path, "added.md", "--diff-base", "base");

        Assert.Contains("added.md(3,18,3,25): warning DL1001:", run.Out, StringComparison.Ordinal);
        Assert.Contains("added.md(5,13,5,23): warning DL2001:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_revision_is_a_usage_error()
    {
        using var repository = new GitRepository();
        repository.Write("a.md", Original);
        repository.Commit("first draft");

        var run = await CliRun.InAsync(repository.Path, "a.md", "--diff-base", "no-such-branch");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal($"error: --diff-base no-such-branch is not a known revision in {repository.Git("rev-parse", "--show-toplevel").Trim()}.\n", run.Error);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Outside_a_repository_is_a_usage_error()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", Original);

        var run = await CliRun.InAsync(directory.Path, "a.md", "--diff-base", "HEAD");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal("error: --diff-base needs a git repository, and a.md is not in one.\n", run.Error);
    }
}
