namespace DocLint.Scoring.Validation;

/// <summary>An article with its score; <see cref="IsHeldOut"/> puts it in the half no idea was tuned on.</summary>
internal sealed record ScoredArticle(LabelledArticle Article, ReliabilityScore Score, bool IsHeldOut)
{
    public double Value => Score.Value;
}
