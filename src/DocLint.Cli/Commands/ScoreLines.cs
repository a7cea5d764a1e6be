using System.Globalization;
using DocLint.Reporting;
using DocLint.Scoring;
using Humanizer;

namespace DocLint.Cli.Commands;

/// <summary>The human sentences and table rows that describe a document's score.</summary>
public static class ScoreLines
{
    /// <summary><c>path: source reliability 34/100 (F) — 3 of 14 claims sourced; 9 hedges, 5 unsourced figures in 1,210 words</c>.</summary>
    public static string Summary(DocumentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var score = report.Score ?? throw new ArgumentException("The document was not scored.", nameof(report));
        var tally = score.Tally;
        var words = "word".ToQuantity(tally.Words, "N0", CultureInfo.InvariantCulture);
        if (!score.IsRated)
        {
            return $"{report.Path}: source reliability not rated — {score.Explanation} in {words}";
        }

        // The claim count and the top reasons come from the score itself (ReliabilityScore.Summary), so every output agrees.
        return string.Create(CultureInfo.InvariantCulture, $"{report.Path}: source reliability {score.Value}/100 ({score.Grade}) — {score.Summary} in {words}");
    }

    /// <summary>The counts that lowered the score, most damaging first, zero counts left out.</summary>
    public static IReadOnlyList<string> Problems(ScoreTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return new (string Noun, int Count)[]
            {
                ("unsourced figure", tally.UnsourcedFigures),
                ("unnamed source", tally.UnnamedSources),
                ("unsupported certainty", tally.Certainty),
                ("hedge", tally.Hedges),
            }
            .Where(p => p.Count > 0)
            .Select(p => p.Noun.ToQuantity(p.Count, "N0", CultureInfo.InvariantCulture))
            .ToList();
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
