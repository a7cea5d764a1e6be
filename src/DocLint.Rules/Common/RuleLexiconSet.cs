using DocLint.Analysis;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Certainty;
using DocLint.Rules.Claims;
using DocLint.Rules.Figures;
using DocLint.Rules.Semantics;
using DocLint.Rules.Sources;

namespace DocLint.Rules.Common;

/// <summary>
/// The built-in lexicons the rules match over whole sentences, every genre's, compiled into one
/// <see cref="LexiconSet"/> on first use: each sentence's tokens are looked up once for all of them. A lexicon with the
/// user's terms (<see cref="ConfiguredLexicon"/>) is not in the set and walks the sentence itself, as before.
/// The lists are small (a few hundred words in all), so the genres share one set rather than one each.
/// </summary>
internal static class RuleLexiconSet
{
    private static readonly Lazy<LexiconSet> DefaultLazy = new(
        () => new LexiconSet(
        [
            RuleLexicons.HedgesFor(Configuration.Genres.News),
            RuleLexicons.HedgesFor(Configuration.Genres.Research),
            RuleLexicons.HedgesFor(Configuration.Genres.Reference),
            RuleLexicons.Boosters,
            RuleLexicons.ImpersonalAttributions,
            ResearchSources.ResearchImpersonalAttributions,
            RuleLexicons.VagueSources,
            RuleLexicons.ReportingVerbs,
            RuleLexicons.OfficialActs,
            ClaimLexicons.OpinionMarkers,
            ClaimLexicons.Prescriptive,
            ClaimLexicons.InstructionOpeners,
            ClaimLexicons.Furniture,
            ClaimLexicons.BackReferences,
            ClaimLexicons.DataNouns,
            // One-word lists the claim reader asks of every token (a finite verb? an adjective of judgement?): their
            // marks answer what a look-up per token and list answered (issue 11).
            ClaimLexicons.FiniteVerbs,
            ClaimLexicons.EvaluativeAdjectives,
            SpeechActs.Verbs,
            // The document-subject test's two one-word lists, asked of every token before (issue 11).
            ClaimLexicons.DocumentNames,
            ClaimLexicons.CaseVersusMarks,
            // The word classes the attribution reader asks of every token, as one lexicon: only a marked token is asked (issue 11).
            AttributionReader.ClassWords,
            // The first words of two readers whose gates asked a word class of every token (issue 11).
            UnheldTellings.StartWords,
            UnownedReports.StartWords,
            // The head classes the role reader asks of every token of a document (issue 11).
            RoleMentions.HeadWords,
            // The predicative certainty frame's copulas, the poll nouns PollSubjects walks back to and the participles
            // UnheldJudgements looks for first, each asked of every token before (issue 11).
            PredicativeCertaintyFrame.CopulaWords,
            PollSubjects.PollWords,
            UnheldJudgements.ParticipleLexicon,
        ]),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static LexiconSet Default => DefaultLazy.Value;

    /// <summary>The sentence's tokens marked for the built-in lexicons, once per sentence, kept by the document.</summary>
    public static SentenceLexicons Of(AnalyzedDocument document, Sentence sentence) => SentenceLexicons.Of(document, sentence, Default);

    extension(SentenceAnalysisContext context)
    {
        /// <summary>The sentence's lexicon matches, shared by every rule (<see cref="Of"/>).</summary>
        public SentenceLexicons Lexicons => Of(context.Document, context.Sentence);
    }
}
