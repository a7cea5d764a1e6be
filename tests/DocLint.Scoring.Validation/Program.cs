using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Rules;
using DocLint.Scoring;
using DocLint.Scoring.Validation;

// Validates the source-reliability score against outside judgement (docs/score.md).
// Usage: dotnet run -c Release --project tests/DocLint.Scoring.Validation [-- --sample 2000 --seed 20261124 --list --counts --tsv FILE]
var sample = ArgValue(args, "--sample", 2000);
var seed = ArgValue(args, "--seed", 20261124);
var list = args.Contains("--list");
var root = FindRepositoryRoot(AppContext.BaseDirectory);
var data = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
if (data is null || !Directory.Exists(Path.Combine(data, "news_credibility")) || !Directory.Exists(Path.Combine(data, "allsides_news_articles")))
{
    Console.WriteLine("shared/data not found next to the repository: nothing to validate.");
    return 0;
}

var explain = Array.IndexOf(args, "--explain");
if (explain >= 0 && explain + 1 < args.Length)
{
    // "--explain FILE": each claim of one file with the status the score gave it, to read the detector's decisions.
    var text = File.ReadAllText(args[explain + 1]);
    var one = new LintEngine(BuiltInAnalyzers.Create()).Lint(args[explain + 1], Encoding.UTF8.GetBytes(text), DocumentSettings.Default);
    foreach (var claim in one.Score!.Claims)
    {
        var span = claim.SourceSpan;
        Console.WriteLine(Invariant($"{span.Start,6} {claim.Status,-14} {claim.Weight:F1} {text.Substring(span.Start, Math.Min(span.Length, 110)).ReplaceLineEndings(" ")}"));
    }

    Console.WriteLine(one.Score.Value + " " + one.Score.Summary);
    return 0;
}

var sentencesOf = Array.IndexOf(args, "--sentences");
if (sentencesOf >= 0 && sentencesOf + 1 < args.Length)
{
    // "--sentences FILE": every sentence's offset and text as DocLint segments it, with no verdict, so a sample can be
    // labelled by hand (claim-labels.tsv) before DocLint's reading of it is seen.
    var path = args[sentencesOf + 1];
    var analyzed = new AnalyzedDocument(DocLint.Documents.DocumentLoader.Parse(path, DocLint.Text.SourceText.From(File.ReadAllText(path))));
    foreach (var block in analyzed.Document.Blocks)
    {
        foreach (var sentence in analyzed.SentencesByBlock[block.Index])
        {
            var span = block.MapToSource(sentence.Span);
            Console.WriteLine(Invariant($"{span.Start}\t{block.Index}\t{analyzed.Document.Source.ToString(span).ReplaceLineEndings(" ")}"));
            if (args.Contains("--grammar"))
            {
                // The tags and clauses the grammar layer gives the sentence, to see why a rule read it as it did.
                var grammar = analyzed.Grammar(sentence);
                Console.WriteLine("\t\t" + grammar + " | " + string.Join(' ', grammar.Clauses.Select(c => Invariant($"{c.Kind}[{c.Start},{c.End})"))));
            }
        }
    }

    return 0;
}

var articles = Corpora.Load(data, sample, seed);
var weights = WithOverrides(ScoreWeights.Default, args);
var engine = new LintEngine(BuiltInAnalyzers.Create(), new ReliabilityScorer(weights));
var scored = new ConcurrentBag<ScoredArticle>();
var started = DateTime.UtcNow;
Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, article =>
{
    var report = engine.Lint(article.Id + ".txt", Encoding.UTF8.GetBytes(article.Text), DocumentSettings.Default);
    scored.Add(new ScoredArticle(article, report.Score!, Metrics.IsHeldOut(article.SplitKey)) { Findings = [.. report.Reported] });
});
var all = scored.OrderBy(s => s.Article.Set, StringComparer.Ordinal).ThenBy(s => s.Article.Id, StringComparer.Ordinal).ToList();
var elapsed = DateTime.UtcNow - started;

