using System.Globalization;
using System.Text;
using DocLint.Diagnostics;
using DocLint.Pipeline;

namespace DocLint.Reporting;

/// <summary>
/// The Markdown job summary: one table row per file with its counts, then the totals, each document's score, and
/// the findings GitHub's annotation cap left out, within GitHub's size limit for a step summary.
/// </summary>
internal static class GitHubStepSummary
{
    /// <summary>GitHub takes up to 1 MiB of summary per step; the list of findings stops well short of it.</summary>
    public const int FindingsBudget = 768 * 1024;

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
        AppendScores(builder, result);
        AppendNotAnnotated(builder, GitHubFormatter.Split(visible).Overflow);
        return builder.ToString();
    }

    private static void AppendScores(StringBuilder builder, LintRun result)
    {
        var scored = result.Documents.Where(d => d.Score is not null).ToList();
        if (scored.Count == 0)
        {
            return;
        }

        builder.Append("\n### Source reliability\n\n");
        foreach (var document in scored)
        {
            builder.Append("- ").Append(EscapeLine(ScoreLines.Summary(document))).Append('\n');
        }
    }

    private static void AppendNotAnnotated(StringBuilder builder, IReadOnlyList<Diagnostic> rest)
    {
        if (rest.Count == 0)
        {
            return;
        }

        builder.Append(CultureInfo.InvariantCulture, $"\n### Not shown as annotations ({rest.Count})\n\nGitHub shows {GitHubFormatter.AnnotationsPerKind} annotations of each kind per step.\n\n");
        var start = builder.Length;
        for (var i = 0; i < rest.Count; i++)
        {
            if (builder.Length - start > FindingsBudget)
            {
                builder.Append(CultureInfo.InvariantCulture, $"- and {rest.Count - i} more; the step's log has every one.\n");
                return;
            }

            builder.Append("- `").Append(EscapeCode(MsBuildFormatter.FormatLine(rest[i]))).Append("`\n");
        }
    }

    // A Markdown list item is one line; a code span cannot hold a backtick.
    private static string EscapeLine(string text) => text.ReplaceLineEndings(" ");

    private static string EscapeCode(string text) => EscapeLine(text).Replace("`", "'", StringComparison.Ordinal);

    private static int Count(IEnumerable<Diagnostic> diagnostics, DiagnosticSeverity severity) => diagnostics.Count(d => d.Severity == severity);

    // A pipe would end the cell and a backtick the code span.
    private static string EscapeCell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);
}
