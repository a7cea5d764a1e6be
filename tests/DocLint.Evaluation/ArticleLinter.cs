using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Rules;

namespace DocLint.Evaluation;

/// <summary>
/// The article view: lints a gold sentence's whole article once, as the CLI reads a .txt file (its bytes, default
/// settings), and gives each sentence of it the findings that start inside its range, shifted to sentence offsets
/// and cut at its end, as the window view cuts them. Null for a sentence with no place or whose article cannot be read.
/// </summary>
public sealed class ArticleLinter(SharedArticles articles)
{
    private readonly LintEngine _engine = new(BuiltInAnalyzers.Create());
    private readonly Dictionary<string, ArticleFindings?> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _unreadable = new(StringComparer.Ordinal);

    /// <summary>The articles that could not be read so far, each with why, by file name.</summary>
    public IReadOnlyDictionary<string, string> Unreadable => _unreadable;

    public IReadOnlyList<Finding>? Lint(GoldSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Place is not { } place || Article(place.File) is not { } article || articles.Utf16Range(place.File, place.Start, place.End) is not { } range)
        {
            return null;
        }

        // The CLI drops a byte-order mark that the sets' offsets count as a character (SharedArticles keeps it).
        var start = range.Start - article.Shift;
        var end = range.End - article.Shift;
        return [.. article.Findings
            .Where(f => f.Start >= start && f.Start < end)
            .Select(f => new Finding(f.Rule, f.Start - start, Math.Min(end, f.End) - start))];
    }

    private ArticleFindings? Article(string file)
    {
        if (_cache.TryGetValue(file, out var cached))
        {
            return cached;
        }

        ArticleFindings? article = null;
        if (articles.Bytes(file) is not { } bytes)
        {
            _unreadable[file] = $"absent from {articles.DataDirectory}";
        }
        else if (_engine.Lint(Path.GetFileName(file), bytes, DocumentSettings.Default) is { WasLinted: true } report)
        {
            var shift = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 1 : 0;
            article = new ArticleFindings([.. report.Diagnostics.Select(d => new Finding(d.Id, d.Location.SourceSpan.Start, d.Location.SourceSpan.End))], shift);
        }
        else
        {
            _unreadable[file] = "DocLint could not read it";
        }

        _cache[file] = article;
        return article;
    }

    private sealed record ArticleFindings(IReadOnlyList<Finding> Findings, int Shift);
}
