using System.Collections.Immutable;
using DocLint.Diagnostics;
using DocLint.Reporting;

namespace DocLint.Scoring;

/// <summary>
/// Scores source reliability from neutral document facts (the rules' reading of each sentence as a claim) and the
/// diagnostics, read by rule category only, so Core stays free of rule knowledge. One pass over the diagnostics and
/// one over the sentences. The model and its constants are documented in rules/SCORE.md.
/// </summary>
internal sealed class ReliabilityScorer(ScoreWeights weights)
{
    /// <summary>The value given to a document without claims: neither trustworthy nor not, and never 100 by accident.</summary>
    public const int NotRatedValue = 50;

    public ReliabilityScorer()
        : this(ScoreWeights.Default)
    {
    }

    public ScoreWeights Weights { get; } = weights ?? throw new ArgumentNullException(nameof(weights));

    /// <summary>
    /// Scores a document. A finding that is suppressed (inline comment, baseline, or switched off and passed in
    /// marked as suppressed) or silent neither lowers the score nor makes its claim sourced. A claim the rules read
    /// as unsourced or vaguely sourced is judged so only when its finding (the Claims family, DL5001) is effective;
    /// when that finding is suppressed, silent or switched off, the claim is left unjudged.
    /// </summary>
    public ReliabilityScore Score(DocumentFacts facts, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var findings = new SentenceFindings[facts.Sentences.Length];
        var index = SentenceIndex.Of(facts);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Location.IsWholeFile)
            {
                continue;
            }

