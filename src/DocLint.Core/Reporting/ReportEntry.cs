using System.Collections.Immutable;
using DocLint.Diagnostics;
using DocLint.Pipeline;

namespace DocLint.Reporting;

/// <summary>
/// One path's part of a run's output: the documents linted under that path (one, or none for an input or
/// configuration problem alone) and the problems reported there. Formats write a run entry by entry in path
/// order, whether the run is finished or still going on.
/// </summary>
internal sealed record ReportEntry(string Path, ImmutableArray<DocumentReport> Documents, ImmutableArray<Diagnostic> Problems)
{
    /// <summary>What the outputs show at this path, in position order (as <see cref="LintRun.Visible"/> orders a run).</summary>
    public IEnumerable<Diagnostic> Visible(DiagnosticSeverity minimumSeverity) =>
        Ordered(Problems.Concat(Documents.SelectMany(d => d.Reported)).Where(d => d.Severity >= minimumSeverity));

    /// <summary>Like <see cref="Visible"/>, with suppressed findings kept (as <see cref="LintRun.VisibleWithSuppressed"/>).</summary>
    public IEnumerable<Diagnostic> VisibleWithSuppressed(DiagnosticSeverity minimumSeverity) =>
        Ordered(Problems.Concat(Documents.SelectMany(d => d.Diagnostics))
            .Where(d => d.Severity != DiagnosticSeverity.Hidden && d.Severity >= minimumSeverity));

    /// <summary>A finished run's entries in path order: every document's path and every path a problem names.</summary>
    public static IEnumerable<ReportEntry> Of(LintRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var documents = run.Documents.ToLookup(d => d.Path, StringComparer.Ordinal);
        var problems = run.InputProblems.Concat(run.ConfigurationProblems).ToLookup(d => d.Location.Path, StringComparer.Ordinal);
        var paths = run.Documents.Select(d => d.Path).Concat(problems.Select(g => g.Key)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return paths.Select(path => new ReportEntry(path, [.. documents[path]], [.. problems[path]]));
    }

    // A stable sort, so equal positions keep the order problems-then-findings, as in the whole run's.
    private static IEnumerable<Diagnostic> Ordered(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal);
}
