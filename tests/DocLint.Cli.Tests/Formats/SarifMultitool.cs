using System.Diagnostics;
using System.Text.Json;

namespace DocLint.Cli.Tests.Formats;

/// <summary>
/// Runs Microsoft's SARIF multitool (npm @microsoft/sarif-multitool, pinned in tests/tools/sarif/package-lock.json)
/// with the SARIF and GitHub rule sets, as code scanning would judge an upload. The first call installs it with
/// <c>npm ci</c>; the package ships a self-contained binary, so only node's npm is needed.
/// </summary>
internal static class SarifMultitool
{
    private static readonly Lazy<string> Executable = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string PackageFolder => Path.Combine(RepositoryPaths.Root, "tests", "tools", "sarif");

    /// <summary>Every error and warning the multitool reports for the SARIF text, one "ID: message" each.</summary>
    public static IReadOnlyList<string> Problems(string sarif)
    {
        var folder = Path.Combine(Path.GetTempPath(), "doclint-multitool-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "doclint.sarif");
            var log = Path.Combine(folder, "validation.sarif");
            File.WriteAllText(input, sarif);
            var (exitCode, output) = Run(Executable.Value, folder, "validate", "--rule-kind", "Sarif", "Gh", "--output", log, input);
            Assert.True(File.Exists(log), $"the multitool wrote no log (exit {exitCode}): {output}");
            using var validation = JsonDocument.Parse(File.ReadAllText(log));
            var run = validation.RootElement.GetProperty("runs")[0];
            var results = run.TryGetProperty("results", out var found) ? found.EnumerateArray().ToList() : [];
            // A result without a level is a warning in SARIF; notes are advice.
            var problems = results
                .Where(r => (r.TryGetProperty("level", out var level) ? level.GetString() : "warning") is "error" or "warning")
                .Select(r => $"{r.GetProperty("ruleId").GetString()}: {Text(r.GetProperty("message"))}")
                .ToList();
            // The tool's own failures (a file it could not read, a bad option) count too.
            problems.AddRange(Notifications(run).Select(n => $"multitool: {n}"));
            return problems;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> Notifications(JsonElement run)
    {
        if (!run.TryGetProperty("invocations", out var invocations))
        {
            return [];
        }

        return invocations.EnumerateArray()
            .SelectMany(i => i.TryGetProperty("toolExecutionNotifications", out var n) ? n.EnumerateArray() : default(JsonElement.ArrayEnumerator))
            .Where(n => n.TryGetProperty("level", out var level) && level.GetString() is "error")
            .Select(n => Text(n.GetProperty("message")));
    }

    // The multitool writes a message either as text or as a message id with its arguments.
    private static string Text(JsonElement message) =>
        message.TryGetProperty("text", out var text)
            ? text.GetString() ?? string.Empty
            : $"{(message.TryGetProperty("id", out var id) ? id.GetString() : null)} {(message.TryGetProperty("arguments", out var arguments) ? string.Join(", ", arguments.EnumerateArray().Select(a => a.GetString())) : string.Empty)}";

    private static string Install()
    {
        var binary = Path.Combine(PackageFolder, "node_modules", "@microsoft", BinaryPackage(), BinaryName());
        if (!File.Exists(binary))
        {
            var (exitCode, output) = Run("npm", PackageFolder, "ci", "--no-audit", "--no-fund");
            Assert.True(exitCode == 0, $"npm ci in tests/tools/sarif failed (exit {exitCode}): {output}");
        }

        Assert.True(File.Exists(binary), $"npm ci did not install {binary}");
        return binary;
    }

    private static string BinaryPackage() =>
        OperatingSystem.IsWindows() ? "sarif-multitool-win32" : OperatingSystem.IsMacOS() ? "sarif-multitool-darwin" : "sarif-multitool-linux";

    private static string BinaryName() => OperatingSystem.IsWindows() ? "Sarif.Multitool.exe" : "Sarif.Multitool";

    private static (int ExitCode, string Output) Run(string executable, string workingDirectory, params string[] arguments)
    {
        // The binary directly, not npx: its wrapper goes through a shell, which splits and re-quotes arguments.
        var start = new ProcessStartInfo(executable) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