var output = new StringBuilder();
output.AppendLine(Invariant($"Weights: {weights}"));
output.AppendLine(Invariant($"Linted {all.Count:N0} articles in {elapsed.TotalSeconds:F0} s; AllSides sample {sample:N0} (seed {seed}; every 'low' article kept)."));
output.AppendLine();
var graded = all.Where(a => a.Article.Grade is not null).ToList();
output.AppendLine("| reader-graded articles | n | Spearman with the readers' grade |");
output.AppendLine("|---|---|---|");
foreach (var (name, rows) in new[]
{
    ("all", graded),
    ("news outlets (allsides)", graded.Where(a => a.Article.Label.StartsWith("mbfc", StringComparison.Ordinal)).ToList()),
    ("fact-checked posts (BuzzFeed)", graded.Where(a => a.Article.Label.StartsWith("buzzfeed", StringComparison.Ordinal)).ToList()),
    ("tuning half (by outlet)", graded.Where(a => !a.IsHeldOut).ToList()),
    ("held-out half (by outlet)", graded.Where(a => a.IsHeldOut).ToList()),
})
{
    output.AppendLine(Invariant($"| {name} | {rows.Count} | {Metrics.Spearman(rows.Select(a => (a.Value, a.Article.Grade!.Value)).ToList()):F3} |"));
}

output.AppendLine();
output.AppendLine("| comparison | split | n (reliable / unreliable) | AUC |");
output.AppendLine("|---|---|---|---|");
foreach (var set in new[] { Corpora.BuzzFeed, Corpora.Horne, Corpora.HorneSatire, Corpora.AllSides })
{
    var split = set == Corpora.BuzzFeed ? "by page" : "by article";
    // Horne's two halves carry different labels: BuzzFeed's election analysis (its "real" side is mostly opinion
    // columns) and a source-level list (WSJ, BBC, NPR… against fake sites); they are reported apart (docs/score.md).
    // BuzzFeed's reliable side is mostly three mainstream outlets' posts: its partisan pages alone say whether the score
    // separates true from mixed posts beyond telling a wire report from a partisan post (docs/score.md).
    var subsets = set == Corpora.Horne
        ? Corpora.HorneHalves.Select(d => (d + " only", all.Where(a => a.Article.Id.StartsWith(d, StringComparison.Ordinal)).ToList()))
        : set == Corpora.BuzzFeed
            ? [("tuning " + split, all.Where(a => !a.IsHeldOut).ToList()), ("partisan pages only", all.Where(a => !Corpora.IsMainstreamPage(a.Article.Outlet)).ToList())]
            : [];
    foreach (var (name, rows) in new[] { ("all", all), ("held-out " + split, all.Where(a => a.IsHeldOut).ToList()) }.Concat(subsets))
    {
        var points = rows.Where(a => a.Article.Set == set && a.Article.Reliable is not null).Select(a => (a.Value, a.Article.Reliable!.Value)).ToList();
        output.AppendLine(Invariant(
            $"| {set} | {name} | {points.Count(p => p.Item2)} / {points.Count(p => !p.Item2)} | {Metrics.RocAuc(points):F3} |"));
    }

    if (set == Corpora.BuzzFeed)
    {
        // What the BuzzFeed AUC mostly measures: mainstream against partisan posts, whatever their fact-check label.
        var pages = all.Where(a => a.Article.Set == set).Select(a => (a.Value, Corpora.IsMainstreamPage(a.Article.Outlet))).ToList();
        output.AppendLine(Invariant(
            $"| {set} | mainstream vs partisan posts, any label | {pages.Count(p => p.Item2)} / {pages.Count(p => !p.Item2)} | {Metrics.RocAuc(pages):F3} |"));
    }
}

output.AppendLine();
output.AppendLine("Mean score per class (all articles):");
output.AppendLine();
output.AppendLine("| set | class | n | mean score | rated | mean claims | sourced share | unjudged |");
output.AppendLine("|---|---|---|---|---|---|---|---|");
foreach (var group in all.GroupBy(a => (a.Article.Set, a.Article.Label)).OrderBy(g => g.Key.Set, StringComparer.Ordinal).ThenBy(g => g.Key.Label, StringComparer.Ordinal))
{
    var n = group.Count();
    output.AppendLine(Invariant(
        $"| {group.Key.Set} | {group.Key.Label} | {n} | {group.Average(a => a.Value):F1} | {group.Count(a => a.Score.IsRated) * 100.0 / n:F0}% | {group.Average(a => a.Score.Tally.Claims):F1} | {group.Sum(a => a.Score.Tally.SourcedClaims) * 100.0 / Math.Max(1, group.Sum(a => a.Score.Tally.Claims)):F0}% | {group.Sum(a => a.Score.UnjudgedClaims)} |"));
}

// The claim tallies against the readers' own counts (ClaimCountTable); "--counts" adds every article's row.
ClaimCountTable.Load(data).AppendTo(output, graded, args.Contains("--counts"));

