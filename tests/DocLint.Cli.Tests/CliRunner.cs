using System.Text;

namespace DocLint.Cli.Tests;

/// <summary>Runs the real CLI in-process with captured streams.</summary>
internal static class CliRunner
{
    public static Task<CliOutcome> RunAsync(string workingDirectory, IEnumerable<string> args, string? stdin = null) =>
        RunAsync(workingDirectory, args, stdin, errorIsTerminal: false, Environment.GetEnvironmentVariable);

    /// <summary>Runs with stderr seen as a terminal or not, and the given environment variables.</summary>
    public static async Task<CliOutcome> RunAsync(string workingDirectory, IEnumerable<string> args, string? stdin, bool errorIsTerminal, Func<string, string?> environment)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty)))
        {
            WorkingDirectory = workingDirectory,
            ErrorIsTerminal = errorIsTerminal,
            GetEnvironmentVariable = environment,
        };
        var exitCode = await DocLintApplication.RunAsync([.. args], console);
        return new CliOutcome(exitCode, output.ToString(), error.ToString());
    }
}
