using System.Collections.Immutable;
using DocLint.Diagnostics;
using DocLint.Scoring;

namespace DocLint.Reporting;

/// <summary>
/// The outcome for one input: its effective diagnostics (suppressed ones included, marked) and counts,
/// or the infrastructure diagnostic that says why it could not be linted.
/// </summary>
public sealed record DocumentReport(string Path, ImmutableArray<Diagnostic> Diagnostics, int WordCount, bool WasLinted)
{
    /// <summary>The source-reliability score; null when the document could not be linted.</summary>
    public ReliabilityScore? Score { get; init; }

    /// <summary>The minimum score configured for this document (<see cref="Configuration.DocumentSettings.MinScore"/>); null means no gate.</summary>
    public int? MinScore { get; init; }

    public IEnumerable<Diagnostic> Reported => Diagnostics.Where(d => !d.IsSuppressed && d.Severity != DiagnosticSeverity.Hidden);

    public static DocumentReport Failed(Diagnostic failure) => new(failure.Location.Path, [failure], 0, WasLinted: false);
}
