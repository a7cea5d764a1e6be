using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DocLint.Evaluation;

/// <summary>
/// Checks every record of a gold file against the article it names (file, start, end under the shared data folder).
/// A set labelled outside the repository (--gold) is only worth scoring if its sentences are the text DocLint will
/// meet in those articles; a stale offset or a hand-edited sentence would otherwise be scored silently.
/// </summary>
public sealed class GoldSourceCheck(string dataDirectory)
{
    private readonly Dictionary<string, string?> _articles = new(StringComparer.Ordinal);

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
        var text = Article(name);
        if (text is null)
        {
            return $"'{name}' is not under {dataDirectory}";
        }

        // Offsets count Unicode code points (doclint_gold/SOURCE.md), not the UTF-16 units a C# string indexes.
        var slice = CodePointSlice(text, from, to);
        return slice == sentence.GetString() ? null : $"'{name}' [{from}, {to}) is not the record's sentence";
    }

    private static bool HasStrings(JsonElement root, params string[] names) =>
        names.All(n => root.TryGetProperty(n, out var value) && value.ValueKind == JsonValueKind.String);

    private string? Article(string name)
    {
        if (!_articles.TryGetValue(name, out var text))
        {
            // A name that climbs out of the data folder ("../x") is refused like a missing one: gold files name shared articles only.
            var path = Path.GetFullPath(Path.Combine(dataDirectory, name));
            var inside = !Path.GetRelativePath(dataDirectory, path).StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(name);
            text = inside && File.Exists(path) ? Decode(path) : null;
            _articles[name] = text;
        }

        return text;
    }

    // Decoded as the gold files were made (Python, utf-8): a byte-order mark stays a character and shifts the offsets.
    private static string Decode(string path) => Encoding.UTF8.GetString(File.ReadAllBytes(path));

    private static string? CodePointSlice(string text, int start, int end)
    {
        if (start < 0 || end < start)
        {
            return null;
        }

        var builder = new StringBuilder();
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (index >= end)
            {
                break;
            }

            if (index >= start)
            {
                builder.Append(rune.ToString());
            }

            index++;
        }

        return index < end ? null : builder.ToString();
    }
}
