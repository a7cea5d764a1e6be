using System.Collections.Immutable;
using DocLint.Diagnostics;
using DocLint.Reporting;

namespace DocLint.Cli.Output;

/// <summary>Everything a run produced: per-document reports and problems with the inputs themselves.</summary>
public sealed record LintResult(ImmutableArray<DocumentReport> Documents, ImmutableArray<Diagnostic> InputProblems, DiagnosticSeverity MinimumSeverity)
{
    /// <summary>DL0002 problems in .editorconfig files, once each; warnings that never stop the run.</summary>
    public ImmutableArray<Diagnostic> ConfigurationProblems { get; init; } = [];

    /// <summary>Every diagnostic to print, in file then position order, below-threshold ones left out.</summary>
    public IEnumerable<Diagnostic> Visible =>
        InputProblems.Concat(ConfigurationProblems).Concat(Documents.SelectMany(d => d.Reported))
            .Where(d => d.Severity >= MinimumSeverity)
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal);

    public bool HasInputErrors =>
        !InputProblems.IsEmpty || Documents.Any(d => !d.WasLinted);

    /// <summary>An error-severity finding in a linted document (input failures are counted by <see cref="HasInputErrors"/>).</summary>
    public bool HasErrors =>
        Documents.Where(d => d.WasLinted).SelectMany(d => d.Reported).Any(d => d.Severity == DiagnosticSeverity.Error);
}
