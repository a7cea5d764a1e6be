using System.Text;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Scoring;
using DocLint.Text;

namespace DocLint.Core.Tests.Scoring;

public sealed class ReliabilityScorerTests
{
    private static readonly ReliabilityScorer Scorer = new();

    private static readonly DiagnosticDescriptor Figure = new("DL2999", "Figure", "Figure", RuleCategories.Figures, DiagnosticSeverity.Warning, "test");
    private static readonly DiagnosticDescriptor Source = new("DL3999", "Source", "Source", RuleCategories.Sources, DiagnosticSeverity.Warning, "test");
    private static readonly DiagnosticDescriptor Hedge = new("DL1999", "Hedge", "Hedge", RuleCategories.Hedging, DiagnosticSeverity.Warning, "test");

    private const string Text = "Unemployment rose to 7 percent last year. Critics say it will rise.\n";

    [Fact]
    public void Every_problem_count_lowers_or_keeps_the_score_and_every_support_count_raises_or_keeps_it()
    {
        // Exhaustive over a small grid: the model is monotone in each count, whatever the others are.
        foreach (var tally in Tallies())
        {
            var score = Scorer.Evaluate(tally)!.Value;
            Assert.True(Scorer.Evaluate(tally with { UnsourcedFigures = tally.UnsourcedFigures + 1 }) <= score, tally.ToString());
            Assert.True(Scorer.Evaluate(tally with { UnnamedSources = tally.UnnamedSources + 1 }) <= score, tally.ToString());
            Assert.True(Scorer.Evaluate(tally with { Certainty = tally.Certainty + 1 }) <= score, tally.ToString());
            Assert.True(Scorer.Evaluate(tally with { Hedges = tally.Hedges + 1 }) <= score, tally.ToString());
            Assert.True(Scorer.Evaluate(tally with { SourcedClaims = tally.SourcedClaims + 1, Claims = tally.Claims + 1 }) >= score, tally.ToString());
            Assert.True(Scorer.Evaluate(tally with { Evidence = tally.Evidence + 1 }) >= score, tally.ToString());
            Assert.InRange(score, 0, 100);
        }
    }

    [Fact]
    public void Length_alone_does_not_move_the_score_once_the_priors_have_faded()
    {
        // The score is a ratio of counts: repeating the same mix converges to the mix's ratio instead of sinking
        // with length. (With no support at all the ratio is 0, which the score approaches.)
        foreach (var tally in Tallies().Where(t => t.SourcedClaims > 0))
        {
            var fiftyfold = Scorer.Evaluate(Times(tally, 50))!.Value;
            var hundredfold = Scorer.Evaluate(Times(tally, 100))!.Value;
            Assert.InRange(hundredfold - fiftyfold, -1, 1);
        }
    }

    [Fact]
    public void A_claim_free_document_is_never_above_a_document_whose_one_claim_has_the_mildest_problem()
    {
        var oneClaim = new ScoreTally(20, 1, 0, 0, 0, 0, 0, 0, 0);
        var mildest = new[]
        {
            oneClaim with { UnsourcedFigures = 1 },
            oneClaim with { UnnamedSources = 1 },
            oneClaim with { Certainty = 1 },
        }.Max(t => Scorer.Evaluate(t)!.Value);

        Assert.Null(Scorer.Evaluate(ScoreTally.Empty with { Words = 20 }));
        Assert.True(ReliabilityScorer.NotRatedValue >= mildest, $"{ReliabilityScorer.NotRatedValue} < {mildest}");
        Assert.True(ReliabilityScorer.NotRatedValue < Scorer.Evaluate(oneClaim with { SourcedClaims = 1 }));
    }

    [Fact]
    public void Findings_are_attributed_to_their_sentence()
    {
        var facts = Facts(Text);
        var score = Scorer.Score(facts, [At(Figure, "7 percent"), At(Source, "Critics say"), At(Hedge, "Critics")]);

        Assert.Equal(new ScoreTally(12, 2, 0, 0, 1, 1, 0, 1, 1), score.Tally);
        Assert.True(score.IsRated);
    }

    [Fact]
    public void Suppressed_and_silent_findings_do_not_count_and_leave_their_claims_unjudged()
    {
        var facts = Facts(Text);
        var suppressed = At(Figure, "7 percent") with { Suppression = new Suppression(SuppressionKind.InSource, "checked") };
        var silent = At(Source, "Critics say") with { Severity = DiagnosticSeverity.Hidden };

        var score = Scorer.Score(facts, [suppressed, silent]);

        // Neither lowers the score, and neither claim becomes "sourced" by being silenced (issue 12).
        Assert.Equal(0, score.Tally.UnsourcedFigures + score.Tally.UnnamedSources);
        Assert.Equal((0, 0, 2, 2), (score.Tally.Claims, score.Tally.SourcedClaims, score.UnjudgedClaims, score.SuppressedFindings));
        Assert.False(score.IsRated);
    }

    [Fact]
    public void Rescoring_a_report_after_a_later_suppression_stops_counting_the_finding()
    {
        var facts = Facts(Text);
        var figure = At(Figure, "7 percent");
        var report = new DocLint.Reporting.DocumentReport("a.md", [figure], 12, WasLinted: true) { Score = Scorer.Score(facts, [figure]) };
        var baselined = report with { Diagnostics = [figure with { Suppression = new Suppression(SuppressionKind.External, "baseline") }] };

        var rescored = Scorer.Rescore(baselined);

        Assert.Equal(1, report.Score!.Tally.UnsourcedFigures);
        Assert.Equal(0, rescored.Score!.Tally.UnsourcedFigures);
        Assert.True(rescored.Score.Value > report.Score.Value);
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

    private static IEnumerable<ScoreTally> Tallies()
    {
        foreach (var sourced in new[] { 0, 1, 4 })
        foreach (var unsourced in new[] { 0, 1, 3 })
        foreach (var certainty in new[] { 0, 2 })
        foreach (var hedges in new[] { 0, 1, 6 })
        foreach (var words in new[] { 50, 400, 3000 })
        {
            var claims = Math.Max(1, sourced + unsourced + certainty);
            yield return new ScoreTally(words, claims, sourced, sourced / 2, unsourced, unsourced / 2, certainty, hedges, Math.Min(hedges, unsourced));
        }
    }

    private static ScoreTally Times(ScoreTally t, int k) =>
        new(t.Words * k, t.Claims * k, t.SourcedClaims * k, t.Evidence * k, t.UnsourcedFigures * k, t.UnnamedSources * k, t.Certainty * k, t.Hedges * k, t.HedgesOnUnsourcedClaims * k);

    private static DocumentFacts Facts(string text) =>
        DocumentFacts.From(new AnalyzedDocument(DocumentLoader.Load("a.md", Encoding.UTF8.GetBytes(text)).Document!));

    private static Diagnostic At(DiagnosticDescriptor descriptor, string flagged)
    {
        var start = Text.IndexOf(flagged, StringComparison.Ordinal);
        var location = new Location("a.md", new TextSpan(start, flagged.Length), new LinePositionSpan(new LinePosition(0, start), new LinePosition(0, start + flagged.Length)));
        return new Diagnostic(descriptor, DiagnosticSeverity.Warning, location, descriptor.MessageFormat, flagged, Text);
    }
}
