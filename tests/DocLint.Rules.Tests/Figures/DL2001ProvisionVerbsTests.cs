using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures68: a named document's provision told with cancel, carry, contain, cut or establish ("the
/// administration's proposal would cancel $5.1 billion") is its content as "the proposal would provide" is (Provisions,
/// RelativeProvisions, class-provision-verbs); a forecast of the document's effect and a figure past a break stay.
/// </summary>
public sealed class DL2001ProvisionVerbsTests
{
    [Theory]
    [InlineData("His plan cuts the corporate income tax rate to 15 percent.")]
    [InlineData("From CHIP, the administration's proposal would cancel $5.1 billion authorized in 2015 to bolster reimbursements.")]
    [InlineData("Lawmakers passed the STOP School Violence Act, which established $50 million in grants for school safety.")]
    [InlineData("The village's ban, which carries fines of up to $1,000, takes effect in June.")]
    [InlineData("The bill contains more than $1 billion to shelter and feed migrants detained by the border patrol.")]
    public void Leaves_a_documents_provision_told_with_these_verbs(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A forecast of the document's effect: "add" and "raise" stay off the list.
    [InlineData("The bill would add {|DL2001:$1.5 trillion|} to the debt.")]
    // A figure past a comma is the author's.
    [InlineData("The proposal would cancel $5.1 billion in grants, and another {|DL2001:$1.9 billion|} from a contingency fund.")]
    // The relative clause's antecedent is no document ("weapons"), so the ban's fine stays (fresh32, left).
    [InlineData("It is a ban on so-called assault weapons, which carries a {|DL2001:$1,000|}/day fine.")]
    // No document before the verb.
    [InlineData("The company cut {|DL2001:500|} jobs last year.")]
    public void Still_reports_a_forecast_and_figures_outside_the_provision(string markup) => Verify.VerifyMarkdown(markup);
}
