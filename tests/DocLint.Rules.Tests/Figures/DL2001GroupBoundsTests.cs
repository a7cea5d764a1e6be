using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures78: a count after a group noun, a link and a bound, with its unit after it ("businesses with fewer than 500
/// employees", "magazines that hold more than 10 rounds") draws the edge of a group, not a number anyone counted
/// (GroupBounds, class-group-bound-*); and "scores" is a magnitude only as "scores of" or before a toll
/// (class-of-only-magnitudes).
/// </summary>
public sealed class DL2001GroupBoundsTests
{
    [Theory]
    [InlineData("Firms with fewer than 500 employees can apply for the loans.")]
    [InlineData("Affiliates of larger organizations with more than 500 employees aren't eligible for PPP distributions.")]
    [InlineData("She wants to require employers with more than 100 workers to go through the trouble of proving it.")]
    [InlineData("The ban covers semiautomatic rifles with a fixed magazine and a capacity to hold more than 10 rounds of ammunition.")]
    [InlineData("It has also lobbied for a ban on assault weapons and ammunition clips holding more than 10 bullets.")]
    [InlineData("The order prohibits gatherings of more than 10 people.")]
    public void Leaves_a_group_size_bound(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("Credit scores can be used as a monitoring tool for identity theft.")]
    [InlineData("In exchange, California public-school test scores rank low in the nation.")]
    [InlineData("Trump, however, scores higher marks than Clinton on the economy.")]
    public void Leaves_scores_that_is_no_magnitude(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // No group noun: the count is of people laid off.
    [InlineData("Last week {|DL2001:more than 500|} employees were laid off.")]
    // "employs" is no link: the industry's size is a count (tune29, labelled).
    [InlineData("Alaska's seafood industry employs {|DL2001:more than 50,000|} people.")]
    // A group noun without a bound states a count.
    [InlineData("The firms with {|DL2001:500|} employees each will be merged.")]
    // "scores of" and a toll stay magnitudes (fresh23, tune30).
    [InlineData("{|DL2001:Scores|} of people were hurt in the blast.")]
    [InlineData("The incidents left {|DL2001:17|} sailors dead and {|DL2001:scores|} injured.")]
    // allsides: "scores more" and "scores were killed" are magnitudes too.
    [InlineData("{|DL2001:Ten|} Navy sailors were killed and {|DL2001:scores|} more were injured.")]
    [InlineData("Last week {|DL2001:scores|} were killed by car bombs in Lebanon.")]
    public void Still_reports_counts_and_magnitudes(string markup) => Verify.VerifyMarkdown(markup);
}
