using System.Collections.Immutable;
using DocLint.Baselines;
using DocLint.Diagnostics;
using DocLint.Scoring;

namespace DocLint.Reporting;

/// <summary>
/// The outcome for one input: its effective diagnostics (suppressed ones included, marked) and counts,
/// or the infrastructure diagnostic that says why it could not be linted.
/// </summary>
public sealed record DocumentReport(string Path, ImmutableArray<Diagnostic> Diagnostics, int WordCount, bool WasLinted)
{
    /// <summary>The source-reliability score; null when the document could not be linted or is an empty draft.</summary>
    public ReliabilityScore? Score { get; init; }

    /// <summary>The minimum score configured for this document (<see cref="Configuration.DocumentSettings.MinScore"/>); null means no gate.</summary>
    public int? MinScore { get; init; }

    /// <summary>The baseline's entries for this document (with left-over counts) that matched no finding in it.</summary>
    public ImmutableArray<BaselineEntry> UnmatchedBaseline { get; init; } = [];

    /// <summary>The document had a minimum score but is not rated, and the gate ignores not-rated documents.</summary>
    public bool GateSkipped { get; init; }

    public IEnumerable<Diagnostic> Reported => Diagnostics.Where(d => !d.IsSuppressed && d.Severity != DiagnosticSeverity.Hidden);

    internal static DocumentReport Failed(Diagnostic failure) => new(failure.Location.Path, [failure], 0, WasLinted: false);
}
