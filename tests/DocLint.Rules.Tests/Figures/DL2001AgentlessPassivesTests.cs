using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures47: a report verb in an agentless passive ("have been reported", "has been estimated", "is believed to") names
/// no one who reported the figure, so it is no named source (AgentlessPassives): the figure is DL2001, or DL2002 where
/// the passive is an impersonal attribution.
/// </summary>
public sealed class DL2001AgentlessPassivesTests
{
    [Theory]
    [InlineData("In Ohio {|DL2001:more than 300|} cases have been reported, and the death toll is {|DL2001:12|}.")]
    [InlineData("The rate of asthma in the district has been estimated at {|DL2002:four|} times the national level.")]
    [InlineData("Khalid is believed to have set off the bomb on the Metro, an attack which killed {|DL2002:at least 20|}.")]
    // sources70: "reported to" a recipient is no impersonal attribution, so it covers no figure; the infinitive still does.
    [InlineData("Last year {|DL2001:more than 45 million|} images were reported to the national center.")]
    [InlineData("Last year {|DL2002:more than 45 million|} images are reported to have been shared.")]
    public void Reports_a_figure_only_an_agentless_passive_reports(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // An active report still sources the figure.
    [InlineData("The Ohio Department of Health has reported more than 300 cases.")]
    [InlineData("The company has said that 300 jobs will go.")]
    public void Does_not_report_a_figure_a_named_source_reports(string text) => Verify.VerifyNoDiagnostics(text);
}
