using DocLint.Pipeline;

namespace DocLint.Reporting.Html;

/// <summary>
/// One self-contained HTML page for editors: every document's text with its findings highlighted by family, the
/// message and rule page on hover, the score with its reasons, and an index of documents worst score first.
/// Inline CSS only: no script, no external asset, so the file can be mailed or archived as a CI artifact.
/// </summary>
internal sealed class HtmlFormatter : IResultFormatter
{
    public string Name => "html";

    /// <summary>The page is the whole output; the human summary would make it invalid HTML on stdout.</summary>
    public bool WantsSummary => false;

    /// <summary>Without the documents' texts the page lists the findings but cannot show them in place.</summary>
    public void Write(LintRun result, TextWriter writer) => Write(result, new DocumentTexts(), writer);

    public void Write(LintRun result, DocumentTexts texts, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(writer);
        new HtmlReportWriter(result, texts, writer).Write();
    }
}
