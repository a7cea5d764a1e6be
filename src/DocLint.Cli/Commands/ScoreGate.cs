using DocLint.Reporting;

namespace DocLint.Cli.Commands;

/// <summary>
/// The --min-score gate: each document is held to the minimum its settings gave it (DocumentSettings.MinScore,
/// from --min-score or, per folder, doclint_min_score). A document without claims is held to the gate by its
/// neutral value, like any other.
/// </summary>
public static class ScoreGate
{
    public static IReadOnlyList<(DocumentReport Report, int Minimum)> Failing(IEnumerable<DocumentReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var failing = new List<(DocumentReport, int)>();
        foreach (var report in reports)
        {
            if (report.Score is { } score && report.MinScore is { } minimum && score.Value < minimum)
            {
                failing.Add((report, minimum));
            }
        }

        return failing;
    }

    public static async Task ReportAsync(IEnumerable<(DocumentReport Report, int Minimum)> failing, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(failing);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var (report, minimum) in failing)
        {
            var score = report.Score!;
            var value = score.IsRated ? $"{score.Value}" : $"is not rated (no claims) and counts as {score.Value}, which";
            await error.WriteLineAsync($"error: {report.Path}: source reliability {value} is below the minimum score {minimum}.");
        }
    }
}
