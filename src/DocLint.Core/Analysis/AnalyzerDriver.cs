using System.Collections.Immutable;
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
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var messages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var registration in _registrations)
        {
            var reported = new List<ReportedDiagnostic>();
            try
            {
                Run(registration, analyzed, options, reported.Add, cancellationToken);
                foreach (var report in reported)
                {
                    diagnostics.Add(ToDiagnostic(registration, document, report, messages));
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

    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToImmutableArray();

    private static void Run(Registration registration, AnalyzedDocument document, AnalyzerOptions options, Action<ReportedDiagnostic> report, CancellationToken cancellationToken)
    {
        foreach (var action in registration.Context.DocumentActions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            action(new DocumentAnalysisContext(document, options, report, cancellationToken));
        }

        if (registration.Context.SentenceActions.Count == 0)
        {
            return;
        }

        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = new SentenceAnalysisContext(document, sentence, options, report, cancellationToken);
            foreach (var action in registration.Context.SentenceActions)
            {
                action(context);
            }
        }
    }

    /// <param name="messages">The document's messages so far: most findings repeat one ("no source in its paragraph"), and a
    /// long document's findings then share a string per distinct message instead of holding one each.</param>
    private static Diagnostic ToDiagnostic(Registration registration, ProseDocument document, ReportedDiagnostic report, HashSet<string> messages)
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
        var message = report.Descriptor.FormatMessage(report.Arguments);
        if (messages.TryGetValue(message, out var shared))
        {
            message = shared;
        }
        else
        {
            messages.Add(message);
        }

        return new Diagnostic(
            report.Descriptor,
            report.Descriptor.DefaultSeverity,
            location,
            message,
            flagged,
            report.Context);
    }

    private static Registration Register(ProseAnalyzer analyzer)
    {
        var context = new AnalysisContext();
        analyzer.Initialize(context);
        return new Registration(analyzer, context);
    }

    private sealed record Registration(ProseAnalyzer Analyzer, AnalysisContext Context);
}
