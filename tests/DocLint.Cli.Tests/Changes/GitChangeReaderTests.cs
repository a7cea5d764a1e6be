using DocLint.Cli.Changes;
using DocLint.Cli.Inputs;
using DocLint.Cli.Tests.Formats;

namespace DocLint.Cli.Tests.Changes;

public sealed class GitChangeReaderTests
{
    // The same article as the command tests, so their line and column expectations read alike.
    private const string Original = DiffBaseCommandTests.Original;

    [Fact]
    public async Task A_new_file_whose_name_looks_like_a_glob_is_new_even_when_the_glob_matches_a_tracked_file()
    {
        using var repository = new GitRepository();
        repository.Write("a1.md", Original);
        repository.Commit("first draft");
        repository.Write("a[1].md", Original);

        var run = await CliRun.InAsync(repository.Path, "a1.md", "a[1].md", "--diff-base", "HEAD");

        Assert.Contains("a[1].md(3,18,3,25): warning DL1001:", run.Out, StringComparison.Ordinal);
        Assert.Contains("a[1].md(5,13,5,23): warning DL2001:", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("a1.md(", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_file_whose_name_git_quotes_keeps_its_changed_lines()
    {
        using var repository = new GitRepository();
        const string name = "say \"yes\"\\no.md";
        repository.Write(name, Original);
        repository.Commit("first draft");
        repository.Write(name, Original.Replace("70 percent", "75 percent", StringComparison.Ordinal));

        var run = await CliRun.InAsync(repository.Path, name, "--diff-base", "HEAD");

        Assert.Contains("say \"yes\"\\no.md(5,13,5,23): warning DL2001:", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("say \"yes\"\\no.md(3,", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Git_runs_a_fixed_number_of_times_per_repository_whatever_the_number_of_files()
    {
        using var repository = new GitRepository();
        for (var i = 0; i < 12; i++)
        {
            repository.Write($"docs/part{i % 3}/file{i}.md", Original);
        }

        repository.Commit("twelve files in three folders");
        repository.Write("docs/part1/file1.md", Original + "\nIt will probably pass.\n");
        using var shim = new TemporaryDirectory();
        var log = Path.Combine(shim.Path, "calls.log");
        var script = Path.Combine(shim.Path, "git");
        File.WriteAllText(script, $"#!/bin/sh\necho \"$@\" >> '{log}'\nexec git \"$@\"\n");
        if (OperatingSystem.IsWindows())
        {
            return; // the git shim is a POSIX shell script
        }

        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var files = Directory.GetFiles(Path.Combine(repository.Path, "docs"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new InputFile(Path.GetRelativePath(repository.Path, path), path))
            .ToList();

        var changes = await new GitChangeReader(new GitRunner(script)).ReadAsync(files, "HEAD", CancellationToken.None);

        Assert.Null(changes.Error);
        Assert.Equal(4, File.ReadAllLines(log).Length);
        Assert.Equal([new LineRange(6, 7)], changes.For("docs/part1/file1.md").Ranges.ToArray());
        Assert.False(changes.For("docs/part1/file1.md").WholeFile);
        Assert.All(files.Where(f => f.DisplayPath != "docs/part1/file1.md"), f => Assert.Equal(ChangedLines.None, changes.For(f.DisplayPath)));
    }

    [Theory]
    [InlineData("\"b/say \\\"yes\\\".md\"", "b/say \"yes\".md")]
    [InlineData("\"b/tab\\there.md\"", "b/tab\there.md")]
    [InlineData("\"b/caf\\303\\251 \\\\ x.md\"", "b/café \\ x.md")]
    [InlineData("\"b/\\360\\237\\223\\260 news.md\"", "b/📰 news.md")]
    public void Unquotes_git_c_quoted_paths(string quoted, string expected) =>
        Assert.Equal(expected, GitQuotedPath.Unquote(quoted));

    [Fact]
    public void Splits_a_whole_diff_by_file_and_reads_paths_only_in_headers()
    {
        const string diff =
            "diff --git a/one.md b/one.md\nindex 1..2 100644\n--- a/one.md\n+++ b/one.md\n@@ -3 +3,2 @@\n-old\n+++ b/not-a-header.md\n+new\n"
            + "diff --git a/gone.md b/gone.md\ndeleted file mode 100644\n--- a/gone.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n"
            + "diff --git a/two.md b/two.md\n--- a/two.md\n+++ b/two.md\t\n@@ -1,0 +2 @@\n+y\n@@ -9,2 +10,0 @@\n-z\n-w\n";

        var files = DiffHunkParser.ParseFiles(diff);

        Assert.Equal(["one.md", "two.md"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([new LineRange(3, 4)], files["one.md"].Ranges.ToArray());
        Assert.Equal([new LineRange(2, 2)], files["two.md"].Ranges.ToArray());
    }
}
