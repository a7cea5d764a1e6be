using System.Collections.Immutable;
using DocLint.Diagnostics;
using DocLint.Reporting;
using DocLint.Scoring;
using DocLint.Text;

namespace DocLint.Core.Tests.Scoring;

public sealed class ReliabilityScorerTests
{
    private static readonly ReliabilityScorer Scorer = new();

    private static readonly DiagnosticDescriptor Claim = new("DL5999", "Claim", "Claim", RuleCategories.Claims, DiagnosticSeverity.Info, "test");
    private static readonly DiagnosticDescriptor Figure = new("DL2999", "Figure", "Figure", RuleCategories.Figures, DiagnosticSeverity.Warning, "test");
    private static readonly DiagnosticDescriptor Hedge = new("DL1999", "Hedge", "Hedge", RuleCategories.Hedging, DiagnosticSeverity.Warning, "test");
    private static readonly DiagnosticDescriptor Certainty = new("DL4999", "Certainty", "Certainty", RuleCategories.Certainty, DiagnosticSeverity.Warning, "test");

    // Four sentences of 10 characters each, one space apart: 0-9, 11-20, 22-31, 33-42.
    private static readonly ClaimStatus[] Statuses = [ClaimStatus.Sourced, ClaimStatus.Unsourced, ClaimStatus.Sourced, ClaimStatus.Unsourced];

    [Fact]
    public void Every_problem_lowers_or_keeps_the_score_and_every_sourced_claim_raises_or_keeps_it()
    {
        // Exhaustive over a small grid: the model is monotone in each count, whatever the others are.
        foreach (var tally in Tallies())
        {
            var score = Scorer.Evaluate(tally)!.Value;
            Assert.True(Scorer.Evaluate(tally with { Claims = tally.Claims + 1, UnsourcedClaims = tally.UnsourcedClaims + 1, UnsourcedWeight = tally.UnsourcedWeight + 1 }) <= score, tally.ToString());
            Assert.True(Scorer.Evaluate(tally with { Claims = tally.Claims + 1, VagueClaims = tally.VagueClaims + 1, VagueWeight = tally.VagueWeight + 1 }) <= score, tally.ToString());
            Assert.True(Scorer.Evaluate(tally with { UnsourcedFigures = tally.UnsourcedFigures + 1 }) <= score, tally.ToString());
            Assert.True(Scorer.Evaluate(tally with { Certainty = tally.Certainty + 1 }) <= score, tally.ToString());
            Assert.True(Scorer.Evaluate(tally with { Hedges = tally.Hedges + 1 }) <= score, tally.ToString());
            Assert.True(Scorer.Evaluate(tally with { Claims = tally.Claims + 1, SourcedClaims = tally.SourcedClaims + 1, SourcedWeight = tally.SourcedWeight + 1.5 }) >= score, tally.ToString());
            Assert.InRange(score, 0, 100);
        }
    }

    [Fact]
    public void Length_alone_does_not_move_the_score_once_the_priors_have_faded()
    {
        foreach (var tally in Tallies().Where(t => t.SourcedClaims > 0))
        {
            var fiftyfold = Scorer.Evaluate(Times(tally, 50))!.Value;
            var hundredfold = Scorer.Evaluate(Times(tally, 100))!.Value;
            Assert.InRange(hundredfold - fiftyfold, -1, 1);
        }
    }

    [Fact]
    public void A_document_without_judged_claims_is_not_rated_and_sits_between_the_mildest_problem_and_one_sourced_claim()
    {
        var oneClaim = ScoreTally.Empty with { Words = 20, Claims = 1 };
        var vague = Scorer.Evaluate(oneClaim with { VagueClaims = 1, VagueWeight = 1 })!.Value;
        var sourced = Scorer.Evaluate(oneClaim with { SourcedClaims = 1, SourcedWeight = 1 })!.Value;

        Assert.Null(Scorer.Evaluate(ScoreTally.Empty with { Words = 20 }));
        Assert.Null(Scorer.Evaluate(oneClaim with { Claims = 0, UnjudgedClaims = 1 }));
        Assert.Equal(49, vague);
        Assert.Equal(67, sourced);
    }

    [Fact]
    public void A_claim_is_judged_by_its_effective_finding_and_findings_land_on_their_sentence()
    {
        var score = Scorer.Score(Facts(), [At(Claim, 1), At(Claim, 3), At(Hedge, 3), At(Certainty, 0), At(Figure, 2)]);

        Assert.Equal(4, score.Tally.Claims);
        Assert.Equal(2, score.Tally.SourcedClaims);
        Assert.Equal(2, score.Tally.UnsourcedClaims);
        Assert.Equal(0, score.UnjudgedClaims);
        Assert.Equal(1, score.Tally.HedgesOnUnsourcedClaims);
        Assert.Equal(1, score.Tally.Certainty);
        Assert.Equal(1, score.Tally.UnsourcedFigures);
        Assert.Equal(
            [new ScoredClaim(Span(0), ClaimStatus.Sourced, 1, false), new ScoredClaim(Span(1), ClaimStatus.Unsourced, 1, false),
             new ScoredClaim(Span(2), ClaimStatus.Sourced, 1, false), new ScoredClaim(Span(3), ClaimStatus.Unsourced, 1, false)],
            score.Claims.ToArray());
        Assert.Equal("2 of 4 claims sourced; 2 unsourced claims, 1 hedge on unsourced claims, 1 unsupported certainty", score.Summary);
    }

