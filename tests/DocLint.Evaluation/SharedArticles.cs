using System.Text;

namespace DocLint.Evaluation;

/// <summary>
/// The shared articles a labelled set points into, decoded once each and sliced by Unicode code points, as the sets
/// are made (Python strings; doclint_gold/SOURCE.md). A name that climbs out of the data folder is treated as missing.
/// </summary>
public sealed class SharedArticles(string dataDirectory)
{
    private readonly Dictionary<string, int[]?> _codePointStarts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public string DataDirectory => dataDirectory;

    /// <summary>Code points [start, end) of the article, or null when the article is absent or the range is outside it.</summary>
    public string? Slice(string name, int start, int end)
    {
        if (Starts(name) is not { } starts || start < 0 || end < start || end >= starts.Length)
        {
            return null;
        }

        return _texts[name][starts[start]..starts[end]];
    }

    public bool Exists(string name) => Starts(name) is not null;

    /// <summary>Code points [start, end) of the article as UTF-16 indices into its decoded text, or null as for Slice.</summary>
    public (int Start, int End)? Utf16Range(string name, int start, int end) =>
        Starts(name) is { } starts && start >= 0 && end >= start && end < starts.Length ? (starts[start], starts[end]) : null;

    /// <summary>The article's bytes as on disk (what the CLI reads), or null when it is absent or outside the data folder.</summary>
    public byte[]? Bytes(string name) => Exists(name) ? File.ReadAllBytes(FullPath(name)) : null;

    private string FullPath(string name) => Path.GetFullPath(Path.Combine(dataDirectory, name));

    // starts[i] is the UTF-16 index of code point i; the last entry is the text's length, so [start, end) slices directly.
    private int[]? Starts(string name)
    {
        if (_codePointStarts.TryGetValue(name, out var starts))
        {
            return starts;
        }

        var path = FullPath(name);
        var inside = !Path.IsPathRooted(name) && !Path.GetRelativePath(dataDirectory, path).StartsWith("..", StringComparison.Ordinal);
        if (inside && File.Exists(path))
        {
            // Decoded as the sets were made (Python, utf-8): a byte-order mark stays a character and shifts the offsets.
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(path));
            var list = new List<int>(text.Length + 1);
            for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
            {
                list.Add(i);
            }

            list.Add(text.Length);
            starts = [.. list];
            _texts[name] = text;
        }

        _codePointStarts[name] = starts;
        return starts;
    }
}
