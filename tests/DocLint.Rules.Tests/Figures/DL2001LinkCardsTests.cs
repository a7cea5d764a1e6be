using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// new46: The Hill's inline hover card (a lawmaker's name again, run into headlines of other pages, then "MORE") is page
/// furniture; its figures are another page's (LinkCards). The author's figures around it are still read.
/// </summary>
public sealed class DL2001LinkCardsTests
{
    [Theory]
    [InlineData("Liberals are holding their noses as Hillary Clinton Hillary Diane Rodham ClintonGiuliani consulted with Manafort on Ukraine info: report California political donor indicted for 2 overdose deaths at his home MORE campaigns.")]
    [InlineData("And Hillary Clinton Hillary Diane Rodham ClintonGiuliani consulted with Manafort on Ukraine info: report California political donor indicted for 2 overdose deaths at his home MORE\u2019s aides are gone.")]
    [InlineData("Secretary Chad WolfChad WolfHouse panel hears from 3 witnesses MORE spoke on Friday.")]
    public void Does_not_report_figures_in_a_hover_card(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // The author's figure beside the card is still the author's.
    [InlineData("Unemployment rose to {|DL2001:14 percent|} as Sen. Tom Cotton Thomas (Tom) Bryant CottonTrump signs 2 bills on tariffs MORE (R-Ark.) toured the state.")]
    // Guard: a joined word with no "MORE" after it is no card.
    [InlineData("Sen. Tom Cotton Thomas (Tom) Bryant CottonTrump signs {|DL2001:2|} bills on tariffs.")]
    public void Reports_figures_outside_a_hover_card(string markup) => Verify.VerifyMarkdown(markup);
}
