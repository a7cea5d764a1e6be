using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures77: a sum after an income word and a bound ("making less than $75,000", "incomes over $1 million") draws the
/// edge of a group, not an amount anyone claims (IncomeBounds, class-income-words, class-income-bound-words); a range,
/// a sum without a bound and a bound without an income word stay reported.
/// </summary>
public sealed class DL2001IncomeBoundsTests
{
    [Theory]
    [InlineData("Individuals making up to $75,000 a year will receive checks.")]
    [InlineData("So Republicans accepted higher rates on those earning more than $400,000.")]
    [InlineData("It would only apply to people who earn more than $200,000 annually and it would be retroactive.")]
    [InlineData("The motion to recommit would prohibit householders with adjusted gross income above $100 million from benefiting.")]
    [InlineData("In fact, Republicans with incomes of less than $30,000 offer more positive ratings of the economy.")]
    [InlineData("It would begin to phase out for single taxpayers without children earning at least $30,000.")]
    [InlineData("Social Security recipients younger than full retirement age can earn up to $14,640 a year without sacrificing any of their benefit.")]
    public void Leaves_an_income_bound(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A range is an amount earned, not an edge (tune77, labelled).
    [InlineData("The typical doctor makes {|DL2001:between $150,000|} and {|DL2001:$312,000|} per year.")]
    // No bound: the sum is what someone earns.
    [InlineData("Workers at the plant are earning {|DL2001:$16|} an hour.")]
    // A bound without an income word is a claimed amount.
    [InlineData("The company spent {|DL2001:more than $400,000|} on lobbying.")]
    // A bare verb after a noun claims what a group earns (allsides).
    [InlineData("Most retired Chileans earn {|DL2001:less than $550|} a month.")]
    // Not money: a share of votes is no income edge.
    [InlineData("The campaign is making {|DL2001:more than 50|} calls a day.")]
    public void Still_reports_amounts_that_are_no_income_bound(string markup) => Verify.VerifyMarkdown(markup);
}
