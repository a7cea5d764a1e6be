using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// A spelled poll or vote margin below ten is a figure, as "a 7-point swing" and "a 4-to-1 margin" are (figures53:
/// class-margin-heads.txt): "N-point" before a margin's head, "N-to-N" before one or after "by". A scale or a plan's
/// points, a range of years and a named poll's margin stay unflagged.
/// </summary>
public sealed class DL2001SpelledMarginTests
{
    [Theory]
    [InlineData("That's a {|DL2001:seven-point|} swing in Trump's favor.")]
    [InlineData("The 1996 election produced a {|DL2001:one-point|} race in the county.")]
    [InlineData("Sanders secured an impressive, {|DL2001:two-to-one|} victory over his opponents in the Nevada caucuses.")]
    [InlineData("Voters in the county backed the change by {|DL2001:nearly two-to-one|}.")]
    // A ratio of number words passes the spelled-word filter only as a margin (FigureFinder.ReadSpelledMargin, the one
    // parse the filter and the margin check share); "ten-point" is no margin below ten but still a number word's figure.
    [InlineData("Voters in the county backed the change by {|DL2001:ten-to-one|}.")]
    [InlineData("That's a {|DL2001:ten-point|} swing in Trump's favor.")]
    public void Reports_a_spelled_margin(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("Doctors score each patient on a five-point scale.")]
    [InlineData("The governor unveiled a three-point plan on Monday.")]
    [InlineData("The repairs will take two-to-three years.")]
    [InlineData("A new Quinnipiac poll shows Smith with a seven-point lead over Jones.")]
    public void Does_not_report_a_scale_a_range_or_a_named_polls_margin(string text) => Verify.VerifyNoDiagnostics(text);
}
