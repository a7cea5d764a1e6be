using System.Collections.Immutable;
using System.Text.Json;
using DocLint.Diagnostics;
using DocLint.Reporting;

namespace DocLint.Baselines;

/// <summary>A baseline: entries sorted by path, rule, text and sentence, serialized as stable, diff-friendly JSON.</summary>
internal sealed record BaselineFile(ImmutableArray<BaselineEntry> Entries)
{
    public const int CurrentVersion = 1;

    /// <summary>Today's reported findings (not suppressed, not hidden, not infrastructure), counted by identity.</summary>
    public static BaselineFile Create(IEnumerable<DocumentReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return FromKeys(reports.SelectMany(r => r.Reported).Where(IsBaselinable).Select(KeyOf));
    }

    public static bool IsBaselinable(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Descriptor.Category != RuleCategories.Infrastructure;
    }

    public static (string Rule, string Path, string Text, string Context) KeyOf(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return (diagnostic.Id, NormalizePath(diagnostic.Location.Path), diagnostic.FlaggedText, diagnostic.Context);
    }

    public static string NormalizePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var forward = path.Replace('\\', '/');
        return forward.StartsWith("./", StringComparison.Ordinal) ? forward[2..] : forward;
    }

    internal static BaselineFile FromKeys(IEnumerable<(string Rule, string Path, string Text, string Context)> keys) =>
        new([.. keys
            .GroupBy(k => k)
            .Select(g => new BaselineEntry(g.Key.Rule, g.Key.Path, g.Key.Text, g.Key.Context, g.Count()))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.Text, StringComparer.Ordinal)
            .ThenBy(e => e.Context, StringComparer.Ordinal)]);

    /// <summary>Indented JSON with LF line ends and a final newline, so the file diffs cleanly in any checkout.</summary>
    public string Serialize()
    {
        var document = new BaselineDocument(CurrentVersion, [.. Entries.Select(e => new BaselineDocumentEntry(e.Rule, e.Path, e.Text, e.Context, e.Count))]);
        return JsonSerializer.Serialize(document, BaselineJsonContext.Readable().BaselineDocument) + "\n";
    }

    /// <summary>Reads a baseline; a malformed one gives a message instead of an exception.</summary>
    public static BaselineFile? TryParse(string json, out string? error)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var document = JsonSerializer.Deserialize(json, BaselineJsonContext.Default.BaselineDocument);
            if (document is null || document.Version != CurrentVersion || document.Entries is null)
            {
                error = $"not a DocLint baseline (version {CurrentVersion} with an 'entries' array expected)";
                return null;
            }

            var entries = document.Entries
                .Where(e => e is { Rule: not null, Path: not null } && e.Count > 0)
                .Select(e => (e.Rule!, NormalizePath(e.Path!), e.Text ?? string.Empty, e.Context ?? string.Empty, e.Count));
            error = null;
            return new BaselineFile([.. entries
                .GroupBy(e => (e.Item1, e.Item2, e.Item3, e.Item4))
                .Select(g => new BaselineEntry(g.Key.Item1, g.Key.Item2, g.Key.Item3, g.Key.Item4, (int)Math.Min(int.MaxValue, g.Sum(e => (long)e.Item5))))
                .OrderBy(e => e.Path, StringComparer.Ordinal)
                .ThenBy(e => e.Rule, StringComparer.Ordinal)
                .ThenBy(e => e.Text, StringComparer.Ordinal)
                .ThenBy(e => e.Context, StringComparer.Ordinal)]);
        }
        catch (JsonException exception)
        {
            error = $"not valid JSON: {exception.Message}";
            return null;
        }
    }
}
