using DocLint.Analysis;
using DocLint.Documents;

namespace DocLint.Configuration;

/// <summary>Everything configuration decides for one document.</summary>
internal sealed record DocumentSettings(SeverityPolicy Severities, AnalyzerOptions Options)
{
    public static readonly DocumentSettings Default = new(SeverityPolicy.Default, AnalyzerOptions.Empty);

    /// <summary>The lowest acceptable source-reliability score (<c>doclint_min_score</c>, or --min-score), or null for no gate.</summary>
    public int? MinScore { get; init; }

    /// <summary><c>doclint_require_suppression_reason</c>: an inline suppression must say why.</summary>
    public bool RequireSuppressionReason { get; init; }

    /// <summary>False with <c>--no-inline-suppressions</c>: writers' comments are ignored.</summary>
    public bool InlineSuppressions { get; init; } = true;

    /// <summary>Size and time limits per document (<c>doclint_max_file_size</c>, --max-file-size, --time-budget).</summary>
    public DocumentLimits Limits { get; init; } = DocumentLimits.Default;
}
