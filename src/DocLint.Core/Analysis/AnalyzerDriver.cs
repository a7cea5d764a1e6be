using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DocLint.Diagnostics;
using DocLint.Documents;

namespace DocLint.Analysis;

/// <summary>
/// Runs every analyzer's actions over a document, checks each report (a supported descriptor, a span
/// inside the block), maps it to the file, and turns an analyzer's exception into DL0001.
/// </summary>
internal sealed class AnalyzerDriver
{
    private readonly ImmutableArray<Registration> _registrations;

    public AnalyzerDriver(IEnumerable<ProseAnalyzer> analyzers)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        _registrations = analyzers.Select(Register).ToImmutableArray();
        Descriptors = _registrations.SelectMany(r => r.Analyzer.SupportedDiagnostics).ToImmutableArray();
    }

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    public ImmutableArray<Diagnostic> Analyze(ProseDocument document, AnalyzerOptions options, CancellationToken cancellationToken = default) =>
        Analyze(new AnalyzedDocument(document), options, cancellationToken);

    public ImmutableArray<Diagnostic> Analyze(AnalyzedDocument analyzed, AnalyzerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        var document = analyzed.Document;
        var diagnostics = new List<Diagnostic>();
        var messages = new MessageCache();
        // One list, one delegate and one context per sentence for the whole document, shared by every analyzer in
        // turn (the list is emptied before each): a context per sentence per analyzer was most of the driver's garbage.
        var reported = new List<ReportedDiagnostic>();
        var report = new Action<ReportedDiagnostic>(reported.Add);
        var contexts = new SentenceContexts(analyzed, options, report, cancellationToken);
        foreach (var registration in _registrations)
        {
            reported.Clear();
            try
            {
                Run(registration, analyzed, options, report, contexts, cancellationToken);
                foreach (var finding in reported)
                {
                    diagnostics.Add(ToDiagnostic(registration, document, finding, messages));
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var name = registration.Analyzer.GetType().Name;
                diagnostics.Add(Diagnostic.ForFile(
                    InfrastructureDescriptors.AnalyzerFailed,
                    document.Path,
                    InfrastructureDescriptors.AnalyzerFailed.FormatMessage([name, exception.Message])));
            }
        }

        return Sort(diagnostics);
    }

    /// <summary>
    /// Findings in document order: by start, end, rule ID and message, and in reporting order where all four are equal
    /// (what a stable sort keeps). One array sort instead of four chained LINQ orderings per document.
    /// </summary>
    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var sorted = diagnostics.ToArray();
        if (sorted.Length < 2)
        {
            return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
        }

        var order = new int[sorted.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => Compare(sorted[a], sorted[b]) is var byKey and not 0 ? byKey : a.CompareTo(b));
        var result = new Diagnostic[sorted.Length];
        for (var i = 0; i < order.Length; i++)
        {
            result[i] = sorted[order[i]];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    private static int Compare(Diagnostic x, Diagnostic y)
    {
        var byStart = x.Location.SourceSpan.Start.CompareTo(y.Location.SourceSpan.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = x.Location.SourceSpan.End.CompareTo(y.Location.SourceSpan.End);
        if (byEnd != 0)
        {
            return byEnd;
        }

        var byId = string.CompareOrdinal(x.Id, y.Id);
        return byId != 0 ? byId : string.CompareOrdinal(x.Message, y.Message);
    }

    private static void Run(Registration registration, AnalyzedDocument document, AnalyzerOptions options, Action<ReportedDiagnostic> report, SentenceContexts contexts, CancellationToken cancellationToken)
    {
        foreach (var action in registration.DocumentActions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            action(new DocumentAnalysisContext(document, options, report, cancellationToken));
        }

        if (registration.SentenceActions.IsEmpty)
        {
            return;
        }

        var sentences = document.Sentences;
        for (var i = 0; i < sentences.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = contexts.At(i);
            foreach (var action in registration.SentenceActions)
            {
                action(context);
            }
        }
    }

    private static Diagnostic ToDiagnostic(Registration registration, ProseDocument document, ReportedDiagnostic report, MessageCache messages)
    {
        if (!registration.Analyzer.SupportedDiagnostics.Contains(report.Descriptor))
        {
            throw new InvalidOperationException($"reported {report.Descriptor.Id}, which it does not declare in SupportedDiagnostics");
        }

        if (report.ProseSpan.IsEmpty || report.ProseSpan.End > report.Block.Text.Length)
        {
            throw new InvalidOperationException($"reported {report.Descriptor.Id} at {report.ProseSpan}, outside its block of length {report.Block.Text.Length}");
        }

        var sourceSpan = report.Block.MapToSource(report.ProseSpan);
        var location = new Location(document.Path, sourceSpan, document.Source.GetLinePositionSpan(sourceSpan));
        var flaggedText = report.Block.Text.AsSpan(report.ProseSpan.Start, report.ProseSpan.Length);
        // A finding on a whole sentence (a claim) flags its context: one string for both.
        var flagged = flaggedText.SequenceEqual(report.Context) ? report.Context : flaggedText.ToString();
        return new Diagnostic(
            report.Descriptor,
            report.Descriptor.DefaultSeverity,
            location,
            messages.Format(report.Descriptor, report.Arguments),
            flagged,
            report.Context);
    }

    private static Registration Register(ProseAnalyzer analyzer)
    {
        var context = new AnalysisContext();
        analyzer.Initialize(context);
        return new Registration(analyzer, [.. context.DocumentActions], [.. context.SentenceActions]);
    }

    // The actions copied into arrays once: walked per sentence through IReadOnlyList, each walk boxed the list's
    // enumerator (one object per sentence per analyzer).
    private sealed record Registration(
        ProseAnalyzer Analyzer,
        ImmutableArray<Action<DocumentAnalysisContext>> DocumentActions,
        ImmutableArray<Action<SentenceAnalysisContext>> SentenceActions);

    /// <summary>Each sentence's context, made when the first analyzer with sentence actions reaches it and reused by the rest.</summary>
    private sealed class SentenceContexts(AnalyzedDocument document, AnalyzerOptions options, Action<ReportedDiagnostic> report, CancellationToken cancellationToken)
    {
        private readonly SentenceAnalysisContext?[] _contexts = new SentenceAnalysisContext?[document.Sentences.Length];

        public SentenceAnalysisContext At(int ordinal) =>
            _contexts[ordinal] ??= new SentenceAnalysisContext(document, document.Sentences[ordinal], options, report, cancellationToken);
    }
}
