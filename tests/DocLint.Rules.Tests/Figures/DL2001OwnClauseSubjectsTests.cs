using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures43: a count that heads the subject of its own clause is that clause's news, not the content of an act named
/// in the clause before, so the act's actor does not source it (OwnClauseSubjects).
/// </summary>
public sealed class DL2001OwnClauseSubjectsTests
{
    [Theory]
    [InlineData("The statements were released after {|DL2001:four|} Republican senators backed away from the bill.")]
    [InlineData("For its annual report released in April, {|DL2001:more than 1,200|} people were nominated to write it.")]
    [InlineData("The council approved the budget before {|DL2001:three|} members walked out of the meeting.")]
    [InlineData("The governor signed the order while {|DL2001:about 200|} protesters gathered outside.")]
    [InlineData("When the state Senate voted to approve the bill in 2011, {|DL2001:four|} Republicans joined Democrats.")]
    public void Reports_a_count_that_heads_its_own_clause(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // The act's own object stays its content.
    [InlineData("The council approved $2 million for the new library.")]
    [InlineData("The Senate passed a $484 billion relief bill on Thursday.")]
    // A relative clause may restate the act's content: not read.
    [InlineData("The New Yorker published an article in which six women accused Mr. Moonves of harassment.")]
    public void Still_leaves_the_acts_own_content(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A share heading its clause is a poll's result, whatever act the reader saw ("approved" read as an act): the second
    // share stays as it was (allsides: both such additions of the first build were poll series).
    [InlineData("That is down from his first weeks in office, when {|DL2001:55 percent|} said they approved of him while 39 percent disapproved.")]
    public void Leaves_a_share_heading_its_clause_as_it_was(string markup) => Verify.VerifyMarkdown(markup);
}
