using System.Text.Json;

namespace DocLint.Evaluation;

/// <summary>Reads the CoNLL-2010 sentence TSVs and the Szeged uncertainty TSVs (see each folder's SOURCE.md).</summary>
public static class TsvCorpusReader
{
    /// <summary>CoNLL: id, split, label, sentence (PTB tokens, undone here so the text reads as prose).</summary>
    public static IReadOnlyList<LabelledSentence> ReadConll(string path, string split)
    {
        var result = new List<LabelledSentence>();
        foreach (var fields in Rows(path))
        {
            if (fields.Length >= 4 && fields[1] == split)
            {
                result.Add(new LabelledSentence(fields[0], Detokenize(fields[3]), fields[2] == "uncertain", []));
            }
        }

        return result;
    }

    /// <summary>Szeged: id, corpus, doc_id, part, label, cues_json ([start, end, type, text]), sentence.</summary>
    public static IReadOnlyList<LabelledSentence> ReadSzeged(IEnumerable<string> paths)
    {
        var result = new List<LabelledSentence>();
        foreach (var path in paths)
        {
            foreach (var fields in Rows(path))
            {
                if (fields.Length < 7)
                {
                    continue;
                }

                var cues = new List<(int, int)>();
                using (var json = JsonDocument.Parse(fields[5]))
                {
                    foreach (var cue in json.RootElement.EnumerateArray())
                    {
                        cues.Add((cue[0].GetInt32(), cue[1].GetInt32()));
                    }
                }

                result.Add(new LabelledSentence(fields[0], fields[6], fields[4] == "uncertain", cues));
            }
        }

        return result;
    }

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'));

    // Only bracket and quote tokens are undone; spacing around punctuation is left, which the tokenizer tolerates.
    internal static string Detokenize(string text) => text
        .Replace("-LRB- ", "(", StringComparison.Ordinal)
        .Replace(" -RRB-", ")", StringComparison.Ordinal)
        .Replace("-LRB-", "(", StringComparison.Ordinal)
        .Replace("-RRB-", ")", StringComparison.Ordinal)
        .Replace("-LCB-", "{", StringComparison.Ordinal)
        .Replace("-RCB-", "}", StringComparison.Ordinal)
        .Replace("-LSB-", "[", StringComparison.Ordinal)
        .Replace("-RSB-", "]", StringComparison.Ordinal)
        .Replace("`` ", "\"", StringComparison.Ordinal)
        .Replace(" ''", "\"", StringComparison.Ordinal)
        .Replace("``", "\"", StringComparison.Ordinal)
        .Replace("''", "\"", StringComparison.Ordinal);
}
