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
            var text = root.GetProperty("sentence").GetString() ?? string.Empty;
            var labels = new List<GoldLabel>();
            foreach (var label in root.GetProperty("labels").EnumerateArray())
            {
                var family = FamilyMap.FromCategory(label.GetProperty("category").GetString() ?? string.Empty);
                if (family is null)
                {
                    continue;
                }

                var span = label.GetProperty("span").GetString() ?? string.Empty;
                var note = label.GetProperty("note").GetString() ?? string.Empty;
                var start = Locate(text, span, labels, family.Value);
                labels.Add(new GoldLabel(family.Value, span, note, start, start < 0 ? -1 : start + span.Length));
            }

            sentences.Add(new GoldSentence(
                root.GetProperty("id").GetString() ?? string.Empty,
                text,
                root.GetProperty("prev").GetString() ?? string.Empty,
                root.GetProperty("next").GetString() ?? string.Empty,
                labels));
        }

        return sentences;
    }

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
