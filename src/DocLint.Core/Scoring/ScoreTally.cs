namespace DocLint.Scoring;

/// <summary>
/// The counts a score is computed from, for a document or one of its sections. Judged claims are counted once each;
/// the weights (<see cref="SourcedWeight"/>, <see cref="UnsourcedWeight"/>, <see cref="VagueWeight"/>) sum each judged
/// claim's weight by its status; a sourced claim that names no source in its own sentence adds to
/// <see cref="SourcedWeight"/> only as much as <see cref="ScoreWeights.NearbySourcedClaim"/> credits it (by default
/// in full), and it counts in <see cref="SourcedClaims"/>. The finding counts are effective findings only.
/// </summary>
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
    internal static readonly ScoreTally Empty = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Claims stated with no source in their paragraph (DL5001).</summary>
    public int UnsourcedClaims { get; init; }

    /// <summary>Claims attributed only to a vague group or to no one in particular.</summary>
    public int VagueClaims { get; init; }

    /// <summary>
    /// Claims left out of the score because a finding on them was suppressed or switched off: counted in neither
    /// <see cref="Claims"/> nor <see cref="SourcedClaims"/>, so <see cref="Claims"/> is the judged claims.
    /// </summary>
    public int UnjudgedClaims { get; init; }

    /// <summary>Findings suppressed (inline, baseline) or switched off by configuration: not counted as problems.</summary>
    public int SuppressedFindings { get; init; }

    public double SourcedWeight { get; init; }

    /// <summary>
    /// Words of the judged claims: the hedge allowance grows with them, not with every word, so a sentence the score
    /// leaves out (a figure left to its dataset, a question) cannot buy allowance and raise the score.
    /// </summary>
    internal int ClaimWords { get; init; }

    /// <summary>Distinct named sources the sourced claims cite (each counted in the section that first names it).</summary>
    internal int NamedSources { get; init; }

    public double UnsourcedWeight { get; init; }

    public double VagueWeight { get; init; }

    public static ScoreTally operator +(ScoreTally left, ScoreTally right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new ScoreTally(
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
            UnsourcedClaims = left.UnsourcedClaims + right.UnsourcedClaims,
            VagueClaims = left.VagueClaims + right.VagueClaims,
            UnjudgedClaims = left.UnjudgedClaims + right.UnjudgedClaims,
            SuppressedFindings = left.SuppressedFindings + right.SuppressedFindings,
            NamedSources = left.NamedSources + right.NamedSources,
            ClaimWords = left.ClaimWords + right.ClaimWords,
            SourcedWeight = left.SourcedWeight + right.SourcedWeight,
            UnsourcedWeight = left.UnsourcedWeight + right.UnsourcedWeight,
            VagueWeight = left.VagueWeight + right.VagueWeight,
        };
    }

    public static ScoreTally Add(ScoreTally left, ScoreTally right) => left + right;
}
