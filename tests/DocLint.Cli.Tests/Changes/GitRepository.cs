using System.Diagnostics;

namespace DocLint.Cli.Tests.Changes;

/// <summary>A real, throw-away git repository with a fixed identity, so tests do not depend on the user's git config.</summary>
internal sealed class GitRepository : IDisposable
{
    private readonly Formats.TemporaryDirectory directory = new();

    public GitRepository()
    {
        Git("init", "--quiet", "--initial-branch=main");
    }

    public string Path => directory.Path;

    public void Write(string relativePath, string content) => directory.Write(relativePath, content);

    public void Commit(string message)
    {
        Git("add", "--all");
        Git("-c", "user.name=DocLint Tests", "-c", "user.email=tests@doclint.invalid", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", message);
    }

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error}");
        return output;
    }

    public void Dispose() => directory.Dispose();
}
