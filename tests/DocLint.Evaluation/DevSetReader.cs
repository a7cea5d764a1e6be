using System.Text.Json;

namespace DocLint.Evaluation;

/// <summary>Reads doclint_gold/*.jsonl and locates each label's span in its sentence.</summary>
public static class DevSetReader
{
    public static IReadOnlyList<GoldSentence> Read(string path)
    {
        var sentences = new List<GoldSentence>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var labels = root.GetProperty("labels").EnumerateArray()
                .Select(l => new RawLabel(l.GetProperty("category").GetString() ?? string.Empty, l.GetProperty("span").GetString() ?? string.Empty, l.GetProperty("note").GetString() ?? string.Empty));
            sentences.Add(Build(
                root.GetProperty("id").GetString() ?? string.Empty,
                root.GetProperty("sentence").GetString() ?? string.Empty,
                root.GetProperty("prev").GetString() ?? string.Empty,
                root.GetProperty("next").GetString() ?? string.Empty,
                labels,
                PlaceOf(root)));
        }

        return sentences;
    }

    /// <summary>A sentence with its labels as written (category, span, note); spans are located in the text here.</summary>
    public static GoldSentence Build(string id, string text, string previous, string next, IEnumerable<RawLabel> rawLabels, ArticlePlace? place = null)
    {
        var labels = new List<GoldLabel>();
        foreach (var raw in rawLabels)
        {
            if (FamilyMap.FromCategory(raw.Category) is not { } family)
            {
                continue;
            }

            var start = Locate(text, raw.Span, labels, family);
            labels.Add(new GoldLabel(family, raw.Span, raw.Note, start, start < 0 ? -1 : start + raw.Span.Length));
        }

        return new GoldSentence(id, text, previous, next, labels, place);
    }

    // file, start and end are optional: a record without them is scored in the window view only.
    private static ArticlePlace? PlaceOf(JsonElement root) =>
        root.TryGetProperty("file", out var file) && file.ValueKind == JsonValueKind.String
        && root.TryGetProperty("start", out var start) && start.ValueKind == JsonValueKind.Number && start.TryGetInt32(out var from)
        && root.TryGetProperty("end", out var end) && end.ValueKind == JsonValueKind.Number && end.TryGetInt32(out var to)
            ? new ArticlePlace(file.GetString()!, from, to)
            : null;

    // A span that occurs twice ("could … could") is labelled twice: take the next occurrence not yet used.
    private static int Locate(string text, string span, List<GoldLabel> earlier, Family family)
    {
        var from = 0;
        while (true)
        {
            var index = text.IndexOf(span, from, StringComparison.Ordinal);
            if (index < 0 || !earlier.Any(l => l.Family == family && l.Start == index))
            {
                return index;
            }

            from = index + 1;
        }
    }
}
