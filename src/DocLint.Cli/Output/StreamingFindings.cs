using DocLint.Diagnostics;
using DocLint.Reporting;

namespace DocLint.Cli.Output;

/// <summary>
/// Writes the one-line-per-finding format while the run goes on: each document's visible findings as the runner
/// hands it on (in path order), merged with the input and configuration problems whose paths come first, so the
/// output is the same as <see cref="MsBuildFormatter"/> writes for the finished run. A configuration problem found
/// only after a document that sorts after it was written goes out at the end, still in order among the rest.
/// </summary>
internal sealed class StreamingFindings(
    TextWriter writer,
    IReadOnlyList<Diagnostic> inputProblems,
    Func<IReadOnlyList<Diagnostic>> configurationProblems,
    DiagnosticSeverity minimumSeverity,
    ProgressLine? progress,
    TerminalStyle style)
{
    // The input and configuration problems already written; documents' findings are written once by construction,
    // and keeping them here kept every finding's texts alive to the end of the run.
    private readonly HashSet<Diagnostic> _written = new(ReferenceEqualityComparer.Instance);

    /// <summary>The first write failure (a closed pipe, a full disk); after it nothing more is written.</summary>
    public IOException? Failure { get; private set; }

    /// <summary>
    /// Writes a document's findings and returns what the run keeps of it: the same report with each finding's
    /// texts (message, flagged text, sentence) and place, and its score's claims, dropped, since they are written and
    /// the end of the run only counts findings and prints scores. A long run's memory then holds counts, not every
    /// finding's sentence.
    /// </summary>
    public DocumentReport Write(DocumentReport document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var findings = document.Reported.Where(d => d.Severity >= minimumSeverity).ToList();
        var problems = Problems(p => string.CompareOrdinal(p.Location.Path, document.Path) <= 0);
        WriteLines(problems.Concat(findings));
        _written.UnionWith(problems);
        progress?.Advance(findings.Count);
        // The score's claims and sections serve only the JSON and HTML reports, which never stream: the summary
        // line reads the score's tally.
        return document with
        {
            Diagnostics = Counted(document),
            Score = document.Score is { } score ? score with { Claims = [], Sections = [] } : null,
        };
    }

    // One entry per finding still, for the counts, the gate and the exit code, but the entries of one rule, severity
    // and suppression share one object placed on the whole file: a few objects a document instead of two a finding.
    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Counted(DocumentReport document)
    {
        var location = Location.ForFile(document.Path);
        var shared = new Dictionary<(DiagnosticDescriptor, DiagnosticSeverity, Suppression?), Diagnostic>();
        return [.. document.Diagnostics.Select(d =>
        {
            var key = (d.Descriptor, d.Severity, d.Suppression);
            if (!shared.TryGetValue(key, out var kept))
            {
                kept = d with { Location = location, Message = string.Empty, FlaggedText = string.Empty, Context = string.Empty };
                shared[key] = kept;
            }

            return kept;
        })];
    }

    /// <summary>Writes the problems no document came after, and takes the progress line away.</summary>
    public void Finish()
    {
        var problems = Problems(_ => true);
        WriteLines(problems);
        _written.UnionWith(problems);
        progress?.Clear();
    }

    private List<Diagnostic> Problems(Func<Diagnostic, bool> due) =>
        [.. inputProblems.Concat(configurationProblems()).Where(p => p.Severity >= minimumSeverity && !_written.Contains(p) && due(p))];

    private void WriteLines(IEnumerable<Diagnostic> diagnostics)
    {
        // The same order as LintRun.Visible: a stable sort of problems then findings.
        var ordered = diagnostics
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        if (ordered.Count == 0 || Failure is not null)
        {
            return;
        }

        progress?.Clear();
        try
        {
            foreach (var diagnostic in ordered)
            {
                writer.Write(MsBuildFormatter.FormatLine(diagnostic, style));
                writer.Write('\n');
            }

            writer.Flush();
        }
        catch (IOException exception)
        {
            Failure = exception;
        }
    }
}
