using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures79: a named poll that opens the figure's clause with a verb that reports nothing ("has", "gave", "asked") or
/// in a fronted phrase ("In a 2014 survey by …,", "With a new poll from WaPo showing …") names the figures after it
/// in that clause (PollSubjects); a clause with a subject of its own after ", and" does not share it.
/// </summary>
public sealed class DL2001PollSubjectsTests
{
    [Theory]
    // tune86
    [InlineData("A new survey from the Public Policy Institute of California has Clinton in a virtual tie with Bernie Sanders among Democratic primary likely voters — 46 percent support Clinton while 44 percent support Sanders.")]
    // tune68
    [InlineData("For example, a HarrisX national poll from May, when Trump and Weld were the only notable Republicans in the race, gave Trump a 73-7 lead.")]
    // fresh27
    [InlineData("In a 2014 survey by Restaurant Opportunities Center United, 66 percent of female restaurant workers reported harassment from their managers, 80 percent reported it from co-workers, and 78 percent from customers.")]
    // fresh46
    [InlineData("One of them, a survey by Monmouth University of New Jersey, finds him polling nationally 30 percent, up 4 points, and leading in every ideological category.")]
    // tune35
    [InlineData("With a new poll from WaPo showing Democrat Terry McAuliffe with a 12-point advantage heading into next week's election, the conditions are right for a visit.")]
    public void Leaves_the_results_of_a_named_poll_that_opens_the_clause(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // tune28, labelled: the House seats are another clause's, with a subject of its own.
    [InlineData("The pre-election Gallup poll in the 1994 midterms had Bill Clinton registering 45 percent approval, and Republicans won {|DL2001:230|} House seats out of {|DL2001:435|}.")]
    // A month after "from" names no owner.
    [InlineData("A poll from May gave Trump a {|DL2001:73-7|} lead.")]
    // A month before the poll noun names no owner either.
    [InlineData("A December 2017 survey has Trump at {|DL2001:39 percent|} approval.")]
    // rev47: a phrase with no determiner opens no poll, and a lower-case first word before the owner must not throw
    // (it asked the word before the sentence, and the rule was skipped for the whole document).
    [InlineData("new CNN poll gives Biden {|DL2001:40 percent|} of the vote.")]
    public void Still_reports_figures_no_named_poll_opens(string markup) => Verify.VerifyMarkdown(markup);
}
