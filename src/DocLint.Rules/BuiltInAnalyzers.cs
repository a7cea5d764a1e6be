using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Rules.Certainty;
using DocLint.Rules.Claims;
using DocLint.Rules.Figures;
using DocLint.Rules.Hedging;
using DocLint.Rules.Sources;

namespace DocLint.Rules;

/// <summary>The explicit list of built-in rules: no reflection at run time.</summary>
internal static class BuiltInAnalyzers
{
    public static IReadOnlyList<ProseAnalyzer> Create() =>
    [
        new HedgingPhraseAnalyzer(),
        new EpistemicModalAnalyzer(),
        new UnsourcedFigureAnalyzer(),
        new VagueSourceAnalyzer(),
        new ImpersonalAttributionAnalyzer(),
        new UnsupportedCertaintyAnalyzer(),
        new UnsourcedClaimAnalyzer(),
    ];

    /// <summary>Every descriptor: infrastructure first, then the rules, ordered by ID.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> AllDescriptors { get; } =
        InfrastructureDescriptors.All
            .Concat(Create().SelectMany(a => a.SupportedDiagnostics))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
}
