using System.Text.Json;

namespace DocLint.CueTool;

/// <summary>
/// The cues of doclint_gold train.jsonl sentences that carry no author-voice hedge (quoted and reported hedges are
/// someone else's): a learned cue found there would be a hedge false alarm in news, so it is dropped. An unnamed
/// source is no excuse: DL1001 reports hedges, and CoNLL's weasels are another family in the news guidelines.
/// Each sentence keeps its article, so the filter can be cross-validated by article (<see cref="NewsFilterCrossValidation"/>).
/// </summary>
internal static class NewsNegatives
{
    public static IReadOnlyList<NewsSentence> ReadAll(string path)
    {
        var sentences = new List<NewsSentence>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var hedged = root.GetProperty("labels").EnumerateArray().Any(label =>
                label.GetProperty("category").GetString() == "hedge" && label.GetProperty("note").GetString() is not ("quoted" or "reported"));
            var text = root.GetProperty("sentence").GetString() ?? "";
            sentences.Add(new NewsSentence(
                root.GetProperty("file").GetString() ?? "",
                text,
                root.GetProperty("prev").GetString() ?? "",
                root.GetProperty("next").GetString() ?? "",
                hedged,
                CueFeatures.Of(text)));
        }

        return sentences;
    }

    /// <summary>How many negative sentences of <paramref name="sentences"/> hold each cue, leaving out one article (or none).</summary>
    public static Dictionary<string, int> Counts(IEnumerable<NewsSentence> sentences, string? leftOutArticle = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences.Where(s => !s.Hedged && s.Article != leftOutArticle))
        {
            foreach (var cue in sentence.Cues)
            {
                counts[cue] = counts.GetValueOrDefault(cue) + 1;
            }
        }

        return counts;
    }
}

/// <summary>A train.jsonl sentence with its neighbours, whether it holds an author-voice hedge, and its candidate cues.</summary>
internal sealed record NewsSentence(string Article, string Text, string Previous, string Next, bool Hedged, HashSet<string> Cues);
