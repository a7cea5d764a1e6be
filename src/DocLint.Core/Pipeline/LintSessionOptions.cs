using DocLint.Baselines;
using DocLint.Configuration;

namespace DocLint.Pipeline;

/// <summary>What one run is configured with: per-document policy, the baseline, and the score gate.</summary>
internal sealed record LintSessionOptions
{
    public static readonly LintSessionOptions Default = new();

    /// <summary>Resolves each document's settings (.editorconfig, then the command line); null gives every document the defaults.</summary>
    public PolicyResolver? Policy { get; init; }

    /// <summary>Without <see cref="Policy"/>, what is applied to the defaults (--nowarn and the like); a policy carries its own.</summary>
    public CommandLinePolicy Overrides { get; init; } = CommandLinePolicy.None;

    /// <summary>Findings accepted as they are; matched per document, together with its inline comments.</summary>
    public BaselineFile? Baseline { get; init; }

    /// <summary>--min-score: overrides each document's doclint_min_score when set.</summary>
    public int? MinScore { get; init; }

    /// <summary>--max-file-size: overrides each document's doclint_max_file_size when set.</summary>
    public long? MaxFileSize { get; init; }

    /// <summary>--time-budget: how long one document may take, for every document, when set.</summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary>How the gate treats documents without claims.</summary>
    public UnratedScores Unrated { get; init; } = UnratedScores.Ignore;
}
