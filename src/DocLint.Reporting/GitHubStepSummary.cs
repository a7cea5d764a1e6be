using System.Globalization;
using System.Text;
using DocLint.Diagnostics;
using DocLint.Pipeline;

namespace DocLint.Reporting;

/// <summary>The Markdown job summary: one table row per file with its counts, then the totals.</summary>
internal static class GitHubStepSummary
{
    public static string Render(LintRun result, IReadOnlyList<Diagnostic> visible)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(visible);
        var builder = new StringBuilder();
        builder.Append("## DocLint\n\n");
        builder.Append("| File | Errors | Warnings | Notices |\n");
        builder.Append("|---|---:|---:|---:|\n");
        var paths = result.Documents.Select(d => d.Path).Concat(visible.Select(d => d.Location.Path)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        // Indexed once: a scan of every finding per file made 50,000 files quadratic.
        var byPath = visible.ToLookup(d => d.Location.Path, StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var inFile = byPath[path];
            builder.Append(CultureInfo.InvariantCulture, $"| `{EscapeCell(ArtifactPaths.ToForwardSlashes(path))}` | {Count(inFile, DiagnosticSeverity.Error)} | {Count(inFile, DiagnosticSeverity.Warning)} | {Count(inFile, DiagnosticSeverity.Info)} |\n");
        }

        builder.Append(CultureInfo.InvariantCulture, $"| **Total** | **{Count(visible, DiagnosticSeverity.Error)}** | **{Count(visible, DiagnosticSeverity.Warning)}** | **{Count(visible, DiagnosticSeverity.Info)}** |\n\n");
        var linted = result.Documents.Count(d => d.WasLinted);
        builder.Append(CultureInfo.InvariantCulture, $"{linted} {(linted == 1 ? "file" : "files")} linted, {visible.Count} {(visible.Count == 1 ? "finding" : "findings")}.\n");
        return builder.ToString();
    }

    private static int Count(IEnumerable<Diagnostic> diagnostics, DiagnosticSeverity severity) => diagnostics.Count(d => d.Severity == severity);

    // A pipe would end the cell and a backtick the code span.
    private static string EscapeCell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);
}
