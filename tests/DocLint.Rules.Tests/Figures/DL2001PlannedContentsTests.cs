using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures75: a figure in the infinitive a plan, proposal or bill takes is the plan's content (PlannedContents,
/// class-plan-nouns); a definite figure, a round magnitude, an unowned plan opening the sentence and a figure past a
/// break or a finite verb stay reported.
/// </summary>
public sealed class DL2001PlannedContentsTests
{
    [Theory]
    [InlineData("Foxconn previously walked away from a plan to invest $5 billion and create 50,000 jobs in India, and similar deals in Vietnam and Brazil.")]
    [InlineData("Months ago the Pentagon settled on a plan to send about 3,800 additional troops to strengthen the Afghan army.")]
    [InlineData("In addition, Bloomberg already made plans to spend $100 million on a digital advertising campaign against Trump in the battleground states of Arizona, Michigan, Pennsylvania and Wisconsin.")]
    [InlineData("And he emphasized a proposal to spend $4 billion in four years aimed at stabilizing Central American governments and economies.")]
    [InlineData("Cassidy is also pushing a bipartisan plan to set up a $500 billion fund for hard-hit states.")]
    [InlineData("The Senate is due to vote at noon Monday on a bill to reopen the government and fund it for three weeks.")]
    [InlineData("The plan to lop 15 percent of salaried workers follows a round of buyouts.")]
    public void Leaves_a_figure_a_plan_would_set(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A definite figure is a thing in the world the plan acts on (tune42 "his plan to deport the 11 million", labelled).
    [InlineData("Tapper challenged Trump about a plan to deport the {|DL2001:11 million|} undocumented immigrants.")]
    // A round magnitude is the author's estimate (fresh19 "plan to rescind protections for hundreds of thousands", labelled).
    [InlineData("Critics fought a plan to rescind protections for {|DL2001:hundreds|} of {|DL2001:thousands|} of Dreamers.")]
    // An unowned plan opening the sentence has no actor in view.
    [InlineData("A bipartisan plan to spend {|DL2001:$2 trillion|} drew criticism from both parties.")]
    // A finite verb ends the plan's infinitive: the draw is the author's claim.
    [InlineData("The plan to hold Mass at the border drew {|DL2001:200,000|} pilgrims.")]
    // Past a comma the figure is the author's.
    [InlineData("Foxconn dropped a plan to invest in India, and it laid off {|DL2001:50,000|} workers.")]
    // "Bill" the man is no bill (allsides).
    [InlineData("Giustra has a long history with the Clintons, giving the foundation {|DL2001:over $100 million|} and allowing Bill to use his plane some {|DL2001:26|} times.")]
    public void Still_reports_figures_outside_a_plans_content(string markup) => Verify.VerifyMarkdown(markup);
}
