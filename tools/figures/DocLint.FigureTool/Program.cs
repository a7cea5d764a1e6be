using System.Globalization;
using DocLint.Evaluation;
using DocLint.FigureTool;
using DocLint.Rules.Figures;

// Learns whether a figure needs a source (unsourced_figure) from the gold sentences, measures it against DL2001/DL2002
// by grouped cross-validation, and with --out writes the weights (docs/quality.md, "Learned figure model").
// dotnet run -c Release --project tools/figures/DocLint.FigureTool -- --data ../shared/data [--sets tools/gold/sets] [--gold FILE.jsonl|FILE.tsv]... [--out MODEL.tsv]
// --seed, --threshold and --penalty take comma-separated lists: one cross-validation per combination, so a result can
// be shown not to hang on one fold split or setting (the first combination gets the full table).
// --holdout fresh19,fresh20,... replaces the folds by a time split: trained on the other sets, scored on those.
// --nearby on adds the NamedNearby call's own features (FigureFeatures.AddNearby; off by default, figlearn21's features).
// --only NamedNearby restricts the model to one call's figures: trained on them alone, it decides them and the hand rule the rest.
// --flips FILE writes the first combination's held-out figures the model decided against the hand rule, one a line.
// A text's figures with the rule's call and their features: ... -- --features "The renovation cost $4.5 million."
// One call's figures with their gold labels, to read how often an exemption is right: ... -- --data ../shared/data --list NamedNearby
const string Usage = "usage: figure-tool --data SHARED_DATA_DIR [--sets SETS_DIR] [--gold EXTRA.jsonl|EXTRA.tsv]... [--threshold 0.5[,0.4]] [--seed 13[,1]] [--penalty 0.01[,0.1]] [--out MODEL.tsv] [--flips FLIPS.tsv] [--holdout PART,PART] [--nearby on|off] [--only CALL] [--list CALL] | --features TEXT";
const int Folds = 5;
string? data = null;
string? output = null;
string? flips = null;
IReadOnlyList<double> thresholds = [0.5];
IReadOnlyList<int> seeds = [13];
IReadOnlyList<double> penalties = [LogisticModel.DefaultPenalty];
var extra = new List<string>();
string? explain = null;
FigureCall? list = null;
FigureCall? only = null;
var nearby = false;
HashSet<string>? heldOut = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--features":
            explain = args[i + 1];
            break;
        case "--data":
            data = args[i + 1];
            break;
        case "--gold":
            extra.Add(args[i + 1]);
            break;
        case "--sets":
            extra.AddRange(LabelledSets.In(args[i + 1]));
            break;
        case "--threshold":
            thresholds = Numbers(args[i + 1], s => double.Parse(s, CultureInfo.InvariantCulture));
            break;
        case "--seed":
            seeds = Numbers(args[i + 1], s => int.Parse(s, CultureInfo.InvariantCulture));
            break;
        case "--penalty":
            penalties = Numbers(args[i + 1], s => double.Parse(s, CultureInfo.InvariantCulture));
            break;
        case "--out":
            output = args[i + 1];
            break;
        case "--holdout":
            heldOut = new HashSet<string>(args[i + 1].Split(','), StringComparer.Ordinal);
            break;
        case "--flips":
            flips = args[i + 1];
            break;
        case "--nearby" when args[i + 1] is "on" or "off":
            nearby = args[i + 1] == "on";
            break;
        case "--only" when Enum.TryParse<FigureCall>(args[i + 1], out var restricted):
            only = restricted;
            break;
        case "--list" when Enum.TryParse<FigureCall>(args[i + 1], out var call):
            list = call;
            break;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}

if (explain is not null)
{
    foreach (var line in CandidateReader.Explain(explain, nearby))
    {
        Console.WriteLine(line);
    }

    return 0;
}

