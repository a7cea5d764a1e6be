using System.Collections.Immutable;
using DocLint.Diagnostics;
using DocLint.Reporting;

namespace DocLint.Baselines;

/// <summary>
/// Marks findings the baseline accepts as suppressed (External, "baseline"), in file then position order, each
/// entry absorbing at most its count; what is left over is new.
/// </summary>
public static class BaselineMatcher
{
    public const string Justification = "baseline";

    public static BaselineOutcome Apply(ImmutableArray<DocumentReport> reports, BaselineFile baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var remaining = baseline.Entries.ToDictionary(e => e.Key, e => e.Count);
        var suppression = new Suppression(SuppressionKind.External, Justification);
        var result = ImmutableArray.CreateBuilder<DocumentReport>(reports.Length);
        foreach (var report in reports)
        {
            var changed = false;
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(report.Diagnostics.Length);
            foreach (var diagnostic in report.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                if (!diagnostic.IsSuppressed && diagnostic.Severity != DiagnosticSeverity.Hidden && BaselineFile.IsBaselinable(diagnostic)
                    && remaining.TryGetValue(BaselineFile.KeyOf(diagnostic), out var count) && count > 0)
                {
                    remaining[BaselineFile.KeyOf(diagnostic)] = count - 1;
                    diagnostics.Add(diagnostic with { Suppression = suppression });
                    changed = true;
                }
                else
                {
                    diagnostics.Add(diagnostic);
                }
            }

            result.Add(changed ? report with { Diagnostics = diagnostics.ToImmutable() } : report);
        }

        var unmatched = baseline.Entries
            .Where(e => remaining[e.Key] > 0)
            .Select(e => e with { Count = remaining[e.Key] })
            .ToImmutableArray();
        return new BaselineOutcome(result.ToImmutable(), unmatched);
    }

    /// <summary>The baseline without the entries (or parts of counts) that no longer match anything.</summary>
    public static BaselineFile Prune(BaselineFile baseline, BaselineOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(outcome);
        var left = outcome.Unmatched.ToDictionary(e => e.Key, e => e.Count);
        return new BaselineFile([.. baseline.Entries
            .Select(e => e with { Count = e.Count - left.GetValueOrDefault(e.Key) })
            .Where(e => e.Count > 0)]);
    }
}
