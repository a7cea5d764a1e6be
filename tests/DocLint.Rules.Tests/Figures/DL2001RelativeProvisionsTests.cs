using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures50: what a law, bill or plan sets out, told in a relative clause on the document ("the Act, which provided
/// $8.3 billion"), is the document's content as "the Act provided $8.3 billion" is (RelativeProvisions); what the
/// document did in the world, or a figure past a break, stays the author's.
/// </summary>
public sealed class DL2001RelativeProvisionsTests
{
    [Theory]
    [InlineData("The first was the Preparedness Act, which provided $8.3 billion in emergency funding to federal agencies.")]
    [InlineData("Republicans were not thrilled with their own plan, which included $58 billion in war funds.")]
    [InlineData("In 2015, the legislature enacted a program that gave a tax credit of up to $150 to donors.")]
    [InlineData("The council passed a measure that would give $500 payments to residents.")]
    [InlineData("The second was the 'Families First Act,' which also provided an additional $3.5 billion for food aid.")]
    [InlineData("The Paycheck Protection Program grants loans to businesses under a program that allows fewer than 500 employees.")]
    [InlineData("It concerns a Louisiana law that requires doctors to have privileges at a hospital within 30 miles of their clinic.")]
    public void Leaves_a_documents_provision_in_a_relative_clause(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // No provision verb: what the law did or will do in the world.
    [InlineData("Critics attacked the law, which has cost {|DL2001:$2 billion|} so far.")]
    [InlineData("It was a tax bill that added {|DL2001:$1.5 trillion|} to the debt.")]
    // A figure past a comma is the author's aside.
    [InlineData("They backed the plan, which included new funds, and {|DL2001:40|} senators voted for it.")]
    // The population the document reaches is the author's count, not a term it sets.
    [InlineData("Trump rescinded an order on the DACA program, which allows {|DL2001:about 800,000|} young people to work.")]
    [InlineData("He mentions a new law that has allowed {|DL2001:thousands|} of offenders to gain early release.")]
    // Not a document before the relative.
    [InlineData("It was a year that gave the company {|DL2001:$40 million|} in profit.")]
    public void Still_reports_the_documents_effect_and_other_figures(string markup) => Verify.VerifyMarkdown(markup);
}
