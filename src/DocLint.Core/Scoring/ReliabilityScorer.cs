using System.Collections.Immutable;
using DocLint.Diagnostics;
using DocLint.Reporting;

namespace DocLint.Scoring;

/// <summary>
/// Scores source reliability from neutral document facts and the effective diagnostics, by rule category only,
/// so Core stays free of rule knowledge. The model and its constants are documented in rules/SCORE.md.
/// </summary>
public sealed class ReliabilityScorer(ScoreWeights weights)
{
    /// <summary>The value given to a document without claims: neither trustworthy nor not, and never 100 by accident.</summary>
    public const int NotRatedValue = 50;

    public ReliabilityScorer()
        : this(ScoreWeights.Default)
    {
    }

    public ScoreWeights Weights { get; } = weights ?? throw new ArgumentNullException(nameof(weights));

    /// <summary>
    /// Scores a document. Suppressed findings, and findings switched off by configuration (passed in marked
    /// suppressed), do not lower the score; a claim they sit in is left unjudged rather than counted as sourced.
    /// </summary>
    public ReliabilityScore Score(DocumentFacts facts, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var findings = new SentenceFindings[facts.Sentences.Length];
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Location.IsWholeFile)
            {
                continue;
            }

            var index = SentenceAt(facts, diagnostic.Location.SourceSpan.Start);
            if (index < 0)
            {
                continue;
            }

            // Suppression accounting (issue 12): a silenced finding is remembered, not counted.
            findings[index] = diagnostic.IsSuppressed || diagnostic.Severity == DiagnosticSeverity.Hidden
                ? findings[index].WithSilenced(diagnostic.Descriptor.Category)
                : findings[index].With(diagnostic.Descriptor.Category);
        }

        var sectionTallies = Enumerable.Repeat(ScoreTally.Empty, facts.SectionTitles.Length).ToArray();
        for (var i = 0; i < facts.Sentences.Length; i++)
        {
            var sentence = facts.Sentences[i];
            sectionTallies[sentence.Section] += Tally(sentence, findings[i]);
        }

        var sections = facts.SectionTitles
            .Select((title, i) => (Title: title, Tally: sectionTallies[i]))
            .Where(s => s.Tally.Words > 0)
            .Select(s => Section(s.Title, s.Tally))
            .ToImmutableArray();
        var total = sectionTallies.Aggregate(ScoreTally.Empty, ScoreTally.Add);
        var value = Evaluate(total);
        return value is { } rated
            ? new ReliabilityScore(rated, ScoreGrade.For(rated), IsRated: true, total, sections, facts)
            : new ReliabilityScore(NotRatedValue, ScoreGrade.NotRated, IsRated: false, total, sections, facts);
    }

    /// <summary>
    /// The report with its score recomputed from its current diagnostics: for a stage after the engine that
    /// suppresses findings (inline comments, a baseline), so suppressed findings stop counting.
    /// </summary>
    public DocumentReport Rescore(DocumentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Score is { } score ? report with { Score = Score(score.Facts, report.Diagnostics) } : report;
    }

    /// <summary>The score for a tally, or null when it has no claims.</summary>
    public int? Evaluate(ScoreTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        if (tally.Claims == 0)
        {
            return null;
        }

        var w = Weights;
        var support = w.PriorSupport + (w.SourcedClaim * tally.SourcedClaims) + (w.Evidence * tally.Evidence);
        var allowance = w.HedgesAllowedPer1000Words * tally.Words / 1000.0;
        var looseHedges = tally.Hedges - tally.HedgesOnUnsourcedClaims;
        var problems = w.PriorProblems
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

    private ScoreTally Tally(SentenceFacts sentence, SentenceFindings found)
    {
        var unsourced = found.Figures + found.Sources > 0;
        var isClaim = sentence.HasFigure || sentence.HasQuotation || sentence.Evidence > 0 || unsourced || found.Certainty > 0 || found.SilencedClaims > 0;
        // Suppression accounting (issue 12): a claim whose only verdict was silenced is not judged either way,
        // so suppressing a problem can never turn it into a sourced claim.
        var isJudged = isClaim && (unsourced || sentence.Evidence > 0 || found.SilencedClaims == 0);
        // Evidence sources a claim outright; otherwise a figure or quotation counts as sourced when the rules
        // found no unsourced figure or unnamed source in its sentence.
        var isSourced = isJudged && (sentence.Evidence > 0 || (!unsourced && (sentence.HasFigure || sentence.HasQuotation)));
        return new ScoreTally(
            sentence.Words,
            isJudged ? 1 : 0,
            isSourced ? 1 : 0,
            Math.Min(sentence.Evidence, Weights.MaxEvidencePerSentence),
            found.Figures,
            found.Sources,
            found.Certainty,
            found.Hedges,
            unsourced ? found.Hedges : 0)
        {
            UnjudgedClaims = isClaim && !isJudged ? 1 : 0,
            SuppressedFindings = found.Silenced,
        };
    }

    private static int SentenceAt(DocumentFacts facts, int position)
    {
        for (var i = 0; i < facts.Sentences.Length; i++)
        {
            var span = facts.Sentences[i].SourceSpan;
            if (span.Contains(position) || (span.IsEmpty && span.Start == position))
            {
                return i;
            }
        }

        return -1;
    }

    private readonly record struct SentenceFindings(int Hedges, int Figures, int Sources, int Certainty)
    {
        /// <summary>Suppressed or switched-off findings in the sentence (issue 12).</summary>
        public int Silenced { get; init; }

        /// <summary>Of those, the ones that judge a claim (figures, sources, certainty).</summary>
        public int SilencedClaims { get; init; }

        public SentenceFindings WithSilenced(string category) => category switch
        {
            RuleCategories.Infrastructure => this,
            RuleCategories.Figures or RuleCategories.Sources or RuleCategories.Certainty =>
                this with { Silenced = Silenced + 1, SilencedClaims = SilencedClaims + 1 },
            _ => this with { Silenced = Silenced + 1 },
        };

        public SentenceFindings With(string category) => category switch
        {
            RuleCategories.Hedging => this with { Hedges = Hedges + 1 },
            RuleCategories.Figures => this with { Figures = Figures + 1 },
            RuleCategories.Sources => this with { Sources = Sources + 1 },
            RuleCategories.Certainty => this with { Certainty = Certainty + 1 },
            _ => this,
        };
    }
}
