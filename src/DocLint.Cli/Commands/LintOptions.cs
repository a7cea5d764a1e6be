using DocLint.Diagnostics;

namespace DocLint.Cli.Commands;

/// <summary>What the command line asked the lint command to do.</summary>
public sealed record LintOptions(
    IReadOnlyList<string> Paths,
    string Format,
    string? OutputPath,
    bool WarningsAsErrors,
    DiagnosticSeverity MinimumSeverity,
    string? StdinFileName)
{
    /// <summary>--min-score: documents scoring below it fail the run (exit 1).</summary>
    public int? MinScore { get; init; }
}
