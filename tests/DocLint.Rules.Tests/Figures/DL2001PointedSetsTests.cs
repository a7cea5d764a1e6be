using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// "these" or "those" before a number points back at a set the story has already counted (figures56:
/// class-plural-demonstratives.txt; the gold leaves 60 of 65 such numbers unlabelled and labels 1): the number names
/// that set again. The same number after "the", or with no determiner, and any other figure in the sentence stay
/// reported.
/// </summary>
public sealed class DL2001PointedSetsTests
{
    [Theory]
    [InlineData("ThinkProgress reached out to those 27 companies and got responses from five.")]
    [InlineData("Those 17 are the other members of the team.")]
    [InlineData("Note that some of those 14 states limit full enjoyment of the freedom to state residents.")]
    [InlineData("Then the administration stopped those $600 checks.")]
    [InlineData("Subtract those 23 million barrels from the reserve's spare capacity.")]
    [InlineData("Older voters are more likely than those 18 to 29 to follow the race closely.")]
    public void Does_not_report_a_number_a_demonstrative_points_back_at(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("ThinkProgress reached out to {|DL2001:27|} companies and got responses from five.")]
    [InlineData("Of these 140,000 cases, {|DL2001:10,000|} are health care workers.")]
    [InlineData("Those 23 million barrels came on top of {|DL2001:55.5 million|} barrels sold last year.")]
    [InlineData("Turnout fell to {|DL2001:60 percent|} in those 14 states.")]
    public void Still_reports_a_new_figure(string markup) => Verify.VerifyMarkdown(markup);
}