    [Fact]
    public void A_suppressed_finding_neither_lowers_the_score_nor_sources_its_claim_and_the_summary_says_so()
    {
        var suppressed = At(Claim, 3) with { Suppression = new Suppression(SuppressionKind.External, "baseline") };
        var hiddenFigure = At(Figure, 2) with { Suppression = new Suppression(SuppressionKind.InSource, "checked") };

        var score = Scorer.Score(Facts(), [At(Claim, 1), suppressed, hiddenFigure]);
        var withoutThem = Scorer.Score(Facts([ClaimStatus.Sourced, ClaimStatus.Unsourced, ClaimStatus.Sourced]), [At(Claim, 1)]);

        // The suppressed DL5001 leaves claim 3 unjudged; the hidden figure finding costs nothing and claim 2 stays sourced.
        Assert.Equal(1, score.UnjudgedClaims);
        Assert.Equal(2, score.SuppressedFindings);
        Assert.Equal((3, 2, 0), (score.Tally.Claims, score.Tally.SourcedClaims, score.Tally.UnsourcedFigures));
        Assert.Equal(withoutThem.Value, score.Value);
        Assert.Equal([false, false, false, true], score.Claims.Select(c => c.IsUnjudged));
        Assert.Equal("2 of 3 judged claims sourced; 1 unsourced claim; 2 findings suppressed, 1 claim left unjudged", score.Summary);
    }

    [Fact]
    public void An_unsourced_claim_whose_finding_is_switched_off_or_silent_is_unjudged()
    {
        var silent = At(Claim, 1) with { Severity = DiagnosticSeverity.Hidden };

        var score = Scorer.Score(Facts(), [silent]);

        Assert.Equal(2, score.UnjudgedClaims);
        Assert.Equal(0, score.SuppressedFindings);
        Assert.Equal(2, score.Tally.SourcedClaims);
        Assert.Equal("2 of 2 judged claims sourced; 2 claims left unjudged", score.Summary);
    }

    [Fact]
    public void Scoring_again_after_a_later_suppression_stops_counting_the_finding()
    {
        var claim = At(Claim, 1);
        var report = new DocumentReport("a.md", [claim], 12, WasLinted: true) { Score = Scorer.Score(Facts(), [claim, At(Claim, 3)]) };
        var baselined = report with { Diagnostics = [claim with { Suppression = new Suppression(SuppressionKind.External, "baseline") }, At(Claim, 3)] };

        var rescored = baselined with { Score = Scorer.Score(Facts(), baselined.Diagnostics) };

        Assert.Equal(2, report.Score!.Tally.UnsourcedClaims);
        Assert.Equal(1, rescored.Score!.Tally.UnsourcedClaims);
        Assert.Equal(1, rescored.Score.UnjudgedClaims);
        Assert.True(rescored.Score.Value > report.Score.Value);
    }

    [Fact]
    public void A_finding_at_a_sentence_start_end_or_in_a_gap_lands_where_it_belongs()
    {
        var facts = Facts();

        var score = Scorer.Score(facts, [At(Certainty, 0), Point(Certainty, 9), Point(Certainty, 10), Point(Certainty, 42), Point(Certainty, 99)]);

        // 0 and 9 are in the first sentence; 10 is the gap; 42 is the last sentence's last character; 99 is past the end.
        Assert.Equal(3, score.Tally.Certainty);
    }

    [Theory]
    [InlineData(100, "A")]
    [InlineData(85, "A")]
    [InlineData(84, "B")]
    [InlineData(70, "B")]
    [InlineData(69, "C")]
    [InlineData(55, "C")]
    [InlineData(54, "D")]
    [InlineData(40, "D")]
    [InlineData(39, "F")]
    [InlineData(0, "F")]
    public void Grade_bands(int score, string grade) => Assert.Equal(grade, ScoreGrade.For(score));