            var at = index.SentenceAt(diagnostic.Location.SourceSpan.Start);
            if (at >= 0)
            {
                findings[at] = findings[at].With(diagnostic.Descriptor.Category, diagnostic.IsSuppressed, diagnostic.Severity == DiagnosticSeverity.Hidden);
            }
        }

        var sectionSums = new ScoreTallySum[facts.SectionTitles.Length];
        var claims = ImmutableArray.CreateBuilder<ScoredClaim>();
        for (var i = 0; i < facts.Sentences.Length; i++)
        {
            var sentence = facts.Sentences[i];
            var claim = Judge(sentence, findings[i]);
            if (claim is not null)
            {
                claims.Add(claim);
            }

            AddTally(ref sectionSums[sentence.Section], sentence, claim, findings[i]);
        }

        var sectionTallies = Array.ConvertAll(sectionSums, s => s.ToTally());

        var sections = facts.SectionTitles
            .Select((title, i) => (Title: title, Tally: sectionTallies[i]))
            .Where(s => s.Tally.Words > 0)
            .Select(s => Section(s.Title, s.Tally))
            .ToImmutableArray();
        var total = sectionTallies.Aggregate(ScoreTally.Empty, ScoreTally.Add);
        var value = Evaluate(total);
        var score = value is { } rated
            ? new ReliabilityScore(rated, ScoreGrade.For(rated), IsRated: true, total, sections)
            : new ReliabilityScore(NotRatedValue, ScoreGrade.NotRated, IsRated: false, total, sections);
        return score with { Claims = claims.ToImmutable() };
    }

    /// <summary>The score for a tally, or null when it has no judged claims.</summary>
    public int? Evaluate(ScoreTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        if (tally.Claims <= 0)
        {
            return null;
        }

        var w = Weights;
        var support = w.PriorSupport + (w.SourcedClaim * tally.SourcedWeight) + (w.Evidence * tally.Evidence) + (w.NamedSource * tally.NamedSources);
        var allowance = w.HedgesAllowedPer1000Words * tally.ClaimWords / 1000.0;
        var looseHedges = tally.Hedges - tally.HedgesOnUnsourcedClaims;
        var problems = w.PriorProblems
            + (w.UnsourcedClaim * tally.UnsourcedWeight)
            + (w.VagueClaim * tally.VagueWeight)
            + (w.UnsourcedFigure * tally.UnsourcedFigures)
            + (w.UnnamedSource * tally.UnnamedSources)
            + (w.Certainty * tally.Certainty)
            + (w.HedgeOnUnsourcedClaim * tally.HedgesOnUnsourcedClaims)
            + (w.ExcessHedge * Math.Max(0.0, looseHedges - allowance));
        return (int)Math.Round(100.0 * support / (support + problems), MidpointRounding.AwayFromZero);
    }

    private SectionScore Section(string? title, ScoreTally tally) =>
        Evaluate(tally) is { } value
            ? new SectionScore(title, value, ScoreGrade.For(value), IsRated: true, tally)
            : new SectionScore(title, NotRatedValue, ScoreGrade.NotRated, IsRated: false, tally);

    /// <summary>The claim's status once the findings are in, or null when the sentence makes no claim.</summary>
    private static ScoredClaim? Judge(SentenceFacts sentence, SentenceFindings found)
    {
        var claim = sentence.Claim;
        if (!claim.IsClaim)
        {
            return null;
        }

        // The reading, not a finding, makes a claim sourced, so hiding a finding can never source one (and hiding a
        // figure or source finding on a sourced claim must not unjudge it: that would let a suppression lower the
        // score). An unsourced or vague reading is judged only through its effective Claims finding (DL5001).
        var unjudged = claim.Status != ClaimStatus.Sourced && found.Claims == 0;
        return new ScoredClaim(sentence.SourceSpan, claim.Status, claim.Weight, unjudged);
    }

    // Adds one sentence's tally to its section's sums, field by field as ScoreTally's + did.
    private void AddTally(ref ScoreTallySum sum, SentenceFacts sentence, ScoredClaim? claim, SentenceFindings found)
    {
        var judged = claim is { IsUnjudged: false } ? claim.Status : ClaimStatus.None;
        var weight = claim?.Weight ?? 0;
        // Speculation no source in the sentence stands behind: a hedge on an unsourced or vague claim, or on one only its
        // paragraph's source covers ("Fox News reports: … Looks like the mystery may have just been solved.").
        var unsupported = judged is ClaimStatus.Unsourced or ClaimStatus.VaguelySourced || (judged == ClaimStatus.Sourced && sentence.Claim.SourcedOnlyNearby);
        sum.Words += sentence.Words;
        sum.Claims += judged == ClaimStatus.None ? 0 : 1;
        sum.SourcedClaims += judged == ClaimStatus.Sourced ? 1 : 0;
        sum.Evidence += judged == ClaimStatus.Sourced ? Math.Min(sentence.Evidence, Weights.MaxEvidencePerSentence) : 0;
        sum.UnsourcedFigures += found.Figures;
        sum.UnnamedSources += found.Sources;
        sum.Certainty += found.Certainty;
        sum.Hedges += found.Hedges;
        sum.HedgesOnUnsourcedClaims += unsupported ? found.Hedges : 0;
        sum.UnsourcedClaims += judged == ClaimStatus.Unsourced ? 1 : 0;
        sum.VagueClaims += judged == ClaimStatus.VaguelySourced ? 1 : 0;
        sum.UnjudgedClaims += claim is { IsUnjudged: true } ? 1 : 0;
        sum.SuppressedFindings += found.Suppressed;
        sum.SourcedWeight += judged == ClaimStatus.Sourced ? weight * (sentence.Claim.SourcedOnlyNearby ? Weights.NearbySourcedClaim : 1) : 0;
        sum.UnsourcedWeight += judged == ClaimStatus.Unsourced ? weight : 0;
        sum.VagueWeight += judged == ClaimStatus.VaguelySourced ? weight : 0;
        sum.NamedSources += judged == ClaimStatus.Sourced ? sentence.Claim.NewSources : 0;
        sum.ClaimWords += judged == ClaimStatus.None ? 0 : sentence.Words;
    }

    /// <summary>
    /// Effective findings per category, and the suppressed ones about the prose (infrastructure findings such as the
    /// score gate are not the writer's to fix).
    /// </summary>
    private readonly record struct SentenceFindings(int Hedges, int Figures, int Sources, int Certainty, int Claims, int Suppressed)
    {
        public SentenceFindings With(string category, bool suppressed, bool silent)
        {
            if (suppressed || silent)
            {
                return suppressed && category != RuleCategories.Infrastructure ? this with { Suppressed = Suppressed + 1 } : this;
            }

            return category switch
            {
                RuleCategories.Hedging => this with { Hedges = Hedges + 1 },
                RuleCategories.Figures => this with { Figures = Figures + 1 },
                RuleCategories.Sources => this with { Sources = Sources + 1 },
                RuleCategories.Certainty => this with { Certainty = Certainty + 1 },
                RuleCategories.Claims => this with { Claims = Claims + 1 },
                _ => this,
            };
        }
    }
}
