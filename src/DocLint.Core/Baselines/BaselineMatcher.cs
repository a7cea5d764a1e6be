using System.Collections.Immutable;

namespace DocLint.Baselines;

/// <summary>
/// What the baseline means to a run. Matching itself happens per document, in its one suppression map
/// (<see cref="Suppressions.SuppressionMap"/>): each entry absorbs at most its count, in position order.
/// </summary>
internal static class BaselineMatcher
{
    public const string Justification = "baseline";

    /// <summary>The baseline without the entries (or parts of counts) that matched nothing in a run.</summary>
    public static BaselineFile Prune(BaselineFile baseline, ImmutableArray<BaselineEntry> unmatched)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var left = unmatched.ToDictionary(e => e.Key, e => e.Count);
        return new BaselineFile([.. baseline.Entries
            .Select(e => e with { Count = e.Count - left.GetValueOrDefault(e.Key) })
            .Where(e => e.Count > 0)]);
    }
}
