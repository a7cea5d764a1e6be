using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// How long a plan, a penalty or a wait would run is its term, not a count of the world (figlearn21): the pool's
/// annotators leave such spans unlabelled. The sum a plan would cost, a record's yardstick and what has piled up
/// already stay figures.
/// </summary>
public sealed class DL2001ProspectiveSpansTests
{
    [Theory]
    [InlineData("A prior plan would have funded the government for six months and raised the debt limit.")]
    [InlineData("They would remain in that provisional status for 10 years, able to work legally.")]
    [InlineData("Manafort could face up to an additional 10 years in prison.")]
    [InlineData("The waivers will be valid for six months.")]
    [InlineData("Republicans will then get 45 minutes.")]
    public void Does_not_report_a_span_a_modal_projects(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // The sum is a forecast; only the span goes.
    [InlineData("Medicare for All would cost {|DL2001:$34 trillion|} over 10 years.")]
    // A sum per month is a sum, not a span.
    [InlineData("That would have translated to a {|DL2001:$220 million|} month.")]
    // What has piled up already.
    [InlineData("Those changes would reverse {|DL2001:13|} years' worth of diplomacy.")]
    // A record's yardstick after a superlative.
    [InlineData("The trip will be the longest by an American president in {|DL2001:more than 25|} years.")]
    // No modal: a span that has run.
    [InlineData("May has served as prime minister for {|DL2001:nearly three|} years.")]
    // A dash ends the modal's verb phrase, an en dash as an em dash: the modal of the aside governs nothing after it.
    [InlineData("After reporters exposed the rules \u2013 as if they would follow rules \u2013 the networks offered just {|DL2001:27|} minutes to it.")]
    [InlineData("After reporters exposed the rules \u2014 as if they would follow rules \u2014 the networks offered just {|DL2001:27|} minutes to it.")]
    public void Still_reports_near_cases(string markup) => Verify.VerifyMarkdown(markup);
}
