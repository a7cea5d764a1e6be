using System.Text;
using System.Text.Json;
using DocLint.Documents;
using DocLint.Prose;
using DocLint.Text;

namespace DocLint.GrammarTool;

/// <summary>
/// Segments news articles with DocLint's own tokenizer and writes one sentence a line for the teacher. Articles
/// that doclint_gold labels (train.jsonl, dev.jsonl) are left out; the rest are split by article into train and
/// heldout by a hash of the file name, so no article contributes to both.
/// </summary>
internal static class ExportCommand
{
    public static int Run(string articlesDirectory, string goldDirectory, string output, int maxTrain, int maxHeldout)
    {
        var excluded = GoldFiles(goldDirectory);
        var files = Directory.GetFiles(articlesDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        var train = 0;
        var heldout = 0;
        var skipped = 0;
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (excluded.Contains(name))
            {
                skipped++;
                continue;
            }

            var split = Split(name);
            if ((split == "train" && train >= maxTrain) || (split == "heldout" && heldout >= maxHeldout))
            {
                continue;
            }

            _ = split == "train" ? train++ : heldout++;
            var document = PlainTextProseExtractor.Extract(name, SourceText.From(File.ReadAllText(file)));
            foreach (var sentence in document.Blocks.SelectMany(b => SentenceSegmenter.Segment(b)))
            {
                writer.WriteLine(SilverSentence.Format(split, name, sentence.Tokens));
            }
        }

        Console.WriteLine($"exported {train} train and {heldout} heldout articles; left out {skipped} gold articles");
        return 0;
    }

    /// <summary>About one article in twenty is held out, chosen by a stable hash of its name.</summary>
    public static string Split(string name)
    {
        uint h = 2166136261;
        foreach (var c in name)
        {
            h = (h ^ c) * 16777619;
        }

        return h % 20 == 0 ? "heldout" : "train";
    }

    private static HashSet<string> GoldFiles(string goldDirectory)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in new[] { "train.jsonl", "dev.jsonl" })
        {
            foreach (var line in File.ReadLines(Path.Combine(goldDirectory, set)))
            {
                using var json = JsonDocument.Parse(line);
                names.Add(Path.GetFileName(json.RootElement.GetProperty("file").GetString()!));
            }
        }

        return names;
    }
}
