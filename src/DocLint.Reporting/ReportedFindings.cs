using DocLint.Diagnostics;
using DocLint.Pipeline;

namespace DocLint.Reporting;

/// <summary>
/// The findings a machine format carries: <see cref="LintRun.Visible"/>, or with suppressed ones kept, which
/// SARIF reports with their justification instead of dropping. Configuration problems are part of both.
/// </summary>
internal static class ReportedFindings
{
    public static IReadOnlyList<Diagnostic> Collect(LintRun result, bool includeSuppressed)
    {
        ArgumentNullException.ThrowIfNull(result);
        return includeSuppressed ? [.. result.VisibleWithSuppressed] : [.. result.Visible];
    }
}
