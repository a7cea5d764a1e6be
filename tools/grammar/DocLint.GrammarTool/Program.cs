using System.Globalization;
using DocLint.Grammar;
using DocLint.GrammarTool;

// The grammar layer's training and measuring tool; tools/grammar/train.sh runs it step by step (docs/grammar.md).
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

string Option(string name) => options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");
int Number(string name, int fallback) => options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
PosTagger Tagger()
{
    if (!options.TryGetValue("model", out var path))
    {
        return PosTagger.Default;
    }

    using var stream = File.OpenRead(path);
    return PosTagger.Load(stream);
}

return args.FirstOrDefault() switch
{
    "export" => ExportCommand.Run(Option("articles"), Option("gold"), Option("out"), Number("max-train", 3000), Number("max-heldout", 150)),
    "train" => TrainCommand.Run(Option("silver"), Option("out"), Number("epochs", 5), float.Parse(options.GetValueOrDefault("threshold", "0.05"), CultureInfo.InvariantCulture), Number("max-weights", 450_000)),
    "eval" => EvaluateCommand.Run(Option("silver"), Tagger()),
    "eval-hand" => EvaluateCommand.RunHand(Option("sample"), Tagger()),
    "convert-v1" => ConvertCommand.Run(Option("in"), Option("out")),
    "bench" => BenchCommand.Run(Option("articles"), Number("max-mb", 1000)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: grammar-tool export|train|eval|eval-hand|bench|convert-v1 --option value ...");
    return 2;
}
