using System.Collections.Immutable;

namespace DocLint.Scoring;

/// <summary>
/// A document's source-reliability score, 0-100, its grade, the counts behind it and its sections.
/// A document without claims is not rated: its value is <see cref="ReliabilityScorer.NotRatedValue"/>.
/// <see cref="Facts"/> are kept so a later stage that suppresses findings (a baseline) can rescore without re-parsing.
/// </summary>
public sealed record ReliabilityScore(int Value, string Grade, bool IsRated, ScoreTally Tally, ImmutableArray<SectionScore> Sections, DocumentFacts Facts)
{
    /// <summary>Why the score is what it is, in one phrase.</summary>
    public int UnjudgedClaims { get; init; }

    public int SuppressedFindings { get; init; }

    public string Summary => $"{Tally.SourcedClaims} of {Tally.Claims} claims sourced";

    public string Explanation => IsRated ? ScoreGrade.Meaning(Grade) : "no claims to check (no figures, quotations, sources or certainty)";
}
