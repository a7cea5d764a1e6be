using System.Collections.Immutable;

namespace DocLint.Scoring;

/// <summary>
/// A document's source-reliability score, 0-100, its grade, the counts behind it and its sections.
/// A document without claims is not rated: its value is <see cref="ReliabilityScorer.NotRatedValue"/>.
/// <see cref="Facts"/> are kept so a later stage that suppresses findings (a baseline) can rescore without re-parsing.
/// </summary>
public sealed record ReliabilityScore(int Value, string Grade, bool IsRated, ScoreTally Tally, ImmutableArray<SectionScore> Sections, DocumentFacts Facts)
{
    /// <summary>Claims not judged because a finding in them was suppressed or switched off (see <see cref="ScoreTally.UnjudgedClaims"/>).</summary>
    public int UnjudgedClaims => Tally.UnjudgedClaims;

    /// <summary>Findings suppressed or switched off; they did not lower the score (see <see cref="ScoreTally.SuppressedFindings"/>).</summary>
    public int SuppressedFindings => Tally.SuppressedFindings;

    /// <summary>Why the score is what it is, in one phrase.</summary>
    public string Explanation => IsRated ? ScoreGrade.Meaning(Grade)
        : UnjudgedClaims > 0 ? "every claim was left unjudged because its findings were suppressed or switched off"
        : "no claims to check (no figures, quotations, sources or certainty)";
}
