using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures51: what a named actor promised, vowed, pardoned or instructed is the content of that act, sourced by it as
/// "pledged" already was (official-acts.txt); an act does not reach the content of an unowned claim it concerns
/// (AttributionCover.ByAct).
/// </summary>
public sealed class DL2001CommitmentsAndOrdersTests
{
    [Theory]
    [InlineData("President Trump has promised to install 450 miles of new border wall by 2021.")]
    [InlineData("Bush promised to cut the top marginal tax rate to 28 percent and reduce the corporate income rate to 20 percent.")]
    [InlineData("Attorney General William Barr instructed the Federal Bureau of Prisons on Thursday to schedule executions of five death-row inmates.")]
    [InlineData("Trump pardoned three soldiers accused of war crimes.")]
    // An owned claim stays the actor's.
    [InlineData("Sarah Sanders issued a correction for her contention that three times as many jobs were created.")]
    public void Leaves_the_content_of_a_commitment_or_order(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("Attorney General Mandelblit instructed employees to investigate allegations that Netanyahu accepted {|DL2001:1 million euros|} from a fraudster.")]
    public void Reports_a_figure_the_act_does_not_reach(string markup) => Verify.VerifyMarkdown(markup);
}
