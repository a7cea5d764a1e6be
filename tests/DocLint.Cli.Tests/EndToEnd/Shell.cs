using System.Diagnostics;

namespace DocLint.Cli.Tests.EndToEnd;

/// <summary>Runs a program or a bash script to its end, as a user's shell or a CI runner would.</summary>
internal static class Shell
{
    public static Task<(int ExitCode, string Output)> BashAsync(string script, string workingDirectory, IReadOnlyDictionary<string, string> environment) =>
        RunAsync("bash", ["-eo", "pipefail", "-c", script], workingDirectory, environment);

    /// <summary>Standard output, then standard error.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
