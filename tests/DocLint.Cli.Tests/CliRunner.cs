using System.Text;

namespace DocLint.Cli.Tests;

/// <summary>Runs the real CLI in-process with captured streams.</summary>
internal static class CliRunner
{
    public static async Task<CliOutcome> RunAsync(string workingDirectory, IEnumerable<string> args, string? stdin = null)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty)))
        {
            WorkingDirectory = workingDirectory,
        };
        var exitCode = await DocLintApplication.RunAsync([.. args], console);
        return new CliOutcome(exitCode, output.ToString(), error.ToString());
    }
}
