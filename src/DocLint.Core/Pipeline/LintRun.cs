using System.Collections.Immutable;
using DocLint.Baselines;
using DocLint.Diagnostics;
using DocLint.Reporting;

namespace DocLint.Pipeline;

/// <summary>
/// Everything one run produced, computed once by <see cref="LintSession"/>: every document's effective
/// diagnostics (suppressed ones marked), its score and its gate, plus the run's own problems. Every command and
/// every output format reads this and recomputes nothing, so no two outputs can disagree.
/// </summary>
public sealed record LintRun(ImmutableArray<DocumentReport> Documents, ImmutableArray<Diagnostic> InputProblems)
{
    /// <summary>DL0002 problems in .editorconfig files, once each.</summary>
    public ImmutableArray<Diagnostic> ConfigurationProblems { get; init; } = [];

    /// <summary>Baseline entries (with left-over counts) that matched no finding: the baseline has gone stale.</summary>
    public ImmutableArray<BaselineEntry> UnmatchedBaseline { get; init; } = [];

    /// <summary>The lowest severity the outputs show (--min-severity); it changes what is printed, never the gate.</summary>
    public DiagnosticSeverity MinimumSeverity { get; init; } = DiagnosticSeverity.Info;

    public int UnmatchedBaselineCount => UnmatchedBaseline.Sum(e => e.Count);

    /// <summary>Every diagnostic to print, in file then position order, below-threshold ones left out.</summary>
    public IEnumerable<Diagnostic> Visible => Ordered(VisibleInAnyOrder);

    /// <summary>
    /// <see cref="Visible"/> unsorted, for a reader that only counts (the summary): sorting a whole corpus's findings
    /// by path and position was a hundredth of a run's CPU, on one thread after the lint.
    /// </summary>
    public IEnumerable<Diagnostic> VisibleInAnyOrder =>
        InputProblems.Concat(ConfigurationProblems).Concat(Documents.SelectMany(d => d.Reported)).Where(d => d.Severity >= MinimumSeverity);

    /// <summary>Like <see cref="Visible"/>, with suppressed findings kept (marked) for formats that carry them.</summary>
    public IEnumerable<Diagnostic> VisibleWithSuppressed =>
        Ordered(InputProblems.Concat(ConfigurationProblems).Concat(Documents.SelectMany(d => d.Diagnostics))
            .Where(d => d.Severity != DiagnosticSeverity.Hidden && d.Severity >= MinimumSeverity));

    /// <summary>The documents whose score failed their minimum (each carries a DL0020).</summary>
    public IEnumerable<DocumentReport> GateFailures => Documents.Where(d => d.Diagnostics.Any(ScoreGate.IsGateFailure));

    /// <summary>Not-rated documents that had a minimum but were not held to it (the default for --min-score-unrated).</summary>
    public IEnumerable<DocumentReport> GateSkipped => Documents.Where(d => d.GateSkipped);

    /// <summary>An input could not be linted, or a configuration file has a problem.</summary>
    public bool HasInputErrors =>
        !InputProblems.IsEmpty || !ConfigurationProblems.IsEmpty || Documents.Any(d => !d.WasLinted);

    /// <summary>An error-severity finding in a linted document, a failed gate included.</summary>
    public bool HasErrors =>
        Documents.Where(d => d.WasLinted).SelectMany(d => d.Reported).Any(d => d.Severity == DiagnosticSeverity.Error);

    private static IEnumerable<Diagnostic> Ordered(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal);
}
