using System.Globalization;
using System.Text;
using DocLint.Diagnostics;
using DocLint.Pipeline;

namespace DocLint.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (<c>::warning file=…,line=…::message</c>), which the runner turns into
/// annotations on the pull request, plus a Markdown job summary appended to $GITHUB_STEP_SUMMARY when set.
/// </summary>
public sealed class GitHubFormatter(CliConsole console) : IResultFormatter
{
    public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";

    public string Name => "github";

    public bool WantsSummary => false;

    public void Write(LintRun result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var diagnostic in result.Visible)
        {
            writer.Write(FormatCommand(diagnostic));
            writer.Write('\n');
        }
    }

    /// <summary>Appends the Markdown job summary to $GITHUB_STEP_SUMMARY when it is set and is not one of the inputs.</summary>
    internal async Task AppendStepSummaryAsync(LintRun result, SafeOutputFile guard)
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

    public static string FormatCommand(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var command = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        };
        var properties = new StringBuilder();
        properties.Append("file=").Append(GitHubCommandEscaper.EscapeProperty(ArtifactPaths.ToForwardSlashes(diagnostic.Location.Path)));
        if (!diagnostic.Location.IsWholeFile)
        {
            var span = diagnostic.Location.LineSpan;
            properties.Append(CultureInfo.InvariantCulture, $",line={span.Start.Line + 1},col={span.Start.Character + 1},endLine={span.End.Line + 1},endColumn={span.End.Character + 1}");
        }

        properties.Append(",title=").Append(GitHubCommandEscaper.EscapeProperty(diagnostic.Id));
        return $"::{command} {properties}::{GitHubCommandEscaper.EscapeData(diagnostic.Message)}";
    }
}
