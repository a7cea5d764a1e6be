using DocLint.Diagnostics;
using DocLint.Prose;
using DocLint.Text;

namespace DocLint.Analysis;

/// <summary>The sentence an action looks at, its neighbours, the options, and where to report.</summary>
internal sealed class SentenceAnalysisContext
{
    private readonly Action<ReportedDiagnostic> _report;

    internal SentenceAnalysisContext(AnalyzedDocument document, Sentence sentence, AnalyzerOptions options, Action<ReportedDiagnostic> report, CancellationToken cancellationToken)
    {
        Document = document;
        Sentence = sentence;
        Options = options;
        _report = report;
        CancellationToken = cancellationToken;
    }

    public AnalyzedDocument Document { get; }

    public Sentence Sentence { get; }

    /// <summary>The sentence's grammar, computed once and shared by every rule that asks.</summary>
    public Grammar.SentenceGrammar Grammar => Document.Grammar(Sentence);

    public Sentence? Previous => Document.Previous(Sentence);

    public Sentence? Next => Document.Next(Sentence);

    public AnalyzerOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a finding on a span of the sentence's block prose.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan proseSpan, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        _report(new ReportedDiagnostic(descriptor, Sentence.Block, proseSpan, Document.ContextOf(Sentence), arguments));
    }
}
