using System.Globalization;
using DocLint.Diagnostics;
using DocLint.Reporting;

namespace DocLint.Pipeline;

/// <summary>
/// The --min-score gate for one document (its minimum comes from its settings: --min-score, or doclint_min_score
/// per folder). A failed gate is a DL0020 error on the document, so every output format carries it.
/// </summary>
internal static class ScoreGate
{
    /// <summary>The report with a DL0020 added when its score fails its minimum, and <see cref="DocumentReport.GateSkipped"/> set for a not-rated document the gate ignores.</summary>
    public static DocumentReport Apply(DocumentReport report, UnratedScores unrated)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Score is not { } score || report.MinScore is not { } minimum)
        {
            return report;
        }

        string message;
        if (!score.IsRated)
        {
            if (unrated == UnratedScores.Ignore)
            {
                return report with { GateSkipped = true };
            }

            message = string.Create(CultureInfo.InvariantCulture, $"Source reliability is not rated (no claims to check), and --min-score-unrated fail does not accept that against the minimum score {minimum}");
        }
        else if (score.Value < minimum)
        {
            message = string.Create(CultureInfo.InvariantCulture, $"Source reliability {score.Value}/100 ({score.Grade}) is below the minimum score {minimum}");
        }
        else
        {
            return report;
        }

        var failure = Diagnostic.ForFile(InfrastructureDescriptors.ScoreBelowMinimum, report.Path, message);
        return report with { Diagnostics = report.Diagnostics.Add(failure) };
    }

    public static bool IsGateFailure(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Descriptor == InfrastructureDescriptors.ScoreBelowMinimum;
    }
}
