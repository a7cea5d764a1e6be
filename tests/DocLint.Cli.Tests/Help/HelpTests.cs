using DocLint.Cli.Tests.Formats;

namespace DocLint.Cli.Tests.Help;

/// <summary>
/// Each command's help, word for word (approved in Help/*.help.txt): usage lines that run as printed,
/// placeholders that say what goes there, and hints that work when copied.
/// </summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("root")]
    [InlineData("score")]
    [InlineData("rules")]
    [InlineData("explain")]
    [InlineData("init")]
    [InlineData("config")]
    [InlineData("baseline")]
    [InlineData("lsp")]
    [InlineData("watch")]
    public async Task Help_is_the_approved_text(string command)
    {
        string[] args = command == "root" ? ["--help"] : [command, "--help"];

        var run = await CliRun.InAsync(RepositoryPaths.Root, args);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        ApprovedFile.Verify(Path.Combine(RepositoryPaths.Root, "tests", "DocLint.Cli.Tests", "Help", command + ".help.txt"), run.Out);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("baseline")]
    [InlineData("explain")]
    [InlineData("config")]
    [InlineData("lsp")]
    [InlineData("watch")]
    public async Task A_subcommands_usage_line_names_only_that_command(string command)
    {
        var run = await CliRun.InAsync(RepositoryPaths.Root, command, "-h");

        var usage = run.Out.Split('\n').SkipWhile(l => l != "Usage:").ElementAt(1);
        Assert.StartsWith($"  doclint {command} ", usage, StringComparison.Ordinal);
        Assert.DoesNotContain("<PATHS>... " + command, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stale_baseline_hint_works_as_printed()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("my docs/a.md", "The council will probably meet.\n\nCritics say it is late.\n");
        await CliRun.InAsync(directory.Path, "baseline", "my docs", "-o", "base.json");
        directory.Write("my docs/a.md", "The council will probably meet.\n");

        var stale = await CliRun.InAsync(directory.Path, "my docs", "--baseline", "base.json");
        var hint = stale.Out.Split('\n').Single(l => l.Contains("no longer", StringComparison.Ordinal));
        var command = hint[(hint.IndexOf('\'', StringComparison.Ordinal) + 1)..hint.LastIndexOf('\'')];
        var prune = await CliRun.InAsync(directory.Path, [.. ShellWords(command).Skip(1)]);
        var after = await CliRun.InAsync(directory.Path, "my docs", "--baseline", "base.json");

        Assert.Equal("doclint baseline --prune --output base.json \"my docs\"", command);
        Assert.Equal(0, prune.ExitCode);
        Assert.Equal("Pruned 1 stale finding from base.json; 1 finding remains.\n", prune.Out);
        Assert.DoesNotContain("no longer", after.Out, StringComparison.Ordinal);
    }

    // Splits a command line the way a POSIX shell does for plain words and double-quoted ones.
    private static List<string> ShellWords(string command)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in command)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                words.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        words.Add(current.ToString());
        return words;
    }
}
