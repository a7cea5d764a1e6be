using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Core.Tests.Policy;
using DocLint.Diagnostics;

namespace DocLint.Core.Tests.Suppressions;

/// <summary>Flags every "maybe" (DL1901, Hedging) and "surely" (DL4901, Certainty): findings whose positions a test can see at a glance.</summary>
internal sealed class WordFlagAnalyzer : ProseAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [PolicyTestRules.Hedge, PolicyTestRules.Modal, PolicyTestRules.Certain];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterSentenceAction(sentence =>
        {
            foreach (var token in sentence.Sentence.Tokens)
            {
                var rule = token.Text switch
                {
                    "maybe" => PolicyTestRules.Hedge,
                    "surely" => PolicyTestRules.Certain,
                    _ => null,
                };
                if (rule is not null)
                {
                    sentence.Report(rule, token.Span, token.Text);
                }
            }
        });
}
