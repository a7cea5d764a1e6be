using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// A small count whose members the sentence names after a dash pair, a comma or a semicolon (enum31), as after a colon;
/// and the asides, clauses and short lists after such a mark that leave the count a figure.
/// </summary>
public sealed class DL2001NamedMembersTests
{
    [Theory]
    [InlineData("She cheered the election of two new members of congress—Rashida Tlaib and Ilhan Omar—who support the movement.")]
    [InlineData("She cheered two new members of congress, Rashida Tlaib and Ilhan Omar, who support the movement.")]
    [InlineData("The cuts end aid to three Central American countries; Guatemala, Honduras and El Salvador over the migrants.")]
    [InlineData("The cuts end aid to three Central American countries, Guatemala, Honduras, and El Salvador.")]
    // A typed double hyphen for the dash, and "of" inside a name.
    [InlineData("The president threatened to cut aid to three countries -- Guatemala, Honduras and El Salvador -- over the migrants.")]
    [InlineData("He relied on Israel to retaliate against two freshman lawmakers, Rashida Tlaib of Michigan and Ilhan Omar of Minnesota, who are critics.")]
    public void Does_not_report_a_count_whose_members_are_named(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("The blast killed {|DL2001:two|} people, one of them a child, on Monday.")]
    [InlineData("The tariffs hit {|DL2001:three|} countries, including Mexico, last year.")]
    // As many names as the count is a must, and names that open a clause are its subject.
    [InlineData("The storm hit {|DL2001:three|} states, Ohio and Texas, on Monday.")]
    [InlineData("The storm hit {|DL2001:two|} states, and Ohio and Texas asked for aid.")]
    // "but" sets a contrast, no last member (class-member-coordinators holds "and" and "or" only; mend46).
    [InlineData("The cuts end aid to {|DL2001:two|} countries, Guatemala, but Honduras still gets it.")]
    public void Still_reports_a_count_with_an_aside_or_a_clause_after_it(string markup) => Verify.VerifyMarkdown(markup);
}
