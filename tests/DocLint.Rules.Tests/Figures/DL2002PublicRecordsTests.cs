using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// A public body's own records cover the figure they report (cover31): "official data shows", "federal records show",
/// "according to county records", "according to federal estimates". The gold labels such a source borderline unnamed
/// and the figure not at all. Bare "data show", "records show" and "according to reports" name no keeper, and a vague
/// speaker beside the records still reports the figure vaguely: those stay DL2002.
/// </summary>
public sealed class DL2002PublicRecordsTests
{
    [Theory]
    [InlineData("Official data shows that this time last year there had been 82 deaths in the city.")]
    [InlineData("According to official records, there were only three votes to break a filibuster that year.")]
    [InlineData("In addition, federal records show the diocese paid $20,000 to lobby the Senate.")]
    [InlineData("U.S. output is almost 11 million barrels a day, according to federal estimates.")]
    [InlineData("The company paid about $226,000 in property taxes last year, according to county records.")]
    public void Does_not_report_a_figure_in_a_public_bodys_records(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("Data show that {|DL2002:82|} people died last year.")]
    [InlineData("Records show the diocese paid {|DL2002:$20,000|} to lobby the Senate.")]
    [InlineData("Deaths rose to {|DL2002:3,000|} on Friday, according to reports.")]
    [InlineData("Output is {|DL2002:almost 11 million|} barrels a day, according to new estimates.")]
    public void Reports_a_figure_whose_records_have_no_keeper(string markup) => Verify.VerifyMarkdown(markup);

    // A group that names a member in an ", including …" clause reports through that member (sources43); a member that is
    // only a count does not.
    [Theory]
    [InlineData("Some moderate Republicans, including Senators Mitt Romney and Susan Collins, said the disclosures would sway at least four Republicans.")]
    public void Does_not_report_a_figure_of_a_group_that_names_a_member(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("Many economists, including some Nobel laureates, said the tariffs would cost {|DL2002:300,000|} jobs.")]
    public void Reports_a_figure_of_a_group_whose_members_are_not_named(string markup) => Verify.VerifyMarkdown(markup);
}