if (list)
{
    output.AppendLine();
    output.AppendLine("Reader-graded articles, largest disagreement first (score rank vs grade rank):");
    var byScore = graded.OrderBy(a => a.Value).Select((a, i) => (a, i)).ToDictionary(p => p.a, p => p.i);
    var byGrade = graded.OrderBy(a => a.Article.Grade).Select((a, i) => (a, i)).ToDictionary(p => p.a, p => p.i);
    foreach (var a in graded.OrderByDescending(a => Math.Abs(byScore[a] - byGrade[a])))
    {
        output.AppendLine(Invariant($"{a.Article.Id} grade {a.Article.Grade,5:F1} score {a.Value,3} | {a.Score.Summary}"));
    }
}

var tsv = Array.IndexOf(args, "--tsv");
if (tsv >= 0 && tsv + 1 < args.Length)
{
    // "--tsv FILE": every article's score and counts, one row each, to study a set outside the program.
    var rows = all.Select(a => string.Join('\t', a.Article.Set, a.Article.Id, a.Article.Label, Invariant($"{a.Article.Grade}"), a.Value,
        a.Score.Tally.Words, a.Score.Tally.Claims, a.Score.Tally.SourcedClaims, a.Score.Tally.UnsourcedClaims, a.Score.Tally.VagueClaims,
        a.Score.Tally.UnsourcedFigures, a.Score.Tally.UnnamedSources, a.Score.Tally.Certainty, a.Score.Tally.Hedges, a.Score.Tally.HedgesOnUnsourcedClaims, a.Score.Tally.NamedSources, Invariant($"{a.Score.Tally.SourcedWeight}")));
    File.WriteAllLines(args[tsv + 1], rows.Prepend("set\tid\tlabel\tgrade\tscore\twords\tclaims\tsourced\tunsourced\tvague\tfigures\tunnamed\tcertainty\thedges\thedgesOnUnsourced\tnamedSources\tsourcedWeight"));
}

var rulesOut = Array.IndexOf(args, "--rules");
if (rulesOut >= 0 && rulesOut + 1 < args.Length)
{
    // "--rules FILE": every article's effective findings counted by rule id, to see which rules separate a set's classes.
    File.WriteAllLines(args[rulesOut + 1], all.SelectMany(a => a.Findings.GroupBy(d => d.Descriptor.Id, StringComparer.Ordinal)
        .Select(g => string.Join('\t', a.Article.Set, a.Article.Id, a.Article.Label, g.Key, g.Count()))).Prepend("set\tid\tlabel\trule\tcount"));
}

var claimsOut = Array.IndexOf(args, "--claims");
if (claimsOut >= 0 && claimsOut + 1 < args.Length)
{
    // "--claims FILE": every judged claim with the effective findings in its span, to study which claims separate a set.
    var rows = new List<string> { "set\tid\tlabel\tgrade\toutlet\theldOut\tindex\tstart\tlength\tstatus\tweight\thedges\tcertainty\tfigures\tsources\tclaims\tchars" };
    foreach (var a in all)
    {
        var index = 0;
        foreach (var claim in a.Score.Claims)
        {
            var span = claim.SourceSpan;
            var inside = a.Findings.Where(d => !d.Location.IsWholeFile && d.Location.SourceSpan.Start >= span.Start && d.Location.SourceSpan.Start < span.Start + span.Length).ToList();
            int Count(string category) => inside.Count(d => d.Descriptor.Category == category);
            rows.Add(string.Join('\t', a.Article.Set, a.Article.Id, a.Article.Label, Invariant($"{a.Article.Grade}"), a.Article.Outlet ?? string.Empty, a.IsHeldOut, index++, span.Start, span.Length,
                claim.Status, Invariant($"{claim.Weight}"), Count("Hedging"), Count("Certainty"), Count("Figures"), Count("Sources"), Count("Claims"), a.Article.Text.Length));
        }
    }

    File.WriteAllLines(args[claimsOut + 1], rows);
}

Console.Write(output.ToString());
return 0;

// "--set Name=value" overrides one weight, to try an idea without editing the shipped defaults.
static ScoreWeights WithOverrides(ScoreWeights weights, string[] args)
{
    for (var i = 0; i + 1 < args.Length; i++)
    {
        if (args[i] != "--set")
        {
            continue;
        }

        var (name, value) = (args[i + 1].Split('=')[0], args[i + 1].Split('=')[1]);
        var property = typeof(ScoreWeights).GetProperty(name) ?? throw new ArgumentException($"no weight named {name}");
        var copy = weights with { };
        property.SetValue(copy, property.PropertyType == typeof(int) ? int.Parse(value, CultureInfo.InvariantCulture) : double.Parse(value, CultureInfo.InvariantCulture));
        weights = copy;
    }

    return weights;
}

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
