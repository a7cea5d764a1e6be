using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

// A number that closes a campaign's name ("the Fight for $15") names it and counts nothing (quote49).
public sealed class DL2001FigureNamesTests
{
    [Theory]
    [InlineData("People of color dominate the activism around Moral Mondays and the Fight for $15, which makes perfect sense.")]
    [InlineData("Antonio Cathey is a Memphis activist and organizer with Fight for $15.")]
    [InlineData("The protesters marched during a Fight for $15 action on Nov. 29, 2016.")]
    // The name with a bare number (rev48).
    [InlineData("We need to expand the Fight for 15 and a Union movement, have more workers join.")]
    public void Leaves_a_figure_that_closes_a_name(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // The same words with no capital are no name, and a sum asked for is a figure.
    [InlineData("The workers will fight for {|DL2001:$15|} an hour.")]
    [InlineData("The workers will fight for {|DL2001:15|} more days.")]
    [InlineData("The city sued the company for {|DL2001:$15 million|} in damages.")]
    public void Reports_a_sum_that_is_no_name(string markup) => Verify.VerifyMarkdown(markup);
}
