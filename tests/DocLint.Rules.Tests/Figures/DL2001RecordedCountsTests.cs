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

    // figures74: what a study examined is its method, as a poll's sample is; a pollster's interviews are its own count.
    [Theory]
    [InlineData("Published in the Journal of Personality and Social Psychology, the study drew on data from over 60 countries and 140,000 people.")]
    [InlineData("The study looked at each of the 13,481 articles published by the Times in the 69 days leading up to the election.")]
    [InlineData("To find out how this deepening divide might affect business issues, a team of researchers conducted four experiments.")]
    [InlineData("The study examined 5,700 patients who had been hospitalized due to coronavirus in New York City between March 1 and April 4.")]
    [InlineData("Quinnipiac interviewed 1,139 registered voters in Colorado by telephone from January 29 to February 2.")]
    public void Does_not_report_a_studys_method_count(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A study's method verb with a name or a common noun for its subject: the author's count.
    [InlineData("Trump drew {|DL2001:20,000|} people to the rally in Tulsa.")]
    [InlineData("The army used {|DL2001:40|} helicopters in the assault.")]
    // The study is a preposition's object, not the subject.
    [InlineData("Doctors in the study examined {|DL2001:300|} patients.")]
    // What the study found is its finding, not its method.
    [InlineData("The study examined the records and {|DL2001:300|} patients died within a year.")]
    // A participle read as finite: the figure is the object of the verb after it, the vague poll's finding.
    [InlineData("A poll conducted in mid-March found that only {|DL2002:56 percent|} of Americans consider the coronavirus a real threat.")]
    [InlineData("Republicans interviewed prior to Tuesday's press conference were at {|DL2001:68%|} approval.")]
    public void Still_reports_a_count_outside_a_studys_method(string markup) => Verify.VerifyMarkdown(markup);
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
