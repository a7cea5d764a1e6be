using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// A sentence in the register of speech, or beside one in its paragraph, is a transcript turn's whose label the window
/// does not show, and its figures are the speaker's (turns46; SpokenRegister, SentenceSemantics.IsSpoken): a spaced en
/// dash sets a marker off as an em dash does. A marker two sentences away or in another paragraph, or one without a
/// first- or second-person word besides it, leaves the author's figure.
/// </summary>
public sealed class DL2001SpokenRegisterTests
{
    [Theory]
    [InlineData("We are going to kill 20 of them this year, but \u2013 you know, enjoy them while they last.")]
    [InlineData("And, you know, what we believe, as gun owners, is simple. We don't own 33 weapons.")]
    [InlineData("The state lost 300 jobs. I mean, you could see it coming, right?")]
    public void Leaves_figures_in_or_beside_a_sentence_of_speech(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("And, you know, we lost. Then it rained. The state lost {|DL2001:300|} jobs.")]
    [InlineData("And, you know, we lost.\n\nThe state lost {|DL2001:300|} jobs.")]
    [InlineData("The state lost {|DL2001:300|} jobs and, you know, the boxes.")]
    [InlineData("The state lost {|DL2001:300|} jobs in 1990\u20132000.")]
    public void Reports_figures_away_from_a_sentence_of_speech(string markup) => Verify.VerifyMarkdown(markup);
}
