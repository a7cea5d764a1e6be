namespace DocLint.Cli.Tests.Formats;

/// <summary>The whole CLI in-process: arguments in, exit code and both streams out.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> InAsync(string workingDirectory, params string[] args) =>
        await InAsync(workingDirectory, _ => null, args);

    public static async Task<CliRun> InAsync(string workingDirectory, Func<string, string?> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream())
        {
            WorkingDirectory = workingDirectory,
            GetEnvironmentVariable = environment,
        };
        var exitCode = await DocLintApplication.RunAsync(args, console);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
