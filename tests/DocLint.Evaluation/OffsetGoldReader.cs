using System.Globalization;

namespace DocLint.Evaluation;

/// <summary>
/// Reads a labelled set kept in the repository as offsets only (tools/gold/sets/*.tsv, written by tools/gold/pack.py):
/// the sentence, its neighbours and each label's span are code-point positions into the shared articles, so the
/// repository holds our labels without the articles' text. Gives the same sentences the set's jsonl would.
/// </summary>
public static class OffsetGoldReader
{
    /// <summary>The set's sentences, or the first problem as one line ("line N: ...") when a row does not fit its article.</summary>
    public static (IReadOnlyList<GoldSentence> Sentences, string? Problem) Read(string path, SharedArticles articles)
    {
        var sentences = new List<GoldSentence>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (ReadRow(line, articles, out var problem) is { } sentence)
            {
                sentences.Add(sentence);
                continue;
            }

            return ([], $"line {number.ToString(CultureInfo.InvariantCulture)}: {problem}");
        }

        return sentences.Count == 0 ? ([], "no sentences") : (sentences, null);
    }

    // id, file, start, end, prev "a-b" or "-", next "a-b" or "-", labels "category:offset:length:note" joined by "|".
    private static GoldSentence? ReadRow(string line, SharedArticles articles, out string problem)
    {
        var fields = line.Split('\t');
        if (fields.Length != 7 || !TryInt(fields[2], out var start) || !TryInt(fields[3], out var end))
        {
            problem = "needs 7 tab-separated fields: id, file, start, end, prev, next, labels (tools/gold/README.md)";
            return null;
        }

        var file = fields[1];
        if (!articles.Exists(file))
        {
            problem = $"'{file}' is not under {articles.DataDirectory}";
            return null;
        }

        var text = articles.Slice(file, start, end);
        var previous = Neighbour(fields[4], file, articles);
        var next = Neighbour(fields[5], file, articles);
        if (text is null || previous is null || next is null)
        {
            problem = $"'{file}': an offset of the sentence or a neighbour is outside the article";
            return null;
        }

        var labels = new List<RawLabel>();
        foreach (var label in fields[6].Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = label.Split(':', 4);
            if (parts.Length != 4 || !TryInt(parts[1], out var offset) || !TryInt(parts[2], out var length) || Span(articles, file, start, end, offset, length) is not { } span)
            {
                problem = $"label '{label}' is not category:offset:length:note inside its sentence";
                return null;
            }

            labels.Add(new RawLabel(parts[0], span, parts[3]));
        }

        problem = string.Empty;
        return DevSetReader.Build(fields[0], text, previous, next, labels, new ArticlePlace(file, start, end));
    }

    private static string? Neighbour(string field, string file, SharedArticles articles)
    {
        if (field == "-")
        {
            return string.Empty;
        }

        var dash = field.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && TryInt(field[..dash], out var start) && TryInt(field[(dash + 1)..], out var end) ? articles.Slice(file, start, end) : null;
    }

    // offset and length count code points within the sentence [start, end): the article's code-point index slices the
    // label as it slices the sentence, so no label decodes its sentence again.
    private static string? Span(SharedArticles articles, string file, int start, int end, int offset, int length) =>
        length <= end - start - offset ? articles.Slice(file, start + offset, start + offset + length) : null;

    private static bool TryInt(string text, out int value) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
