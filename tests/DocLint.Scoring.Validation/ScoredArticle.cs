using System.Collections.Immutable;
using DocLint.Diagnostics;

namespace DocLint.Scoring.Validation;

/// <summary>An article with its score; <see cref="IsHeldOut"/> puts it in the half no idea was tuned on.</summary>
internal sealed record ScoredArticle(LabelledArticle Article, ReliabilityScore Score, bool IsHeldOut)
{
    public double Value => Score.Value;

    /// <summary>The effective findings, for the per-claim dump (<c>--claims FILE</c>).</summary>
    public ImmutableArray<Diagnostic> Findings { get; init; } = [];
}
