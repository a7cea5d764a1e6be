using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Rules;
using DocLint.Scoring;
using DocLint.Scoring.Validation;

// Validates the source-reliability score against outside judgement (docs/score.md).
// Usage: dotnet run -c Release --project tests/DocLint.Scoring.Validation [-- --sample 2000 --seed 20261124]
var sample = ArgValue(args, "--sample", 2000);
var seed = ArgValue(args, "--seed", 20261124);
var root = FindRepositoryRoot(AppContext.BaseDirectory);
var data = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
if (data is null || !Directory.Exists(Path.Combine(data, "news_credibility")) || !Directory.Exists(Path.Combine(data, "allsides_news_articles")))
{
    Console.WriteLine("shared/data not found next to the repository: nothing to validate.");
    return 0;
}

var articles = Corpora.Load(data, sample, seed);
var engine = new LintEngine(BuiltInAnalyzers.Create());
var scored = new ConcurrentBag<ScoredArticle>();
var started = DateTime.UtcNow;
Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, article =>
{
    var report = engine.Lint(article.Id + ".txt", Encoding.UTF8.GetBytes(article.Text), DocumentSettings.Default);
    scored.Add(new ScoredArticle(article, report.Score?.Tally ?? ScoreTally.Empty, Metrics.IsCalibration(article.Id)));
});
var all = scored.OrderBy(s => s.Article.Set, StringComparer.Ordinal).ThenBy(s => s.Article.Id, StringComparer.Ordinal).ToList();
var elapsed = DateTime.UtcNow - started;
var calibration = all.Where(a => a.IsCalibration).ToList();
var held = all.Where(a => !a.IsCalibration).ToList();
var (fitted, fittedAuc) = Calibration.Fit(calibration);

var output = new StringBuilder();
output.AppendLine(Invariant($"Linted {all.Count:N0} articles in {elapsed.TotalSeconds:F0} s; AllSides sample {sample:N0} (seed {seed}; every 'low' article kept)."));
output.AppendLine();
output.AppendLine("| comparison | held-out n (reliable / unreliable) | AUC, shipped weights | AUC, weights fitted on calibration half |");
output.AppendLine("|---|---|---|---|");
foreach (var set in new[] { Corpora.BuzzFeed, Corpora.Horne, Corpora.HorneSatire, Corpora.AllSides })
{
    var rows = held.Where(a => a.Article.Set == set && a.Article.Reliable is not null).ToList();
    output.AppendLine(Invariant(
        $"| {set} | {rows.Count(r => r.Article.Reliable == true)} / {rows.Count(r => r.Article.Reliable == false)} | {Calibration.Auc(ScoreWeights.Default, held, set):F3} | {Calibration.Auc(fitted, held, set):F3} |"));
}

output.AppendLine();
output.AppendLine("Mean score per class on the held-out half (shipped weights):");
output.AppendLine();
output.AppendLine("| set | class | n | mean score | rated | mean claims | sourced share | unsourced figures /1k words | unnamed sources /1k words | hedges /1k words | certainty /1k words |");
output.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
var scorer = new ReliabilityScorer();
foreach (var group in held.GroupBy(a => (a.Article.Set, a.Article.Label)).OrderBy(g => g.Key.Set, StringComparer.Ordinal).ThenBy(g => g.Key.Label, StringComparer.Ordinal))
{
    var n = group.Count();
    var words = Math.Max(1, group.Sum(a => a.Tally.Words)) / 1000.0;
    output.AppendLine(Invariant(
        $"| {group.Key.Set} | {group.Key.Label} | {n} | {group.Average(a => scorer.Evaluate(a.Tally) ?? ReliabilityScorer.NotRatedValue):F1} | {group.Count(a => a.Tally.Claims > 0) * 100.0 / n:F0}% | {group.Average(a => a.Tally.Claims):F1} | {group.Sum(a => a.Tally.SourcedClaims) * 100.0 / Math.Max(1, group.Sum(a => a.Tally.Claims)):F0}% | {group.Sum(a => a.Tally.UnsourcedFigures) / words:F2} | {group.Sum(a => a.Tally.UnnamedSources) / words:F2} | {group.Sum(a => a.Tally.Hedges) / words:F2} | {group.Sum(a => a.Tally.Certainty) / words:F2} |"));
}

output.AppendLine();
output.AppendLine(Invariant($"Fitted on the calibration half (mean AUC {fittedAuc:F3} over {string.Join(", ", Calibration.Objective)}): {fitted}"));
output.AppendLine(Invariant($"Shipped weights: {ScoreWeights.Default}"));
Console.Write(output.ToString());
return 0;

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

static int ArgValue(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

static string? FindRepositoryRoot(string start)
{
    for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "DocLint.sln")))
        {
            return directory.FullName;
        }
    }

    return null;
}
