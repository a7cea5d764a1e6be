namespace DocLint.Scoring;

/// <summary>
/// A section's <see cref="ScoreTally"/> while its sentences are added: the same counts and weights, summed in place.
/// The scorer used to add an immutable tally per sentence, two objects a sentence (issue 11's allocation); the sums
/// here take each sentence's values in the same order, so the weights (doubles) come out bit for bit the same.
/// </summary>
internal struct ScoreTallySum
{
    public int Words;
    public int Claims;
    public int SourcedClaims;
    public int Evidence;
    public int UnsourcedFigures;
    public int UnnamedSources;
    public int Certainty;
    public int Hedges;
    public int HedgesOnUnsourcedClaims;
    public int UnsourcedClaims;
    public int VagueClaims;
    public int UnjudgedClaims;
    public int SuppressedFindings;
    public int NamedSources;
    public int ClaimWords;
    public double SourcedWeight;
    public double UnsourcedWeight;
    public double VagueWeight;

    public readonly ScoreTally ToTally() =>
        new(Words, Claims, SourcedClaims, Evidence, UnsourcedFigures, UnnamedSources, Certainty, Hedges, HedgesOnUnsourcedClaims)
        {
            UnsourcedClaims = UnsourcedClaims,
            VagueClaims = VagueClaims,
            UnjudgedClaims = UnjudgedClaims,
            SuppressedFindings = SuppressedFindings,
            NamedSources = NamedSources,
            ClaimWords = ClaimWords,
            SourcedWeight = SourcedWeight,
            UnsourcedWeight = UnsourcedWeight,
            VagueWeight = VagueWeight,
        };
}
