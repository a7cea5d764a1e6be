using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Lexicons;
using DocLint.Rules.Common;
using DocLint.Prose;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Sources;

/// <summary>DL3002: attribution to no one ("it is believed that", "reportedly", "is said to").</summary>
internal sealed class ImpersonalAttributionAnalyzer : ProseAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ImpersonalAttribution,
        "Attribution to no one",
        "'{0}' attributes the claim to no one; say who believes, reports or estimates it",
        RuleCategories.Sources,
        DiagnosticSeverity.Warning,
        "The impersonal passive ('it is believed', 'is said to') and hearsay adverbs ('reportedly') hide who makes a claim, so the reader cannot weigh it.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterSentenceAction(Analyze);
    }

    // Under doclint_genre = research the literature reports ("it has been reported") credit the reference list.
    private readonly ConfiguredLexicon _phrases = new(RuleIds.ImpersonalAttribution, ResearchSources.ImpersonalAttributionsFor);

    // Quotations are not exempt: a quoted speaker's "it is believed" is still a claim credited to no one (guidelines 3).
    private void Analyze(SentenceAnalysisContext context) =>
        LexiconRule.Report(context, _phrases.For(context.Options), Rule,
            static use => !IsHeldBySubject(use.Tokens, use.Match) && !IsCreditedAtTheEnd(use.Semantics, use.Match));

    // "quelling what he thought to be a revolt": after a subject pronoun "thought" is the subject's own active verb, not
    // the reduced passive of "the beer company thought to be the last sponsor".
    private static bool IsHeldBySubject(ImmutableArray<Token> tokens, LexiconMatch match) =>
        match.Start > 0 && tokens[match.Start].Is("thought") && WordClasses.SubjectPronouns.Contains(tokens[match.Start - 1].Text);

    // "Obama is expected to announce …, Secretary of Homeland Security Jeh Johnson said on Saturday", "… reportedly
    // raised issues …, according to the Washington Post": a named source that closes the sentence holds the
    // expectation or the report (the trailing attribution the hedge rules read the same way). Not inside a quotation
    // ("…,” said Boehner" quotes Boehner's own "with reports that"), not a view held by many ("many believe …, she
    // said"), and not a source whose own clause follows (", Trump has said he would").
    private static bool IsCreditedAtTheEnd(SentenceSemantics semantics, LexiconMatch match)
    {
        var matchStart = match.Start;
        if (semantics.IsQuoted(matchStart) || IsHeldByMany(semantics.Tokens, matchStart))
        {
            return false;
        }

        foreach (var a in semantics.Attributions)
        {
            if (a.Kind == AttributionKind.Named && a.Start > matchStart && ReportedSpeechReader.IsTrailingAttribution(semantics.Tokens, a))
            {
                return true;
            }
        }

        return false;
    }

    // The built-in phrase at the match ("many believe", "widely believed"); a user's added phrase is never a group's.
    private static bool IsHeldByMany(ImmutableArray<Token> tokens, int matchStart)
    {
        if (RuleLexicons.ImpersonalAttributions.LongestMatchAt(tokens, matchStart, out var entry) == 0)
        {
            return false;
        }

        foreach (var word in entry!.Split(' '))
        {
            if (WordClasses.GroupHolders.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
