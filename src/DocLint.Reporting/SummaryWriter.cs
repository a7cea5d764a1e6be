using DocLint.Diagnostics;
using DocLint.Pipeline;
using Humanizer;

namespace DocLint.Reporting;

/// <summary>The short human summary after the findings: each document's score, then the totals by severity and by family, last.</summary>
internal sealed class SummaryWriter(TerminalStyle? style = null)
{
    private readonly TerminalStyle _style = style ?? TerminalStyle.Plain;

    /// <summary>
    /// Has Humanizer build its word list now, on the thread pool: its first plural builds the whole English vocabulary
    /// (about a hundred regular expressions, a few milliseconds and their garbage). Started while the files are linted,
    /// on the other core, it is ready when the summary is written instead of holding it up at the end of the run.
    /// </summary>
    public static Task PrepareAsync() => Task.Run(() => "file".ToQuantity(2));

    public void Write(LintRun result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        // Counted in one walk, unsorted: the totals need no order.
        var severities = new Dictionary<DiagnosticSeverity, int>();
        var categories = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in result.VisibleInAnyOrder)
        {
            severities[diagnostic.Severity] = severities.GetValueOrDefault(diagnostic.Severity) + 1;
            categories[diagnostic.Descriptor.Category] = categories.GetValueOrDefault(diagnostic.Descriptor.Category) + 1;
        }

        var linted = result.Documents.Count(d => d.WasLinted);
        var bySeverity = new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info }
            .Select(s => (Severity: s, Count: severities.GetValueOrDefault(s)))
            .Where(p => p.Count > 0)
            .Select(p => _style.Severity(p.Severity, MsBuildFormatter.SeverityWord(p.Severity).ToQuantity(p.Count)))
            .ToList();
        var families = RuleCategories.All
            .Where(c => c != RuleCategories.Infrastructure)
            .Select(c => (Category: c, Count: categories.GetValueOrDefault(c)))
            .Where(p => p.Count > 0)
            .Select(p => $"{p.Category.ToLowerInvariant()} {p.Count}")
            .ToList();

        writer.Write('\n');
        foreach (var document in result.Documents.Where(d => d.Score is not null))
        {
            writer.Write(ScoreLines.Summary(document) + "\n");
        }

        if (ScoreLines.GateSkippedNote(result) is { } note)
        {
            writer.Write(note + "\n");
        }

        var failed = result.Documents.Count(d => !d.WasLinted) + result.InputProblems.Length;
        if (failed > 0)
        {
            writer.Write($"{"input".ToQuantity(failed)} could not be linted.\n");
        }

        // The totals close the output, as dotnet build's do: the last line is the one a reader sees.
        var findings = bySeverity.Count == 0 ? "no findings" : string.Join(", ", bySeverity);
        var byFamily = families.Count == 0 ? string.Empty : $" ({string.Join(", ", families)})";
        writer.Write($"{"file".ToQuantity(linted)} linted: {findings}{byFamily}.\n");
    }
}
