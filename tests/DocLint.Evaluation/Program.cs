using DocLint.Evaluation;

// dotnet run -c Release --project tests/DocLint.Evaluation -- [--peers] [--sample N] [--errors NAME] [--data SHARED_DIR]
var peers = false;
var sample = 2000;
string? errors = null;
string? shared = null;
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
        case "--data" when i + 1 < args.Length:
            shared = args[++i];
            break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: [--peers] [--sample N] [--errors NAME] [--data SHARED_DIR]");
            return 2;
    }
}

shared ??= DataLocator.FindSharedDirectory(AppContext.BaseDirectory) ?? DataLocator.FindSharedDirectory(Directory.GetCurrentDirectory());
if (shared is null || !Directory.Exists(Path.Combine(shared, "data")))
{
    Console.Error.WriteLine($"Labelled data is absent: expected <repo root>/../shared/data (looked for '{shared ?? "<no repo root found>"}'). Nothing to evaluate.");
    return 2;
}

var cache = Path.Combine(Path.GetTempPath(), "doclint-eval-peers");
return new EvaluationRun(new EvaluationOptions(shared, peers, sample, errors, cache), Console.Out).Execute();
