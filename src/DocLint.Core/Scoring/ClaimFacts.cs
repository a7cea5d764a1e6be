namespace DocLint.Scoring;

/// <summary>
/// The rules' reading of one sentence as a claim, in neutral terms: its status, its weight (how central and specific
/// it is; 1 for a plain claim) and whether it states a figure (the same figure reading the rules use, so the scorer
/// and the rules never disagree about what a figure is). The claims rule records it on the analyzed document with
/// <see cref="Analysis.AnalyzedDocument.GetOrCreate{T}"/>; <see cref="DocumentFacts.From"/> reads it back.
/// </summary>
internal sealed record ClaimFacts(ClaimStatus Status, double Weight, bool HasFigure)
{
    /// <summary>The reading of a sentence that makes no claim, and of every sentence when no claims rule ran.</summary>
    public static readonly ClaimFacts None = new(ClaimStatus.None, 0, HasFigure: false);

    public bool IsClaim => Status != ClaimStatus.None;

    /// <summary>
    /// Sources this sourced claim is the first in the document to name: summed over a document it is the number of
    /// distinct named sources, which readers weigh (many on-record voices corroborate; one source carries a story alone).
    /// </summary>
    public int NewSources { get; init; }

    /// <summary>
    /// The claim is sourced only by its paragraph or a reference back, not by a named source, link or document in its own
    /// sentence. A hedge in such a sentence is the author's own speculation beside someone else's statement, and costs
    /// like a hedge on an unsourced claim.
    /// </summary>
    public bool SourcedOnlyNearby { get; init; }
}
