using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures46: a figure whose noun phrase ends in "or" + a comparative ("50 or more full-time workers", "$200 or more")
/// is the bound of a rule or a group the story defines, not a quantity anyone claims (FigureFinder.IsThreshold).
/// </summary>
public sealed class DL2001ThresholdsTests
{
    [Theory]
    [InlineData("The mandate covers firms with 50 or more full-time employees.")]
    [InlineData("Health officials urged people to avoid gatherings of 50 people or more for the next month.")]
    [InlineData("The bill would make charities disclose donors who have given $10,000 or more in a cycle.")]
    [InlineData("The program is open to children who are 12 or younger.")]
    public void Does_not_report_a_threshold(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A measured level with "or lower" stays a figure, and a list of alternatives is no threshold.
    [InlineData("In some waters the pH can already drop to {|DL2001:7.3|} or lower.")]
    [InlineData("Future rules could lower the threshold to {|DL2001:40|}, {|DL2001:30|}, or even {|DL2001:10|} gun sales a year.")]
    // A measured margin after "by" and a sum given to "one or more" groups are no thresholds.
    [InlineData("In most counties the senator lost by {|DL2001:50|} points or more.")]
    [InlineData("Last year {|DL2001:$20 million|} went to one or more of the groups.")]
    // rev34: a spelled count within the phrase's two words bounds that count, not the figure ("to one or" had made
    // "$20 million" a threshold: number-words.txt has no "one" to "nine").
    [InlineData("The fund gave {|DL2001:$20 million|} to one or more groups.")]
    [InlineData("The fund gave {|DL2001:$20 million|} to three or more groups.")]
    [InlineData("The fund gave {|DL2001:$20 million|} to twenty or more groups.")]
    // A count with no comparative after "or" stays a count.
    [InlineData("The company cut {|DL2001:500|} jobs or so last year.")]
    public void Still_reports_a_level_a_list_and_a_count(string markup) => Verify.VerifyMarkdown(markup);
}
