using DocLint.Analysis;

namespace DocLint.Configuration;

/// <summary>Everything configuration decides for one document.</summary>
public sealed record DocumentSettings(SeverityPolicy Severities, AnalyzerOptions Options)
{
    public static readonly DocumentSettings Default = new(SeverityPolicy.Default, AnalyzerOptions.Empty);

    /// <summary>The lowest acceptable source-reliability score (--min-score, doclint_min_score); null means no gate.</summary>
    public int? MinScore { get; init; }
}
