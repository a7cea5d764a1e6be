using DocLint.Diagnostics;
using DocLint.Prose;
using DocLint.Text;

namespace DocLint.Analysis;

/// <summary>The whole document, for rules that look across sentences.</summary>
internal sealed class DocumentAnalysisContext
{
    private readonly Action<ReportedDiagnostic> _report;

    internal DocumentAnalysisContext(AnalyzedDocument document, AnalyzerOptions options, Action<ReportedDiagnostic> report, CancellationToken cancellationToken)
    {
        Document = document;
        Options = options;
        _report = report;
        CancellationToken = cancellationToken;
    }

    public AnalyzedDocument Document { get; }

    public AnalyzerOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public void Report(DiagnosticDescriptor descriptor, Sentence sentence, TextSpan proseSpan, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(sentence);
        _report(new ReportedDiagnostic(descriptor, sentence.Block, proseSpan, Document.ContextOf(sentence), arguments));
    }
}
