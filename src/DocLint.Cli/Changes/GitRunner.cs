using System.Diagnostics;

namespace DocLint.Cli.Changes;

/// <summary>Runs one git command and captures its output; the only place the CLI starts a process.</summary>
internal sealed class GitRunner
{
    private readonly string _executable;

    public GitRunner()
        : this("git")
    {
    }

    /// <summary>Runs <paramref name="executable"/> instead of the git on PATH (tests count the calls this way).</summary>
    public GitRunner(string executable) => _executable = executable;

    public async Task<GitOutput> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(_executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A user's pager or localized messages must not change what we parse.
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["LC_ALL"] = "C";
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return new GitOutput(process.ExitCode, await output, await error);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return new GitOutput(-1, string.Empty, $"git could not be started: {exception.Message}");
        }
    }
}
