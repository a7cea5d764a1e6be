using System.Collections.Immutable;

namespace DocLint.Analysis;

/// <summary>Per-document rule options (from .editorconfig), keys compared case-insensitively.</summary>
internal sealed class AnalyzerOptions
{
    public static readonly AnalyzerOptions Empty = new(ImmutableDictionary<string, string>.Empty);

    public AnalyzerOptions(ImmutableDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values.WithComparers(StringComparer.OrdinalIgnoreCase);
    }

    public ImmutableDictionary<string, string> Values { get; }

    // Rules ask per sentence; an immutable dictionary hashes the key (ignoring case) even when it is empty, as it is
    // for a document without rule options.
    public string? Get(string key) => !Values.IsEmpty && Values.TryGetValue(key, out var value) ? value : null;

    /// <summary>A comma-separated list option, trimmed and lower-cased; empty when absent.</summary>
    public IReadOnlyList<string> GetList(string key) =>
        Get(key) is { } value
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => v.ToLowerInvariant()).ToArray()
            : [];
}
