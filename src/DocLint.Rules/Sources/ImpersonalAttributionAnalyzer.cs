using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Rules.Common;

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
        LexiconRule.Report(context, _phrases.For(context.Options), Rule, static (_, _) => true, static (_, _) => false);
}
