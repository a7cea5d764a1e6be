using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// sources69: a count straight before a qualified source ("five sources familiar with the plans") numbers unnamed
/// insiders, in frames the attribution reader takes no speech from ("interviews with", "per", "took issue", "one of the
/// three … said"); the gold labels the phrase a source and never the count a figure.
/// </summary>
public sealed class DL2001QualifiedSourceCountsTests
{
    [Theory]
    // fresh24, fresh41, tune43, fresh20, fresh24 (verbatim or trimmed).
    [InlineData("The descriptions of the Trump team's preparations are based on interviews with five sources familiar with the plans.")]
    [InlineData("Two sources close to Pompeo took issue with Giuliani's characterization of their communication.")]
    [InlineData("Top Trump administration officials are in discussions to reassign Victoria Coates to the Department of Energy, per two sources familiar with the planning.")]
    [InlineData("The U.S. has also gathered evidence from its own cyberspying, one of the three people familiar with the operations said.")]
    [InlineData("Two people with knowledge of the White House task force discussions said that they had not seen the draft government report.")]
    public void Does_not_report_the_count_of_a_qualified_source(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // The nearest forms stay figures: a count of people with no qualifier (fresh15), a count of sources that are no
    // people (fresh39, tune36).
    [InlineData("Trump had {|DL2001:three|} top officials come out and declare the disclosure story false.")]
    [InlineData("Take the Left's loathing of Trump that arises from {|DL2001:three|} sources.")]
    [InlineData("Facebook relies heavily on just {|DL2001:10|} news sources to determine whether a story has authority.")]
    public void Reports_a_count_that_heads_no_qualified_source(string markup) => Verify.VerifyMarkdown(markup);
}
