using System.Collections.Immutable;
using DocLint.Diagnostics;
using DocLint.Reporting;

namespace DocLint.Cli.Output;

/// <summary>
/// Writes a streaming format while the run goes on: each document's entry as the runner hands it on (in path
/// order), after the input and configuration problems whose paths come first, so the output is the one the format
/// writes for the finished run. A configuration problem found only after a document that sorts after it was
/// written goes out at the end, still in order among the rest.
/// </summary>
internal sealed class StreamedOutput(
    IStreamingFormatter format,
    TextWriter writer,
    IReadOnlyList<Diagnostic> inputProblems,
    Func<IReadOnlyList<Diagnostic>> configurationProblems,
    DiagnosticSeverity minimumSeverity,
    ProgressLine? progress,
    bool sharesTheTerminal,
    IReadOnlySet<string>? sharedPaths = null)
{
    // The input and configuration problems already written; documents' findings are written once by construction,
    // and keeping them here kept every finding's texts alive to the end of the run.
    private readonly HashSet<Diagnostic> _written = new(ReferenceEqualityComparer.Instance);

    // Documents under a path that several inputs share (standard input named as one of the files), held until the
    // last of them is handed on: the whole-run output gives a path one entry.
    private readonly List<DocumentReport> _held = [];

    // Started by the first write, so a failure to write even the header is reported like any other.
    private IReportWriter? _output;

    /// <summary>The first write failure (a closed pipe, a full disk); after it nothing more is written.</summary>
    public IOException? Failure { get; private set; }

    /// <summary>
    /// Writes a document's entry and returns what the run keeps of it: the same report with each finding's texts
    /// (message, flagged text, sentence) and place, and its score's claims, dropped, since they are written and the
    /// end of the run only counts findings and prints scores. A long run's memory then holds counts, not every
    /// finding's sentence.
    /// </summary>
    public DocumentReport Write(DocumentReport document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_held.Count > 0 && _held[0].Path != document.Path)
        {
            SendHeld();
        }

        if (sharedPaths?.Contains(document.Path) == true)
        {
            _held.Add(document);
        }
        else
        {
            Send(Entries(document.Path, [document]));
        }

        progress?.Advance(document.Reported.Count(d => d.Severity >= minimumSeverity));
        return Written(document);
    }

    /// <summary>
    /// Writes the problems no document came after and the format's tail, flushes the writer, and takes the progress
    /// line away.
    /// </summary>
    public void Finish()
    {
        SendHeld();
        Send(Entries(Problems(_ => true), null, []));
        if (Failure is null)
        {
            try
            {
                (_output ??= format.Start(writer, minimumSeverity)).Finish();
                writer.Flush();
            }
            catch (IOException exception)
            {
                Failure = exception;
            }
        }

        progress?.Clear();
    }

    /// <summary>
    /// Pushes what was written on to the writer's destination (buffered standard output), so findings appear while
    /// the run goes on; the runner calls it when no further document is ready, not after every document.
    /// </summary>
    public void Flush()
    {
        if (_output is null || Failure is not null)
        {
            return;
        }

        try
        {
            writer.Flush();
        }
        catch (IOException exception)
        {
            Failure = exception;
        }
    }

    // The score's claims and sections serve only the JSON and HTML reports, which have written them by now (or never
    // stream): the summary line reads the score's tally.
    private static DocumentReport Written(DocumentReport document) => document with
    {
        Diagnostics = Counted(document),
        Score = document.Score is { } score ? score with { Claims = [], Sections = [] } : null,
    };

    // One entry per finding still, for the counts, the gate and the exit code, but the entries of one rule, severity
    // and suppression share one object placed on the whole file: a few objects a document instead of two a finding.
    private static ImmutableArray<Diagnostic> Counted(DocumentReport document)
    {
        var location = Location.ForFile(document.Path);
        var shared = new Dictionary<(DiagnosticDescriptor, DiagnosticSeverity, Suppression?), Diagnostic>(SharedKeyComparer.Instance);
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

    // A descriptor is a record, so the default key hashed and compared its id, title, category, message format and
    // help text for every finding (0.8% of a plain-text run's samples). The rules hand out one descriptor object per
    // rule, so the key takes it by reference: equal descriptors that are distinct objects (none today) would only
    // keep an entry each, the same counts. A suppression is rare and compared by value, as before.
    private sealed class SharedKeyComparer : IEqualityComparer<(DiagnosticDescriptor Descriptor, DiagnosticSeverity Severity, Suppression? Suppression)>
    {
        public static readonly SharedKeyComparer Instance = new();

        public bool Equals((DiagnosticDescriptor Descriptor, DiagnosticSeverity Severity, Suppression? Suppression) x, (DiagnosticDescriptor Descriptor, DiagnosticSeverity Severity, Suppression? Suppression) y) =>
            ReferenceEquals(x.Descriptor, y.Descriptor) && x.Severity == y.Severity && Equals(x.Suppression, y.Suppression);

        public int GetHashCode((DiagnosticDescriptor Descriptor, DiagnosticSeverity Severity, Suppression? Suppression) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Descriptor), key.Severity, key.Suppression);
    }

    // The documents at one path, after the problems due by then: those at paths before it are entries of their own,
    // those at its path join its entry.
    private List<ReportEntry> Entries(string path, ImmutableArray<DocumentReport> documents) =>
        Entries(Problems(p => string.CompareOrdinal(p.Location.Path, path) <= 0), path, documents);

    private static List<ReportEntry> Entries(List<Diagnostic> problems, string? path, ImmutableArray<DocumentReport> documents)
    {
        var entries = problems
            .GroupBy(p => p.Location.Path, StringComparer.Ordinal)
            .Where(g => documents.IsEmpty || g.Key != path)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportEntry(g.Key, [], [.. g]))
            .ToList();
        if (!documents.IsEmpty)
        {
            entries.Add(new ReportEntry(path!, documents, [.. problems.Where(p => p.Location.Path == path)]));
        }

        return entries;
    }

    private void SendHeld()
    {
        if (_held.Count > 0)
        {
            Send(Entries(_held[0].Path, [.. _held]));
            _held.Clear();
        }
    }

    private List<Diagnostic> Problems(Func<Diagnostic, bool> due)
    {
        var problems = inputProblems.Concat(configurationProblems()).Where(p => !_written.Contains(p) && due(p)).ToList();
        _written.UnionWith(problems);
        return problems;
    }

    private void Send(List<ReportEntry> entries)
    {
        if (entries.Count == 0 || Failure is not null)
        {
            return;
        }

        // On a terminal the progress line would end up inside the output: it is erased first and redrawn later.
        if (sharesTheTerminal && entries.Any(e => e.Problems.Concat(e.Documents.SelectMany(d => d.Reported)).Any(d => d.Severity >= minimumSeverity)))
        {
            progress?.Clear();
        }

        try
        {
            _output ??= format.Start(writer, minimumSeverity);
            foreach (var entry in entries)
            {
                _output.Write(entry);
            }
        }
        catch (IOException exception)
        {
            Failure = exception;
        }
    }
}
