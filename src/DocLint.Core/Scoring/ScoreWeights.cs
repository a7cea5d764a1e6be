namespace DocLint.Scoring;

/// <summary>
/// The model's constants (rules/SCORE.md explains each). The score is support / (support + problems): a ratio, so a
/// long article is not punished for being long. No weight is negative, which keeps the score monotone. They were
/// set from the ideas in the readers' notes (docs/score.md), not fitted number by number.
/// </summary>
internal sealed record ScoreWeights
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

    /// <summary>Support per unit of claim weight of a sourced claim.</summary>
    public double SourcedClaim { get; init; } = 1.0;

    /// <summary>
    /// Support per unit of claim weight of a claim sourced only nearby: a quotation beside or continuing its named speaker,
    /// a reference back to a named study (the claim reader leaves an author's unquoted sentence beside a statement out of
    /// the count). Full credit by default: 0 scored worse with that reading in place (docs/score.md, round 6).
    /// </summary>
    public double NearbySourcedClaim { get; init; } = 1.0;

    /// <summary>Problems per unit of claim weight of a claim with no source (DL5001).</summary>
    public double UnsourcedClaim { get; init; } = 1.0;

    /// <summary>Problems per unit of claim weight of a claim attributed only vaguely.</summary>
    public double VagueClaim { get; init; } = 0.6;

    /// <summary>Per link, footnote or citation, at most <see cref="MaxEvidencePerSentence"/> per sentence.</summary>
    public double Evidence { get; init; } = 0.25;

    public int MaxEvidencePerSentence { get; init; } = 2;

    /// <summary>Support per distinct named source: corroboration by several on-record voices, not one voice repeated.</summary>
    public double NamedSource { get; init; } = 1.0;

    /// <summary>
    /// An unsourced or vaguely sourced figure (DL2xxx), on top of its claim. Nothing by default: the claim reader already
    /// weighs a figure claim 1.5, so a finding counted the same figure again, once per finding; 0 was the best value on
    /// the tuning half of the reader-graded articles (docs/score.md, round 7). Kept as a setting for experiments.
    /// </summary>
    public double UnsourcedFigure { get; init; }

    /// <summary>An unnamed source (DL3xxx), on top of its claim.</summary>
    public double UnnamedSource { get; init; } = 0.25;

    /// <summary>Unsupported certainty (DL4xxx): a claim presented as beyond doubt with nothing behind it.</summary>
    public double Certainty { get; init; } = 1.0;

    /// <summary>Speculation stacked on a claim nobody stands behind: a hedge on an unsourced or vaguely sourced claim.</summary>
    public double HedgeOnUnsourcedClaim { get; init; } = 1.0;

    /// <summary>Each other hedge beyond the allowance.</summary>
    public double ExcessHedge { get; init; } = 0.25;

    /// <summary>Hedges a writer may use without penalty, per 1,000 words.</summary>
    public double HedgesAllowedPer1000Words { get; init; } = 5.0;
}
