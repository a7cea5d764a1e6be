using System.Text;
using DocLint.Pipeline;
using DocLint.Reporting;

namespace DocLint.Cli.Output;

/// <summary>Appends the GitHub job summary to $GITHUB_STEP_SUMMARY after --format github, never to an input.</summary>
internal sealed class GitHubStepSummaryFile(CliConsole console)
{
    public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";

    /// <summary>Appends the Markdown job summary to $GITHUB_STEP_SUMMARY when it is set and is not one of the inputs.</summary>
    internal async Task AppendAsync(LintRun result, SafeOutputFile guard)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(guard);
        if (console.GetEnvironmentVariable(StepSummaryVariable) is not { Length: > 0 } summaryPath)
        {
            return;
        }

        var fullPath = Path.GetFullPath(summaryPath, console.WorkingDirectory);
        if (guard.IsInput(fullPath))
        {
            await console.Error.WriteAsync($"warning: {StepSummaryVariable} ({summaryPath}) is one of the inputs; DocLint never writes to the files it lints, so the job summary was not written.\n");
            return;
        }

        try
        {
            // The runner reads the file after the step; appending keeps what earlier steps wrote.
            await File.AppendAllTextAsync(fullPath, GitHubStepSummary.Render(result, [.. result.Visible]), new UTF8Encoding(false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The annotations are already out; a missing job summary is not worth failing the lint over.
            await console.Error.WriteAsync($"warning: could not write the job summary to {StepSummaryVariable}: {exception.Message}\n");
        }
    }
}
