using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Hedging.EpistemicModalAnalyzer>;

namespace DocLint.Rules.Tests.Hedging;

/// <summary>
/// DL1002 on hypotheticals (HypotheticalReader): a modal in a condition supposes and is not reported; one in the
/// consequent, or in a stated option, is the author's forecast as often as not in the gold, and stays reported.
/// </summary>
public sealed class DL1002HypotheticalsTests
{
    [Theory]
    [InlineData("Indeed, if some voters believed that President Trump might start moderating his tone, this budget should end that.")]
    [InlineData("If you're a Republican who has been clinging to the wan hope that Donald Trump might somehow develop, the debate was your moment.")]
    [InlineData("Suppose we could capture and quantify three streams in particular.")]
    [InlineData("Kasich said he would run, but only if he's entering a primary he could win.")]
    public void Does_not_report_a_modal_in_a_condition(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("If Democrats retain control of the House, the collisions [|could|] come in bunches.")]
    [InlineData("If it reaches America's shores the resulting panic [|could|] overwhelm the health care system.")]
    [InlineData("However, if McIntyre could establish liability he [|could|] perhaps obtain an injunction.")]
    [InlineData("If that is to be believed then the strife [|may|] be less of an impact.")]
    [InlineData("For example, the White House [|could|] reduce federal royalties for oil.")]
    public void Reports_a_consequent_s_or_an_option_s_modal(string markup) => Verify.VerifyMarkdown(markup);
}
