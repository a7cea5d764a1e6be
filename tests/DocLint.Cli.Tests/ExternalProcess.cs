using System.Diagnostics;

namespace DocLint.Cli.Tests;

/// <summary>Runs a program to completion with a timeout, failing with its standard error when it fails.</summary>
internal static class ExternalProcess
{
    public static async Task<int> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout}: {await error}");
        }

        await Task.WhenAll(output, error);
        return process.ExitCode == 0 ? 0 : throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await error}");
    }
}
