using System.Diagnostics;

namespace DocLint.LanguageServer.Tests;

/// <summary>Runs a program to completion with a time limit, output and error captured together.</summary>
internal static class ExternalProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{fileName} timed out after {timeoutSeconds} s\n{await output}{await error}");
        }

        return (process.ExitCode, await output + await error);
    }

    /// <summary>
    /// Makes sure a command is on PATH, installing its Debian package when missing and running as root (as CI
    /// does). Fails, never skips: an editor test that silently did not run would prove nothing.
    /// </summary>
    public static async Task RequireAsync(string command, string debianPackage)
    {
        if (await ExistsAsync(command))
        {
            return;
        }

        if (Environment.UserName == "root")
        {
            var environment = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
            await RunAsync("apt-get", ["update", "-qq"], "/", environment);
            var install = await RunAsync("apt-get", ["install", "-y", "-qq", debianPackage], "/", environment);
            Assert.True(await ExistsAsync(command), $"'{command}' is missing and 'apt-get install {debianPackage}' did not provide it:\n{install.Output}");
            return;
        }

        Assert.Fail($"'{command}' is not installed; install the Debian package '{debianPackage}' (CI does this as root).");
    }

    private static async Task<bool> ExistsAsync(string command) =>
        (await RunAsync("sh", ["-c", $"command -v {command}"], "/")).ExitCode == 0;
}
