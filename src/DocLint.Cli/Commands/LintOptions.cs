using DocLint.Diagnostics;
using DocLint.Pipeline;

namespace DocLint.Cli.Commands;

/// <summary>What the command line asked the lint command to do.</summary>
internal sealed record LintOptions(
    IReadOnlyList<string> Paths,
    string Format,
    string? OutputPath,
    bool WarningsAsErrors,
    DiagnosticSeverity MinimumSeverity,
    string? StdinFileName)
{
    /// <summary>--diff-base: report only findings on lines added or changed since this git revision.</summary>
    public string? DiffBase { get; init; }

    /// <summary>--min-score: documents scoring below it fail the run (exit 1).</summary>
    public int? MinScore { get; init; }

    /// <summary>--min-score-unrated: whether a document without claims can fail --min-score (by default it is not held to it).</summary>
    public UnratedScores Unrated { get; init; } = UnratedScores.Ignore;
    /// <summary>--max-file-size: overrides doclint_max_file_size.</summary>
    public long? MaxFileSize { get; init; }

    /// <summary>--time-budget: seconds one document may take.</summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary>--warnaserror:DL1001,DL2001: only these IDs' warnings become errors.</summary>
    public IReadOnlyList<string> WarningsAsErrorsIds { get; init; } = [];

    /// <summary>--nowarn DL1001,DL2001.</summary>
    public IReadOnlyList<string> NoWarnIds { get; init; } = [];

    /// <summary>--baseline FILE: report only findings the baseline does not accept.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>--include '*.txt': file-name patterns a folder or glob walk lints besides Markdown.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>--no-color: plain output even on a terminal.</summary>
    public bool NoColor { get; init; }

    /// <summary>--no-inline-suppressions: ignore doclint-disable comments.</summary>
    public bool NoInlineSuppressions { get; init; }

    /// <summary>--cache (with --cache-location): the folder that stores reports by content hash; null without --cache.</summary>
    public string? CacheLocation { get; init; }

    /// <summary>--cache-prune: after the run, delete the cache entries it did not use.</summary>
    public bool CachePrune { get; init; }
}
