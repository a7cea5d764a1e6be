using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Reporting;
using DocLint.Rules;

namespace DocLint.Reliability;

/// <summary>
/// What must hold for any input whatever: linting returns (no exception), every located finding has a non-empty
/// span inside the document whose line and column agree with its offset, and the same bytes give the same
/// findings. Shared by the property tests and the fuzz harness (tools/fuzz), so both check the same promises.
/// </summary>
public sealed class LintInvariants
{
    private readonly LintEngine _engine = new(BuiltInAnalyzers.Create());

    /// <summary>Lints the bytes under the given name and returns the first broken promise, or null.</summary>
    public (DocumentReport Report, string? Violation) Check(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var report = _engine.Lint(path, bytes, DocumentSettings.Default);
        return (report, FindViolation(report, bytes));
    }

    /// <summary>A finding as users see it, without the offset, which line endings change.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Location.IsWholeFile
            ? $"{diagnostic.Id} {diagnostic.Message}"
            : $"{diagnostic.Id} {diagnostic.Location.LineSpan.Start.Line}:{diagnostic.Location.LineSpan.Start.Character}-{diagnostic.Location.LineSpan.End.Line}:{diagnostic.Location.LineSpan.End.Character} {diagnostic.FlaggedText} {diagnostic.Message}";
    }

    private string? FindViolation(DocumentReport report, byte[] bytes)
    {
        var text = Documents.DocumentLoader.Load(report.Path, bytes).Document?.Source;
        foreach (var diagnostic in report.Diagnostics.Where(d => !d.Location.IsWholeFile))
        {
            var span = diagnostic.Location.SourceSpan;
            if (text is null)
            {
                return $"{diagnostic.Id} has a span but the document did not load";
            }

            if (span.Length <= 0 || span.Start < 0 || span.End > text.Length)
            {
                return $"{diagnostic.Id} span {span.Start}..{span.End} outside a document of {text.Length} characters or empty";
            }

            if (text.GetLinePositionSpan(span) != diagnostic.Location.LineSpan)
            {
                return $"{diagnostic.Id} line span disagrees with its offset {span.Start}";
            }
        }

        var again = _engine.Lint(report.Path, bytes, DocumentSettings.Default);
        return again.Diagnostics.Select(Describe).SequenceEqual(report.Diagnostics.Select(Describe)) ? null : "a second run gave different findings";
    }
}
