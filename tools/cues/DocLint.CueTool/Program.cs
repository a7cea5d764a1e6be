using System.Globalization;
using DocLint.CueTool;

// Learns DL1001's weighted uncertainty cues from CoNLL-2010 train and writes them under rules/ (docs/quality.md).
// dotnet run -c Release --project tools/cues/DocLint.CueTool -- --data ../shared/data --rules rules --min-count 10 --threshold 0.9 --reviewed-out tools/cues/reviewed-out.txt --attribution-words tools/cues/news-attribution-words.txt
// A genre's hedge model (rules/models/hedge-model-{genre}.tsv): ... --data ../shared/data --rules rules --model research|reference
// A genre's extra cues (doclint_genre), thresholds by cross-validation: ... --data ../shared/data --rules rules --genre research|reference
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

if (!options.TryGetValue("data", out var data) || !options.TryGetValue("rules", out var rules))
{
    Console.Error.WriteLine("usage: cue-tool --data SHARED_DATA_DIR --rules RULES_DIR [--min-count 10] [--threshold 0.9] [--reviewed-out FILE] [--attribution-words FILE] | [--genre research|reference] | [--model research|reference]");
    return 2;
}

if (options.TryGetValue("model", out var modelGenre))
{
    return ModelCommand.Run(data, rules, modelGenre, Console.Out);
}

if (options.TryGetValue("genre", out var genre))
{
    return GenreCommand.Run(data, rules, genre, Console.Out);
}

var settings = new CueSettings(
    int.Parse(options.GetValueOrDefault("min-count", "10"), CultureInfo.InvariantCulture),
    double.Parse(options.GetValueOrDefault("threshold", "0.9"), CultureInfo.InvariantCulture),
    options.GetValueOrDefault("reviewed-out"),
    options.GetValueOrDefault("attribution-words"));
return LearnCommand.Run(data, rules, settings, Console.Out);
