namespace DocLint.Scoring;

/// <summary>
/// The model's constants (rules/SCORE.md explains each). The score is support / (support + problems):
/// a ratio, so a long article is not punished for being long. The values were fitted on the calibration half of
/// the labelled news sets (docs/score.md); every weight is positive, which keeps the score monotone.
/// </summary>
public sealed record ScoreWeights
{
    public static readonly ScoreWeights Default = new();

    /// <summary>Support every document starts with, so one finding does not sink a short text.</summary>
    public double PriorSupport { get; init; } = 2.0;

    /// <summary>
    /// Problems every document starts with, so a few sourced claims do not make a perfect score. With
    /// <see cref="PriorSupport"/> it puts a document whose one claim has the mildest problem at or below the
    /// not-rated value (50), so adding such a claim to a claim-free document never raises its score.
    /// </summary>
    public double PriorProblems { get; init; } = 1.5;

    public double SourcedClaim { get; init; } = 2.0;

    /// <summary>Per link, footnote or citation, at most <see cref="MaxEvidencePerSentence"/> per sentence.</summary>
    public double Evidence { get; init; } = 0.25;

    public int MaxEvidencePerSentence { get; init; } = 2;

    public double UnsourcedFigure { get; init; } = 1.0;

    public double UnnamedSource { get; init; } = 0.5;

    public double Certainty { get; init; } = 2.0;

    /// <summary>A hedge in a sentence that also has an unsourced figure or unnamed source.</summary>
    public double HedgeOnUnsourcedClaim { get; init; } = 1.0;

    /// <summary>Each hedge beyond the allowance.</summary>
    public double ExcessHedge { get; init; } = 0.25;

    /// <summary>Hedges a writer may use without penalty, per 1,000 words.</summary>
    public double HedgesAllowedPer1000Words { get; init; } = 5.0;
}
