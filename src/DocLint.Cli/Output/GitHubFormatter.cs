using System.Globalization;
using System.Text;
using DocLint.Diagnostics;

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

    public void Write(LintResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var visible = result.Visible.ToList();
        foreach (var diagnostic in visible)
        {
            writer.Write(FormatCommand(diagnostic));
            writer.Write('\n');
        }

        if (console.GetEnvironmentVariable(StepSummaryVariable) is { Length: > 0 } summaryPath)
        {
            try
            {
                // The runner reads the file after the step; appending keeps what earlier steps wrote.
                File.AppendAllText(Path.GetFullPath(summaryPath, console.WorkingDirectory), GitHubStepSummary.Render(result, visible), new UTF8Encoding(false));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The annotations are already out; a missing job summary is not worth failing the lint over.
                console.Error.Write($"warning: could not write the job summary to {StepSummaryVariable}: {exception.Message}\n");
            }
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
