using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// A count whose members its sentence names or leads in to (figures73, from fresh16, 22, 23, 26, 38, 39, 40 and tune69):
/// a colon closing the sentence after the count's noun phrase, a title's lowercase words and a member's aside, mixed
/// dashes and a lower bound's longer list; and "only"/"just" before the count, which keeps it a claim (fresh15, tune67).
/// </summary>
public sealed class DL2001ListedMembersTests
{
    [Theory]
    [InlineData("But the vast majority of Obama, Hillary and Bernie supporters belong to one of four categories:")]
    [InlineData("Rep. Grimm is facing charges, all of which fall into the following nine categories:")]
    [InlineData("I'll leave you with three ironies:")]
    [InlineData("Trump named a group of members, including two New York Republicans, upstate Rep. Elise Stefanik and Long Island Rep. Lee Zeldin.")]
    [InlineData("The Center was founded in 1983 by two retired U.S. senators– Frank Church, a Democrat from Idaho, and Hugh Scott a Republican from Pennsylvania.")]
    [InlineData("For the study, three political scientists from three different universities—Andrew Guess, from Princeton, Brendan Nyhan, from Dartmouth, and Jason Reifler, from the University of Exeter—combined data on Web traffic.")]
    [InlineData("The study took active Twitter users in five states – Arkansas, California, Florida, Pennsylvania and Ohio -- and then matched them up with voting records.")]
    // A dash inside an item's bracket does not close the list.
    [InlineData("Thursday morning before the town hall, three candidates—Sen. Elizabeth Warren (D–Mass.), Sen. Kamala Harris (D–Calif.), and South Bend Mayor Pete Buttigieg—all released lengthy plans offering not a chicken in every pot for LGBT Americans, but an entire chorus of federal bureaucrats, lawyers, and regulations overseeing every problem.")]
    [InlineData("He has allowed the creation of at least three foreign-policy centers in the White House: The paralyzed NSC staff; a shadow operation run by Steve Bannon; a powerful family counselor in the person of Jared Kushner; and perhaps another in the offices of Vice President Pence.")]
    public void Does_not_report_a_count_whose_members_the_sentence_names(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("In 2012, only {|DL2001:four|} swing states—Florida, Ohio, North Carolina and Virginia—were close enough to be decided.")]
    [InlineData("Only {|DL2001:five|} states — Alaska, Montana, North Dakota, South Dakota and Wyoming — meet that criterion.")]
    // No list after the colon, a relative clause between the count and its colon, a list of another length.
    [InlineData("The company raised {|DL2001:$5 million|}: a record for the region.")]
    [InlineData("The group met with {|DL2001:two|} lawmakers who backed the bill:")]
    [InlineData("The bill was backed by {|DL2001:three|} senators, who asked for a vote.")]
    [InlineData("The storm hit {|DL2001:four|} states – Ohio, Texas and Utah -- on Monday.")]
    // A closing colon after a toll, an approximator or a coordinated clause (allsides, figures73).
    [InlineData("The governor spoke after a shooting at a historically black church that killed {|DL2001:9|} people:")]
    [InlineData("It was a team that at one time was as few as {|DL2001:12|} people:")]
    [InlineData("The poll leaves Trump trailing in {|DL2001:three|} states and tied in Ohio in the four-way race:")]
    public void Still_reports_a_restricted_count_or_one_without_its_members(string markup) => Verify.VerifyMarkdown(markup);
}
