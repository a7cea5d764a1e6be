using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures45: a document that closes the sentence after a comma with a singular noun-verb ("…, ICE data shows.", "…, the
/// Post poll finds.") is the figure's source, as "…, ICE data show." already was; the verb straight after the document
/// noun had been read as a plural noun (ReportingVerbReader.ClosesAfterDocument).
/// </summary>
public sealed class DL2001ClosingDocumentsTests
{
    [Theory]
    [InlineData("There have been 30 confirmed cases among the agency's employees, including 13 at one facility, ICE data shows.")]
    [InlineData("Farmers are struggling, with 44% of producers unable to cover their bills, an Iowa State University report shows.")]
    [InlineData("Only 35 percent of Americans approve of his handling of the protests, the Post poll finds.")]
    public void Leaves_a_figure_a_named_closing_document_shows(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // An unnamed document is a vague source, no longer none.
    [InlineData("Within days, households spent about a {|DL2002:third|} of the money, research shows.")]
    // No document before the noun: "shows" stays the plural noun.
    [InlineData("{|DL2001:Around 5 million|} people watch each night, more than the cable news shows.")]
    [InlineData("The state held {|DL2001:40|} gun shows.")]
    public void Still_reports_a_figure_no_named_document_shows(string markup) => Verify.VerifyMarkdown(markup);
}
