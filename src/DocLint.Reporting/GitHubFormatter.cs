using System.Globalization;
using System.Text;
using DocLint.Diagnostics;
using DocLint.Pipeline;

namespace DocLint.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::warning file=…,line=…::message</c>), which the runner turns into
/// annotations on the pull request. The Markdown job summary (<see cref="GitHubStepSummary"/>) is appended to
/// $GITHUB_STEP_SUMMARY by the tool, not here: a formatter never touches the file system.
/// </summary>
internal sealed class GitHubFormatter : IResultFormatter
{
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
