using System.Globalization;
using System.Text;
using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Rules.Claims;
using DocLint.Text;

namespace DocLint.Scoring.Validation;

/// <summary>
/// DocLint's claim tallies against the readers' own counts (reader_graded_articles/grades.jsonl: each reading estimates
/// the article's factual claims, those tied to a named source and those resting on vague sources). The readers' formula
/// on their own counts ranks their grades at 0.95, so how closely each count tracks theirs is what limits the score.
/// Unsourced claims are not counted by the readers directly: they are read as claims minus named minus vague.
/// </summary>
internal sealed class ClaimCountTable
{
    private static readonly (string Name, Func<Counts, double> Of)[] Measures =
    [
        ("claims", c => c.Claims),
        ("sourced", c => c.Sourced),
        ("sourced in its own sentence", c => c.Sourced - c.OnlyNearby),
        ("vaguely sourced", c => c.Vague),
        ("unsourced", c => c.Unsourced),
        ("sourced share", c => c.Claims == 0 ? 0 : c.Sourced / c.Claims),
        ("unsourced share", c => c.Claims == 0 ? 0 : c.Unsourced / c.Claims),
    ];

    private readonly IReadOnlyDictionary<string, Counts> _readers;

    private ClaimCountTable(IReadOnlyDictionary<string, Counts> readers) => _readers = readers;

    /// <summary>The readers' counts, the mean of the two readings, by article id; empty when the file is absent.</summary>
    public static ClaimCountTable Load(string dataDirectory)
    {
        var readers = new Dictionary<string, Counts>(StringComparer.Ordinal);
        var path = Path.Combine(dataDirectory, "reader_graded_articles", "grades.jsonl");
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
            {
                using var json = System.Text.Json.JsonDocument.Parse(line);
                var readings = json.RootElement.GetProperty("readings").EnumerateArray().Select(r => new Counts(
                    r.GetProperty("factual_claims").GetDouble(),
                    r.GetProperty("named_source").GetDouble(),
                    r.GetProperty("vague_source").GetDouble(),
                    Math.Max(0, r.GetProperty("factual_claims").GetDouble() - r.GetProperty("named_source").GetDouble() - r.GetProperty("vague_source").GetDouble()))).ToList();
                readers[json.RootElement.GetProperty("id").GetString()!] = new Counts(
                    readings.Average(r => r.Claims), readings.Average(r => r.Sourced), readings.Average(r => r.Vague), readings.Average(r => r.Unsourced));
            }
        }

        return new ClaimCountTable(readers);
    }

    /// <summary>
    /// Per count: Spearman of DocLint's count with the readers' and the ratio of the totals, on the tuning half, the
    /// held-out half and all; with <paramref name="perArticle"/>, every article's counts side by side.
    /// </summary>
    public void AppendTo(StringBuilder output, IReadOnlyList<ScoredArticle> graded, bool perArticle)
    {
        var rows = graded.Where(a => _readers.ContainsKey(a.Article.Id)).Select(a => (Article: a, Ours: Ours(a), Theirs: _readers[a.Article.Id])).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        output.AppendLine();
        output.AppendLine("Claim counts against the readers' (mean of the two readings; readers' unsourced = claims - named - vague):");
        output.AppendLine();
        output.AppendLine("| count | Spearman tuning | Spearman held-out | Spearman all | DocLint / readers, all (totals) |");
        output.AppendLine("|---|---|---|---|---|");
        foreach (var (name, of) in Measures)
        {
            string Rho(bool? heldOut) => Invariant($"{Metrics.Spearman(rows.Where(r => heldOut is null || r.Article.IsHeldOut == heldOut).Select(r => (of(r.Ours), of(r.Theirs))).ToList()):F3}");
            var ratio = rows.Sum(r => of(r.Ours)) / Math.Max(1e-9, rows.Sum(r => of(r.Theirs)));
            output.AppendLine(Invariant($"| {name} | {Rho(false)} | {Rho(true)} | {Rho(null)} | {ratio:F2} |"));
        }

        if (!perArticle)
        {
            return;
        }

        output.AppendLine();
        output.AppendLine("| id | half | grade | score | claims D/R | sourced D (own sentence)/R | vague D/R | unsourced D/R |");
        output.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var (article, ours, theirs) in rows.OrderBy(r => r.Article.IsHeldOut).ThenBy(r => r.Article.Article.Id, StringComparer.Ordinal))
        {
            output.AppendLine(Invariant(
                $"| {article.Article.Id} | {(article.IsHeldOut ? "held-out" : "tuning")} | {article.Article.Grade:F1} | {article.Value} | {ours.Claims:F0}/{theirs.Claims:F1} | {ours.Sourced:F0} ({ours.Sourced - ours.OnlyNearby:F0})/{theirs.Sourced:F1} | {ours.Vague:F0}/{theirs.Vague:F1} | {ours.Unsourced:F0}/{theirs.Unsourced:F1} |"));
        }
    }

    /// <summary>The score's tallies, and how many sourced claims only their paragraph or a reference back sources (the claim reading again).</summary>
    private static Counts Ours(ScoredArticle article)
    {
        var tally = article.Score.Tally;
        var document = new AnalyzedDocument(DocumentLoader.Parse(article.Article.Id + ".txt", SourceText.From(article.Article.Text)));
        var onlyNearby = ClaimReader.Read(document).Count(c => c.Claim.SourcedOnlyNearby);
        return new(tally.Claims, tally.SourcedClaims, tally.VagueClaims, tally.UnsourcedClaims) { OnlyNearby = onlyNearby };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>One article's counts; <see cref="OnlyNearby"/> is DocLint's only (the readers do not say how a claim was sourced).</summary>
    private sealed record Counts(double Claims, double Sourced, double Vague, double Unsourced)
    {
        public double OnlyNearby { get; init; }
    }
}
