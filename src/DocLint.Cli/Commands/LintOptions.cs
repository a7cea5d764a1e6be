using DocLint.Diagnostics;

namespace DocLint.Cli.Commands;

/// <summary>What the command line asked the lint command to do.</summary>
public sealed record LintOptions(
    IReadOnlyList<string> Paths,
    string Format,
    string? OutputPath,
    bool WarningsAsErrors,
    DiagnosticSeverity MinimumSeverity,
    string? StdinFileName);