if (data is null || args.Length % 2 != 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var sources = new List<string> { Path.Combine(data, "doclint_gold", "train.jsonl") };
sources.AddRange(extra.Distinct().Order(StringComparer.Ordinal));
var articles = new SharedArticles(data);
var items = new List<GoldItem>();
foreach (var source in sources)
{
    // train.jsonl as the evaluation reads it; any other set checked against its articles first (a .tsv holds offsets only).
    var (sentences, problem) = source == sources[0] ? (File.Exists(source) ? (DevSetReader.Read(source), null) : ([], "no such file")) : LabelledSetFile.Read(source, articles);
    if (problem is not null)
    {
        Console.Error.WriteLine($"{source}: {problem}");
        return 2;
    }

    items.AddRange(CandidateReader.Read(sentences, Path.GetFileNameWithoutExtension(source), nearby));
}

var candidates = items.SelectMany(i => i.Candidates).ToList();
Console.WriteLine($"{items.Count} sentences, {items.Select(i => i.Article).Distinct().Count()} articles, {candidates.Count} figure candidates ({candidates.Count(c => c.Label == 1)} unsourced, {candidates.Count(c => c.Label == 0)} not, {candidates.Count(c => c.Label is null)} borderline, left out)");
Console.WriteLine();
Console.WriteLine("Hand rule's call by gold label (candidates: unsourced / not / borderline)");
foreach (var group in candidates.GroupBy(c => c.Call).OrderByDescending(g => g.Count()))
{
    Console.WriteLine($"  {group.Key,-20} {group.Count(c => c.Label == 1),5} {group.Count(c => c.Label == 0),5} {group.Count(c => c.Label is null),5}");
}

if (list is not null)
{
    // Only the listing: the cross-validation is not needed to read one call's cases.
    Console.WriteLine();
    Console.WriteLine($"{list} figures: gold label (1 unsourced, 0 not, b borderline), sentence id, figure, sentence");
    foreach (var candidate in candidates.Where(c => c.Call == list).OrderBy(c => c.Label ?? 2).ThenBy(c => c.Where, StringComparer.Ordinal))
    {
        Console.WriteLine($"{candidate.Label?.ToString(CultureInfo.InvariantCulture) ?? "b"}\t{candidate.Where}");
    }

    return 0;
}

var parts = items.Where(i => heldOut is null || heldOut.Contains(i.Part)).SelectMany(i => heldOut is null ? CrossValidation.PartsOf(i.Part) : ["all", i.Part]).Distinct().Order(StringComparer.Ordinal).ToList();
var runs = new List<(int Seed, double Threshold, double Penalty, SystemScores Score)>();
foreach (var penalty in penalties)
{
    foreach (var seed in seeds)
    {
        foreach (var threshold in thresholds)
        {
            var validation = new CrossValidation(Folds, seed, threshold, penalty, only);
            var scores = heldOut is null ? validation.Run(items) : validation.RunSplit(items, heldOut);
            runs.Add((seed, threshold, penalty, scores["all"]));
            if (runs.Count > 1)
            {
                continue;
            }

            Console.WriteLine();
            Console.WriteLine(heldOut is null
                ? $"Grouped {Folds}-fold cross-validation by article (seed {seed}, threshold {Invariant(threshold)}, L2 penalty {Invariant(penalty)}), sentence-level unsourced_figure P / R / F1"
                : $"Time split: trained on every set but {string.Join(", ", heldOut.Order(StringComparer.Ordinal))}, scored on those (threshold {Invariant(threshold)}, L2 penalty {Invariant(penalty)}), sentence-level unsourced_figure P / R / F1");
            Console.WriteLine($"  {"part",-8} {"sentences",9} {"positive",8} {"hand TP/flagged",15}  {"hand rule",-20} {"model decides",-20} {"hand rule + filter",-20} {"candidate ceiling",-20}");
            foreach (var part in parts)
            {
                var score = scores[part];
                Console.WriteLine($"  {part,-8} {items.Count(i => !i.Skipped && (heldOut is null || heldOut.Contains(i.Part)) && CrossValidation.PartsOf(i.Part).Contains(part)),9} {score.Hand.Gold,8} {$"{score.Hand.PredictedCorrect}/{score.Hand.Predicted}",15}  {Format(score.Hand),-20} {Format(score.Model),-20} {Format(score.Filter),-20} {Format(score.Ceiling),-20}");
            }

            Console.WriteLine();
            Console.WriteLine("Held-out figures the model decided against the hand rule, by the rule's call (right / wrong by gold)");
            foreach (var (call, (right, wrong)) in validation.Flips)
            {
                Console.WriteLine($"  {call,-20} {right,5} {wrong,5}");
            }

            if (flips is not null)
            {
                File.WriteAllLines(flips, validation.FlipCases.Order(StringComparer.Ordinal));
                Console.WriteLine($"wrote the flips, one a line, to {flips}");
            }
        }
    }
}

if (runs.Count > 1)
{
    Console.WriteLine();
    Console.WriteLine("Every combination, all parts: sentence-level P / R / F1, and the F1 gain over the hand rule");
    Console.WriteLine($"  {"seed",5} {"threshold",9} {"penalty",8}  {"hand rule",-20} {"model decides",-20} {"gain",6}  {"hand rule + filter",-20} {"gain",6}");
    foreach (var (seed, threshold, penalty, score) in runs)
    {
        Console.WriteLine($"  {seed,5} {Invariant(threshold),9} {Invariant(penalty),8}  {Format(score.Hand),-20} {Format(score.Model),-20} {Gain(score.Model, score.Hand),6}  {Format(score.Filter),-20} {Gain(score.Filter, score.Hand),6}");
    }
}

var whole = LogisticModel.Train(CrossValidation.Examples(items, only), penalties[0]);
Console.WriteLine();
Console.WriteLine("Heaviest weights, trained on all the data (positive: needs a source)");
foreach (var (feature, weight) in whole.Weights.OrderByDescending(w => Math.Abs(w.Value)).ThenBy(w => w.Key, StringComparer.Ordinal).Take(25))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {feature,-28} {weight,8:0.00}"));
}

if (output is not null)
{
    var model = whole;
    var header = new[]
    {
        "Figure model: logistic regression weights for 'this figure needs a source' (unsourced_figure gold label).",
        "Trained by: dotnet run -c Release --project tools/figures/DocLint.FigureTool -- --data ../shared/data " + string.Join(' ', extra.Select(e => "--gold " + Path.GetFileName(e))) + " --out " + Path.GetFileName(output),
        $"Data: {string.Join(", ", sources.Select(Path.GetFileName))}; {CrossValidation.Examples(items).Count} labelled figure candidates (borderline left out).",
    };
    File.WriteAllText(output, model.ToTsv(header));
    Console.WriteLine($"wrote {output}");
}

return 0;

static IReadOnlyList<T> Numbers<T>(string list, Func<string, T> parse) => [.. list.Split(',').Select(parse)];

static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);

// Rounded first, and -0 made 0, so that a loss too small to show prints "+0.000" rather than a mixed sign.
static string Gain(Score learned, Score hand) => (Math.Round(learned.F1 - hand.F1, 3) + 0.0).ToString("+0.000;-0.000", CultureInfo.InvariantCulture);

static string Format(Score score) =>
    string.Create(CultureInfo.InvariantCulture, $"{score.Precision:0.00} / {score.Recall:0.00} / {score.F1:0.00}");
