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

    /// <summary>
    /// Reports a finding on the sentence's tokens <paramref name="start"/> to <paramref name="end"/> (exclusive), with
    /// the prose they cover as the message's one argument: what the phrase rules report.
    /// </summary>
    public void ReportTokens(DiagnosticDescriptor descriptor, int start, int end)
    {
        var tokens = Sentence.Tokens;
        var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
        Report(descriptor, span, Sentence.Block.Text.Substring(span.Start, span.Length));
    }
}
