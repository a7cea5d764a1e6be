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

    // A stable sort, so equal positions keep the order problems-then-findings, as in the whole run's: by start, end
    // and rule id, ties by the order given. One sort of (finding, place) pairs: LINQ's OrderBy with two ThenBys built
    // a key array per level and a chain of sorters for every entry written (0.6% of a plain-text run's samples).
    private static Diagnostic[] Ordered(IEnumerable<Diagnostic> diagnostics)
    {
        var items = diagnostics.Select(static (d, i) => (Diagnostic: d, Index: i)).ToArray();
        items.AsSpan().Sort(static (x, y) => Compare(x, y));
        var ordered = new Diagnostic[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            ordered[i] = items[i].Diagnostic;
        }

        return ordered;
    }

    private static int Compare((Diagnostic Diagnostic, int Index) x, (Diagnostic Diagnostic, int Index) y)
    {
        var a = x.Diagnostic.Location.SourceSpan;
        var b = y.Diagnostic.Location.SourceSpan;
        var order = a.Start.CompareTo(b.Start);
        if (order == 0)
        {
            order = a.End.CompareTo(b.End);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Diagnostic.Id, y.Diagnostic.Id);
        }

        return order != 0 ? order : x.Index.CompareTo(y.Index);
    }
}
