using System.Text.Json;

namespace DocLint.CueTool;

/// <summary>
/// The cues of doclint_gold train.jsonl sentences that carry no author-voice hedge (quoted and reported hedges are
/// someone else's): a learned cue found there would be a hedge false alarm in news, so it is dropped. An unnamed
/// source is no excuse: DL1001 reports hedges, and CoNLL's weasels are another family in the news guidelines.
/// </summary>
internal static class NewsNegatives
{
    public static (Dictionary<string, int> Counts, int Sentences) Read(string path)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = 0;
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var positive = root.GetProperty("labels").EnumerateArray().Any(label =>
                label.GetProperty("category").GetString() == "hedge" && label.GetProperty("note").GetString() is not ("quoted" or "reported"));
            if (positive)
            {
                continue;
            }

            sentences++;
            foreach (var cue in CueFeatures.Of(root.GetProperty("sentence").GetString() ?? ""))
            {
                counts[cue] = counts.GetValueOrDefault(cue) + 1;
            }
        }

        return (counts, sentences);
    }
}
