using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// A count a named body kept or measured is that body's figure (figures26): the object of a recording verb
/// (class-recording-verbs.txt) whose subject, read by the grammar layer, is a named entity. A passive, a verb before an
/// adjective, a name after a preposition, a pronoun or common-noun subject, and a verb whose subject is mostly what was
/// counted ("recorded", "counts") leave the figure reported.
/// </summary>
public sealed class DL2001RecordedCountsTests
{
    [Theory]
    [InlineData("Although it is true that children are less likely than adults to develop COVID-19, the CDC has nevertheless counted more than 86,000 infections in Americans younger than 18.")]
    [InlineData("Senators Perdue and Isakson represent Georgia, where Reuters tested five older homes at Fort Benning.")]
    [InlineData("On Wednesday afternoon, the data journalism site FiveThirtyEight rated Biden's chances of winning a delegate majority at 99%.")]
    [InlineData("The Washington Free Beacon analyzed more than 50 stories that mentioned the political right.")]
    [InlineData("When the court decision came down, ICE counted about 31,000 immigrants in its detention centers.")]
    [InlineData("The following month, Mr Trump officially disclosed a payment to Cohen of $250,000 for expenses.")]
    public void Does_not_report_a_named_bodys_own_count(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A verb before an adjective: its subject is what was tested, and the name is a preposition's object.
    [InlineData("On Friday, a student at a high school in Cranston tested positive, bringing total cases in the state to {|DL2001:16|}.")]
    // A passive: nobody is named as the counter.
    [InlineData("{|DL2001:More than 86,000|} infections were counted in Americans younger than 18.")]
    // A common-noun subject the reader cannot check.
    [InlineData("The agency tested {|DL2001:21|} popular supplements.")]
    // "recorded" and "counts" mostly have what was counted as their subject.
    [InlineData("The Nasdaq Composite recorded {|DL2001:23|} new highs.")]
    [InlineData("Nevada counts a sizable contingent of minorities, with {|DL2001:30 percent|} of the population Latino.")]
    // The figure stands before the verb.
    [InlineData("{|DL2001:Five|} older homes were in the study that Reuters tested.")]
    public void Still_reports_near_cases(string markup) => Verify.VerifyMarkdown(markup);
}

/// <summary>
/// Idioms made of a count (class-count-idioms.txt): "death by a thousand cuts" counts nothing (figures26: 3 of 3 on
/// allsides). A real count of cuts keeps its figure.
/// </summary>
public sealed class DL2001CountIdiomTests
{
    [Theory]
    [InlineData("A democracy dies by a thousand cuts.")]
    [InlineData("It might be a situation of a death by a thousand cuts, and it would be difficult to show.")]
    public void Does_not_report_a_count_idiom(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("The budget makes {|DL2001:1,000|} cuts to the program.")]
    [InlineData("The agency made more than a {|DL2001:thousand|} cuts last year.")]
    [InlineData("The agency made nearly a {|DL2001:thousand|} cuts last year.")]
    public void Still_reports_counted_cuts(string markup) => Verify.VerifyMarkdown(markup);
}
