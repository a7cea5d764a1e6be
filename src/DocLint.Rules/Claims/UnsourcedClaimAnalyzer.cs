using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Rules.Common;
using DocLint.Scoring;

namespace DocLint.Rules.Claims;

/// <summary>
/// DL5001: an author-voice factual claim whose paragraph gives it no named source. It also records the reading of
/// every sentence as a claim on the analyzed document (<see cref="ClaimFacts"/>), which is what the score counts, so
/// every point the score takes off traces to a finding a writer can see.
/// </summary>
internal sealed class UnsourcedClaimAnalyzer : ProseAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UnsourcedClaim,
        "Claim with no source",
        "This claim is stated as fact with {0} in its paragraph; name the person, body or document it rests on",
        RuleCategories.Claims,
        DiagnosticSeverity.Info,
        "A reader can check a claim only if they know who stands behind it. Name the source in the sentence or its paragraph, link it, or mark the sentence as your opinion.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(Analyze);
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        foreach (var (sentence, claim) in ClaimReader.Read(context.Document))
        {
            // The claim passed as the creator's state: a closure per sentence was this rule's main garbage.
            context.Document.GetOrCreate(sentence, claim, static (facts, _) => facts);
            if (claim.Status is ClaimStatus.Unsourced or ClaimStatus.VaguelySourced && !sentence.Tokens.IsEmpty)
            {
                var span = TokenSpans.Of(sentence.Tokens, 0, sentence.Tokens.Length);
                context.Report(Rule, sentence, span, claim.Status == ClaimStatus.Unsourced ? "no source" : "only a vague source");
            }
        }
    }
}
