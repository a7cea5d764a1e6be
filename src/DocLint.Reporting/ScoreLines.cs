using System.Globalization;
using DocLint.Pipeline;
using DocLint.Reporting;
using DocLint.Scoring;
using Humanizer;

namespace DocLint.Reporting;

/// <summary>The human sentences and table rows that describe a document's score.</summary>
internal static class ScoreLines
{
    /// <summary><c>path: source reliability 34/100 (F) — 3 of 14 claims sourced; 6 unsourced claims, 2 hedges on unsourced claims in 1,210 words</c>.</summary>
    public static string Summary(DocumentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var score = report.Score ?? throw new ArgumentException("The document was not scored.", nameof(report));
        // One line per document: Humanizer's ToQuantity pluralised "word" through its rule list (regular expressions)
        // each time, about half a percent of a plain-text run's CPU; the noun is known, so its two forms are written out.
        var count = score.Tally.Words;
        var words = string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? "word" : "words")}");
        if (!score.IsRated)
        {
            var suppressed = score.Suppression is { } note ? $" ({note})" : string.Empty;
            return $"{report.Path}: source reliability not rated — {score.Explanation}{suppressed} in {words}";
        }

        // The claim count and the top reasons come from the score itself (ReliabilityScore.Summary), so every output agrees.
        return string.Create(CultureInfo.InvariantCulture, $"{report.Path}: source reliability {score.Value}/100 ({score.Grade}) — {score.Summary} in {words}");
    }

    /// <summary>The note that not-rated documents were not held to --min-score, or null when none was skipped.</summary>
    public static string? GateSkippedNote(LintRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var skipped = run.GateSkipped.Count();
        if (skipped == 0)
        {
            return null;
        }

        var verb = skipped == 1 ? "was" : "were";
        return $"{"not-rated document".ToQuantity(skipped)} (no claims to check) {verb} not held to the minimum score; use --min-score-unrated fail to fail them.";
    }

    /// <summary>A fixed-width table, worst score first (not rated documents last), then by path.</summary>
    public static void WriteTable(IEnumerable<DocumentReport> reports, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("Score  Grade  Claims  Sourced  Words  Document\n");
        foreach (var report in WorstFirst(reports))
        {
            var score = report.Score!;
            var value = score.IsRated ? score.Value.ToString(CultureInfo.InvariantCulture) : "-";
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{value,5}  {score.Grade,-5}  {score.Tally.Claims,6}  {score.Tally.SourcedClaims,7}  {score.Tally.Words,5}  {report.Path}\n"));
        }
    }

    public static IEnumerable<DocumentReport> WorstFirst(IEnumerable<DocumentReport> reports) =>
        reports.Where(r => r.Score is not null)
            .OrderBy(r => r.Score!.IsRated ? 0 : 1)
            .ThenBy(r => r.Score!.Value)
            .ThenBy(r => r.Path, StringComparer.Ordinal);
}
