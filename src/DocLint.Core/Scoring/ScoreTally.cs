namespace DocLint.Scoring;

/// <summary>The counts a score is computed from, for a document or one of its sections.</summary>
public sealed record ScoreTally(
    int Words,
    int Claims,
    int SourcedClaims,
    int Evidence,
    int UnsourcedFigures,
    int UnnamedSources,
    int Certainty,
    int Hedges,
    int HedgesOnUnsourcedClaims)
{
    public static readonly ScoreTally Empty = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    // --- Suppression accounting (issue 12; the pipeline branch). Kept apart so the scoring rewrite can reconcile. ---

    /// <summary>Claims left unjudged: a suppressed or switched-off finding sits in them, so they count neither way.</summary>
    public int UnjudgedClaims { get; init; }

    /// <summary>Findings suppressed (inline, baseline) or switched off by configuration: not counted as problems.</summary>
    public int SuppressedFindings { get; init; }

    public static ScoreTally operator +(ScoreTally left, ScoreTally right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(
            left.Words + right.Words,
            left.Claims + right.Claims,
            left.SourcedClaims + right.SourcedClaims,
            left.Evidence + right.Evidence,
            left.UnsourcedFigures + right.UnsourcedFigures,
            left.UnnamedSources + right.UnnamedSources,
            left.Certainty + right.Certainty,
            left.Hedges + right.Hedges,
            left.HedgesOnUnsourcedClaims + right.HedgesOnUnsourcedClaims)
        {
            UnjudgedClaims = left.UnjudgedClaims + right.UnjudgedClaims,
            SuppressedFindings = left.SuppressedFindings + right.SuppressedFindings,
        };
    }

    public static ScoreTally Add(ScoreTally left, ScoreTally right) => left + right;
}
