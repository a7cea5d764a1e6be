using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

// An attribution set off inside a clause reports the predicate after ", and" too, when it has no subject of its own
// ("…, Adams said, and will open up 10 new offices"; quote49).
public sealed class DL2001InsetPredicatesTests
{
    [Theory]
    [InlineData("Harris plans to visit the state each week in October, Adams said, and will add 60 additional full-time organizers and open up 10 new offices.")]
    [InlineData("The agency sent California 90,000 nasal swabs last week, he said, and will send an additional 260,000 this week.")]
    public void Leaves_the_second_predicate_of_a_report(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A new subject after "and" is the author's clause again.
    [InlineData("Harris plans to visit the state each week in October, Adams said, and the campaign will open up {|DL2001:10|} new offices.")]
    public void Reports_a_clause_with_its_own_subject(string markup) => Verify.VerifyMarkdown(markup);
}
