using System.Collections.Immutable;
using System.Globalization;

namespace DocLint.Scoring;

/// <summary>
/// A document's source-reliability score, 0-100, its grade, the counts behind it, its sections and each claim with
/// its status and span. A document without judged claims is not rated: its value is <see cref="ReliabilityScorer.NotRatedValue"/>.
/// </summary>
public sealed record ReliabilityScore(int Value, string Grade, bool IsRated, ScoreTally Tally, ImmutableArray<SectionScore> Sections)
{
    /// <summary>Every claim in document order, with the status the score gave it.</summary>
    public ImmutableArray<ScoredClaim> Claims { get; init; } = [];

    /// <summary>Claims left out of the score because a finding on them was suppressed or switched off (see <see cref="ScoreTally.UnjudgedClaims"/>).</summary>
    public int UnjudgedClaims => Tally.UnjudgedClaims;

    /// <summary>Findings suppressed or switched off; they did not lower the score (see <see cref="ScoreTally.SuppressedFindings"/>).</summary>
    public int SuppressedFindings => Tally.SuppressedFindings;

    /// <summary>Why the score is what it is, in one phrase.</summary>
    public string Explanation => IsRated ? ScoreGrade.Meaning(Grade)
        : UnjudgedClaims > 0 ? "every claim was left unjudged because its findings were suppressed or switched off"
        : "no claims to check";

    /// <summary>
    /// What suppression kept out of the score, e.g. <c>9 findings suppressed, 4 claims left unjudged</c>, or null
    /// when nothing was suppressed or left unjudged.
    /// </summary>
    public string? Suppression
    {
        get
        {
            var unjudged = UnjudgedClaims > 0 ? Count(UnjudgedClaims, "claim") + " left unjudged" : null;
            if (SuppressedFindings == 0)
            {
                return unjudged;
            }

            var suppressed = Count(SuppressedFindings, "finding") + " suppressed";
            return unjudged is null ? suppressed : suppressed + ", " + unjudged;
        }
    }

    /// <summary>
    /// The claim count, the top reasons and what suppression kept out, e.g.
    /// <c>5 of 12 claims sourced; 4 unsourced claims, 2 hedges on unsourced claims</c> or
    /// <c>3 of 6 judged claims sourced; 2 unsourced claims; 9 findings suppressed, 4 claims left unjudged</c>.
    /// </summary>
    public string Summary
    {
        get
        {
            var t = Tally;
            var suppression = Suppression;
            var parts = new List<string>
            {
                suppression is null
                    ? Invariant($"{t.SourcedClaims} of {Count(t.Claims, "claim")} sourced")
                    : Invariant($"{t.SourcedClaims} of {Count(t.Claims, "judged claim")} sourced"),
            };

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
            var reasonText = string.Join(", ", reasons);
            if (reasonText.Length > 0)
            {
                parts.Add(reasonText);
            }

            if (suppression is not null)
            {
                parts.Add(suppression);
            }

            return string.Join("; ", parts);
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
