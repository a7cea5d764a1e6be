using DocLint.Diagnostics;

namespace DocLint.Cli.Output;

/// <summary>
/// The findings a machine format carries. Unlike <see cref="LintResult.Visible"/> it can keep suppressed ones,
/// which SARIF reports with their justification instead of dropping.
/// </summary>
public static class ReportedFindings
{
    public static IReadOnlyList<Diagnostic> Collect(LintResult result, bool includeSuppressed)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!includeSuppressed)
        {
            return [.. result.Visible];
        }

        return
        [
            .. result.InputProblems.Concat(result.Documents.SelectMany(d => d.Diagnostics))
                .Where(d => d.Severity != DiagnosticSeverity.Hidden && d.Severity >= result.MinimumSeverity)
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Location.SourceSpan.End)
                .ThenBy(d => d.Id, StringComparer.Ordinal),
        ];
    }
}