    [Fact]
    public void A_claim_sourced_only_nearby_earns_a_sourced_claims_credit_unless_its_weight_says_otherwise()
    {
        // Sentences 0 and 1: a sourced claim and an unsourced one (with its DL5001); sentence 2 varies. The claim reader
        // leaves an author's sentence beside a named statement out of the count; what stays "sourced only nearby" (a
        // quotation continuing its named speaker, a reference back to a named study) is the source's claim.
        var nearby = new ClaimFacts(ClaimStatus.Sourced, 1, HasFigure: false) { SourcedOnlyNearby = true };
        var own = new ClaimFacts(ClaimStatus.Sourced, 1, HasFigure: false);
        var unsourced = new ClaimFacts(ClaimStatus.Unsourced, 1, HasFigure: false);
        int ScoreWith(ReliabilityScorer scorer, ClaimFacts third, params Diagnostic[] more) =>
            scorer.Score(Facts([own, unsourced, third]), [At(Claim, 1), .. more]).Value;
        var noCredit = new ReliabilityScorer(new ScoreWeights { NearbySourcedClaim = 0 });

        var without = Scorer.Score(Facts([own, unsourced]), [At(Claim, 1)]).Value;

        Assert.Equal(55, without);
        Assert.Equal(62, ScoreWith(Scorer, nearby));
        Assert.Equal(62, ScoreWith(Scorer, own));
        Assert.Equal(without, ScoreWith(noCredit, nearby));
        Assert.Equal(46, ScoreWith(Scorer, unsourced, At(Claim, 2)));
        Assert.Equal(2, Scorer.Score(Facts([own, unsourced, nearby]), [At(Claim, 1)]).Tally.SourcedClaims);
    }

    [Fact]
    public void An_unsourced_figure_costs_through_its_claims_weight_and_its_figure_findings_add_nothing()
    {
        // Sentence 0 a sourced claim with a figure, sentence 1 an unsourced one (weight 1.5, with its DL5001). The figure
        // already weighs in the claim (1.5 against 1); a DL2xxx finding on it counted the same figure again, once per
        // finding (docs/score.md, round 7).
        var sourcedFigure = new ClaimFacts(ClaimStatus.Sourced, 1.5, HasFigure: true);
        var unsourcedFigure = new ClaimFacts(ClaimStatus.Unsourced, 1.5, HasFigure: true);
        var plain = new ClaimFacts(ClaimStatus.Unsourced, 1, HasFigure: false);
        var own = new ClaimFacts(ClaimStatus.Sourced, 1, HasFigure: false);

        Assert.Equal(54, Scorer.Score(Facts([sourcedFigure, unsourcedFigure]), [At(Claim, 1)]).Value);
        Assert.Equal(54, Scorer.Score(Facts([sourcedFigure, unsourcedFigure]), [At(Claim, 1), At(Figure, 0), At(Figure, 1), At(Figure, 1)]).Value);
        Assert.Equal(3, Scorer.Score(Facts([sourcedFigure, unsourcedFigure]), [At(Claim, 1), At(Figure, 0), At(Figure, 1), At(Figure, 1)]).Tally.UnsourcedFigures);
        Assert.Equal(50, Scorer.Score(Facts([own, unsourcedFigure]), [At(Claim, 1)]).Value);
        Assert.Equal(55, Scorer.Score(Facts([own, plain]), [At(Claim, 1)]).Value);
    }

    private static IEnumerable<ScoreTally> Tallies()
    {
        foreach (var sourced in new[] { 0, 1, 4 })
        foreach (var unsourced in new[] { 0, 1, 3 })
        foreach (var certainty in new[] { 0, 2 })
        foreach (var hedges in new[] { 0, 1, 6 })
        foreach (var words in new[] { 50, 400, 3000 })
        {
            var claims = Math.Max(1, sourced + unsourced);
            yield return new ScoreTally(words, claims, sourced, sourced / 2, unsourced / 2, 0, certainty, hedges, Math.Min(hedges, unsourced))
            {
                UnsourcedClaims = unsourced,
                SourcedWeight = sourced * 1.5,
                UnsourcedWeight = unsourced == 0 && sourced == 0 ? 1 : unsourced,
            };
        }
    }

    private static ScoreTally Times(ScoreTally t, int k) =>
        new ScoreTally(t.Words * k, t.Claims * k, t.SourcedClaims * k, t.Evidence * k, t.UnsourcedFigures * k, t.UnnamedSources * k, t.Certainty * k, t.Hedges * k, t.HedgesOnUnsourcedClaims * k)
        {
            UnsourcedClaims = t.UnsourcedClaims * k,
            VagueClaims = t.VagueClaims * k,
            UnjudgedClaims = t.UnjudgedClaims * k,
            SourcedWeight = t.SourcedWeight * k,
            UnsourcedWeight = t.UnsourcedWeight * k,
            VagueWeight = t.VagueWeight * k,
        };

    private static TextSpan Span(int sentence) => new(sentence * 11, 10);

    private static DocumentFacts Facts(ClaimStatus[]? statuses = null) =>
        Facts((statuses ?? Statuses).Select(status => new ClaimFacts(status, 1, HasFigure: false)).ToArray());

    private static DocumentFacts Facts(ClaimFacts[] claims) =>
        new([null], claims.Select((claim, i) => new SentenceFacts(0, Span(i), 2, 0, claim)).ToImmutableArray());

    private static Diagnostic At(DiagnosticDescriptor descriptor, int sentence) => Point(descriptor, Span(sentence).Start + 2);

    private static Diagnostic Point(DiagnosticDescriptor descriptor, int position)
    {
        var location = new Location("a.md", new TextSpan(position, 1), new LinePositionSpan(new LinePosition(0, position), new LinePosition(0, position + 1)));
        return new Diagnostic(descriptor, descriptor.DefaultSeverity, location, descriptor.MessageFormat, "x", "x");
    }
}
