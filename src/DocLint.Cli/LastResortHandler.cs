namespace DocLint.Cli;

/// <summary>
/// Whatever escapes every command becomes one line on standard error and exit code 2, never a stack trace
/// (which -v still shows). Per-document failures are handled long before this; it guards the rest.
/// </summary>
internal static class LastResortHandler
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, Func<Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            return await run();
        }
        catch (Exception exception)
        {
            var line = $"error: DocLint stopped: {exception.GetType().Name}: {OneLine(exception.Message)}";
            await console.Error.WriteLineAsync(DocLintApplication.IsVerbose(args) ? $"{line}\n{exception}" : $"{line} (run with -v for details)");
            return ExitCodes.UsageOrInputError;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
