using VerifyVague = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Sources.VagueSourceAnalyzer>;
using VerifyImpersonal = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Sources.ImpersonalAttributionAnalyzer>;

namespace DocLint.Rules.Tests.Sources;

/// <summary>
/// new46: a source inside The Hill's inline hover card heads another page's headline ("Black lawmakers condemn",
/// "fume over reports of"); it is page furniture, not the author's source (LinkCards). Sources outside the card are read.
/// </summary>
public sealed class LinkCardSourceTests
{
    [Theory]
    [InlineData("At least two House Democrats, Reps. John Lewis John LewisBlack lawmakers condemn Trump's remarks MORE (Ga.) and Hank Johnson, won't attend.")]
    public void DL3001_does_not_report_a_source_in_a_hover_card(string text) => VerifyVague.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("[|Critics say|] Rep. John Lewis John LewisDemocrats ramp up oversight efforts MORE (Ga.) was wrong.")]
    // Guard: a joined word with no "MORE" after it is no card.
    [InlineData("[|Sen. Mitch McConnellGOP aides said|] nothing.")]
    public void DL3001_reports_a_source_outside_a_hover_card(string markup) => VerifyVague.VerifyMarkdown(markup);

    [Theory]
    [InlineData("The previous DNC regime, led by Rep. Debbie Wasserman Schultz Deborah (Debbie) Wasserman SchultzIowa debacle deepens division Appropriators fume over reports of overspending MORE (D-Fla.), was broke.")]
    public void DL3002_does_not_report_a_passive_in_a_hover_card(string text) => VerifyImpersonal.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("[|Reports of|] overspending angered Rep. Debbie Wasserman Schultz Deborah (Debbie) Wasserman SchultzIowa debacle deepens division MORE (D-Fla.).")]
    // Guard: the same headline with no "MORE" after it is no card.
    [InlineData("The previous DNC regime, led by Rep. Debbie Wasserman SchultzIowa, fumed over [|reports of|] overspending.")]
    public void DL3002_reports_a_passive_outside_a_hover_card(string markup) => VerifyImpersonal.VerifyMarkdown(markup);
}
