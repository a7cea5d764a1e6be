using System.Collections.Immutable;
using System.Globalization;

namespace DocLint.Scoring;

/// <summary>
/// A document's source-reliability score, 0-100, its grade, the counts behind it, its sections and each claim with
/// its status and span. A document without judged claims is not rated: its value is <see cref="ReliabilityScorer.NotRatedValue"/>.
/// <see cref="Facts"/> are kept so a later stage that suppresses findings (a baseline) can rescore without re-parsing.
/// </summary>
public sealed record ReliabilityScore(int Value, string Grade, bool IsRated, ScoreTally Tally, ImmutableArray<SectionScore> Sections, DocumentFacts Facts)
{
    /// <summary>Every claim in document order, with the status the score gave it.</summary>
    public ImmutableArray<ScoredClaim> Claims { get; init; } = [];

    /// <summary>Claims left out of the score because a finding on them was suppressed or switched off.</summary>
    public int UnjudgedClaims => Tally.UnjudgedClaims;

    /// <summary>Findings that arrived suppressed (inline, baseline, or switched off): they did not count.</summary>
    public int SuppressedFindings { get; init; }

    /// <summary>Why the score is what it is, in one phrase.</summary>
    public string Explanation => IsRated
        ? ScoreGrade.Meaning(Grade)
        : Tally.Claims > 0 ? "every claim left unjudged (its findings suppressed or switched off)" : "no claims to check";

    /// <summary>
    /// The claim count and the top reasons, e.g. <c>3 of 6 judged claims sourced; 9 findings suppressed</c> or
    /// <c>5 of 12 claims sourced; 4 unsourced claims, 2 hedges on unsourced claims</c>.
    /// </summary>
    public string Summary
    {
        get
        {
            var t = Tally;
            var judged = UnjudgedClaims > 0 || SuppressedFindings > 0;
            var parts = new List<string>
            {
                judged
                    ? Invariant($"{t.SourcedClaims} of {t.JudgedClaims} judged claims sourced")
                    : Invariant($"{t.SourcedClaims} of {Count(t.Claims, "claim")} sourced"),
            };
            if (SuppressedFindings > 0)
            {
                parts.Add(Count(SuppressedFindings, "finding") + " suppressed");
            }

            var reasons = new (int Count, string Noun)[]
                {
                    (t.UnsourcedClaims, "unsourced claim"),
                    (t.VagueClaims, "vaguely sourced claim"),
                    (t.HedgesOnUnsourcedClaims, "hedge on unsourced claims|hedges on unsourced claims"),
                    (t.Certainty, "unsupported certainty|unsupported certainties"),
                    (t.UnsourcedFigures, "unsourced figure"),
                }
                .Where(r => r.Count > 0)
                .OrderByDescending(r => r.Count)
                .Take(3)
                .Select(r => Count(r.Count, r.Noun));
            var text = string.Join("; ", parts);
            var reasonText = string.Join(", ", reasons);
            return reasonText.Length == 0 ? text : text + "; " + reasonText;
        }
    }

    private static string Count(int count, string noun)
    {
        var forms = noun.Split('|');
        var word = count == 1 ? forms[0] : forms.Length > 1 ? forms[1] : forms[0] + "s";
        return Invariant($"{count:N0} {word}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
