using DocLint.Evaluation;

const string Usage = "Usage: [--peers] [--sample N] [--errors NAME] [--view window|article|both] [--data SHARED_DIR] [--gold FILE.jsonl|FILE.tsv]...";

// dotnet run -c Release --project tests/DocLint.Evaluation -- [--peers] [--sample N] [--errors NAME] [--view window|article|both] [--data SHARED_DIR] [--gold FILE.jsonl|FILE.tsv]...
var peers = false;
var sample = 2000;
string? errors = null;
string? shared = null;
EvaluationView? view = null;
var goldFiles = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--peers":
            peers = true;
            break;
        case "--sample" when i + 1 < args.Length:
            sample = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--errors" when i + 1 < args.Length:
            errors = args[++i];
            break;
        case "--view" when i + 1 < args.Length && args[i + 1].All(char.IsLetter) && Enum.TryParse<EvaluationView>(args[i + 1], ignoreCase: true, out var named) && Enum.IsDefined(named):
            view = named;
            i++;
            break;
        case "--data" when i + 1 < args.Length:
            shared = args[++i];
            break;
        case "--gold" when i + 1 < args.Length:
            goldFiles.Add(args[++i]);
            break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. {Usage}");
            return 2;
    }
}

shared ??= DataLocator.FindSharedDirectory(AppContext.BaseDirectory) ?? DataLocator.FindSharedDirectory(Directory.GetCurrentDirectory());
if (shared is null || !Directory.Exists(Path.Combine(shared, "data")))
{
    Console.Error.WriteLine($"Labelled data is absent: expected <repo root>/../shared/data (looked for '{shared ?? "<no repo root found>"}'). Nothing to evaluate.");
    return 2;
}

// A --gold file is checked whole before anything is scored: its records must be the text of the articles they name.
// The sentences read here are the ones scored.
var articles = new SharedArticles(Path.Combine(shared, "data"));
var checkedFiles = new List<CheckedGoldFile>();
foreach (var gold in goldFiles)
{
    var (sentences, problem) = LabelledSetFile.Read(gold, articles);
    if (problem is not null)
    {
        Console.Error.WriteLine($"{gold}: {problem}");
        return 2;
    }

    checkedFiles.Add(new CheckedGoldFile(gold, sentences));
}

var cache = Path.Combine(Path.GetTempPath(), "doclint-eval-peers");
return new EvaluationRun(new EvaluationOptions(shared, peers, sample, errors, cache, checkedFiles, view ?? EvaluationView.Window, view is not null), Console.Out).Execute();
