using System.Collections.Immutable;
using DocLint.Reporting;

namespace DocLint.Baselines;

/// <summary>Reports with baselined findings marked, and the entries (with their left-over counts) that matched nothing.</summary>
public sealed record BaselineOutcome(ImmutableArray<DocumentReport> Reports, ImmutableArray<BaselineEntry> Unmatched)
{
    public int UnmatchedCount => Unmatched.Sum(e => e.Count);
}
