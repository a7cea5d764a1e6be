using System.Globalization;
using System.Text.Json;

namespace DocLint.Evaluation;

/// <summary>
/// Checks every record of a gold file against the article it names (file, start, end under the shared data folder).
/// A set labelled outside the repository (--gold) is only worth scoring if its sentences are the text DocLint will
/// meet in those articles; a stale offset or a hand-edited sentence would otherwise be scored silently.
/// </summary>
public sealed class GoldSourceCheck(SharedArticles articles)
{
    private readonly SharedArticles _articles = articles;

    public GoldSourceCheck(string dataDirectory)
        : this(new SharedArticles(dataDirectory))
    {
    }

    /// <summary>The first problem as one line ("line N: ..."), or null when every record matches its article.</summary>
    public string? FirstProblem(string goldPath)
    {
        var number = 0;
        foreach (var line in File.ReadLines(goldPath))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var problem = Check(line);
            if (problem is not null)
            {
                return $"line {number.ToString(CultureInfo.InvariantCulture)}: {problem}";
            }
        }

        return number == 0 ? "the file is empty" : null;
    }

    private string? Check(string line)
    {
        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(line);
            root = json.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            return $"not JSON ({exception.Message})";
        }

        if (!root.TryGetProperty("file", out var file) || !root.TryGetProperty("start", out var start) || !root.TryGetProperty("end", out var end)
            || !root.TryGetProperty("sentence", out var sentence) || file.ValueKind != JsonValueKind.String || !start.TryGetInt32(out var from)
            || !end.TryGetInt32(out var to) || sentence.ValueKind != JsonValueKind.String || !HasStrings(root, "id", "prev", "next")
            || !root.TryGetProperty("labels", out var labels) || labels.ValueKind != JsonValueKind.Array)
        {
            return "needs file, start, end and sentence (the train.jsonl format)";
        }

        var name = file.GetString()!;
        if (!_articles.Exists(name))
        {
            return $"'{name}' is not under {_articles.DataDirectory}";
        }

        return _articles.Slice(name, from, to) == sentence.GetString() ? null : $"'{name}' [{from}, {to}) is not the record's sentence";
    }

    private static bool HasStrings(JsonElement root, params string[] names) =>
        names.All(n => root.TryGetProperty(n, out var value) && value.ValueKind == JsonValueKind.String);
}
