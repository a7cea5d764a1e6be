using DocLint.Reporting;

namespace DocLint.Cli.Commands;

/// <summary>
/// The --min-score gate. A per-document minimum (DocumentSettings.MinScore, from .editorconfig) wins over the
/// command line's. A document without claims is held to the gate by its neutral value, like any other.
/// </summary>
public static class ScoreGate
{
    public static IReadOnlyList<(DocumentReport Report, int Minimum)> Failing(IEnumerable<DocumentReport> reports, Func<DocumentReport, int?> minimumFor)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(minimumFor);
        var failing = new List<(DocumentReport, int)>();
        foreach (var report in reports)
        {
            if (report.Score is { } score && minimumFor(report) is { } minimum && score.Value < minimum)
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
            await error.WriteLineAsync($"error: {report.Path}: source reliability {report.Score!.Value} is below the minimum score {minimum}.");
        }
    }
}
