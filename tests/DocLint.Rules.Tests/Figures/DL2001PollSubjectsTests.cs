using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures79: a named poll that opens the figure's clause with a verb that reports nothing ("has", "gave", "asked") or
/// in a fronted phrase ("In a 2014 survey by …,", "With a new poll from WaPo showing …") names the figures after it
/// in that clause (PollSubjects); a clause with a subject of its own after ", and" does not share it.
/// </summary>
public sealed class DL2001PollSubjectsTests
{
    [Theory]
    // tune86
    [InlineData("A new survey from the Public Policy Institute of California has Clinton in a virtual tie with Bernie Sanders among Democratic primary likely voters — 46 percent support Clinton while 44 percent support Sanders.")]
    // tune68
    [InlineData("For example, a HarrisX national poll from May, when Trump and Weld were the only notable Republicans in the race, gave Trump a 73-7 lead.")]
    // fresh27
    [InlineData("In a 2014 survey by Restaurant Opportunities Center United, 66 percent of female restaurant workers reported harassment from their managers, 80 percent reported it from co-workers, and 78 percent from customers.")]
    // fresh46
    [InlineData("One of them, a survey by Monmouth University of New Jersey, finds him polling nationally 30 percent, up 4 points, and leading in every ideological category.")]
    // tune35
    [InlineData("With a new poll from WaPo showing Democrat Terry McAuliffe with a 12-point advantage heading into next week's election, the conditions are right for a visit.")]
    // perf58: Covers reads only the poll nouns the sentence's lexicon marks, in any case and beside text outside ASCII.
    [InlineData("A new SURVEY from the Public Policy Institute of California has Clinton in a virtual tie \u2014 46 percent support Clinton.")]
    [InlineData("A new Poll from Monmouth University has the \u201cunknown\u201d challenger at 30 percent.")]
    public void Leaves_the_results_of_a_named_poll_that_opens_the_clause(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // tune28, labelled: the House seats are another clause's, with a subject of its own.
    [InlineData("The pre-election Gallup poll in the 1994 midterms had Bill Clinton registering 45 percent approval, and Republicans won {|DL2001:230|} House seats out of {|DL2001:435|}.")]
    // A month after "from" names no owner.
    [InlineData("A poll from May gave Trump a {|DL2001:73-7|} lead.")]
    // A month before the poll noun names no owner either.
    [InlineData("A December 2017 survey has Trump at {|DL2001:39 percent|} approval.")]
    // rev47: a phrase with no determiner opens no poll, and a lower-case first word before the owner must not throw
    // (it asked the word before the sentence, and the rule was skipped for the whole document).
    [InlineData("new CNN poll gives Biden {|DL2001:40 percent|} of the vote.")]
    // perf58: a poll noun only after the figure, or only as the sentence's first word, covers nothing.
    [InlineData("Biden won {|DL2001:40 percent|} of the vote before a new CNN poll from Monmouth University came out.")]
    [InlineData("Poll by Gallup: Biden won {|DL2001:40 percent|} of the vote.")]
    public void Still_reports_figures_no_named_poll_opens(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // figures80: the poll "in" names its owner after the noun, "by"/"from" or a maker's participle before
    // "by"/"for"/"on" (allsides NWYDgsqtzWACZUGK, H6mHCIDaP8he7l6R, OZ28SqBkz2Xzta2B, cut).
    [InlineData("In a poll conducted by the SEIU, 81 percent of Arizona's Latino voters opposed the law.")]
    [InlineData("Sixty-one percent of registered voters in a poll from Quinnipiac University think Biden cares about average Americans.")]
    [InlineData("In the survey conducted on Pew Research Center's American Trends Panel, 57% say the economy is excellent or good.")]
    [InlineData("In a May 2010 poll conducted by the SEIU, 81 percent of Arizona's Latino voters opposed the law.")]
    [InlineData("Just 3% of Republicans viewed her favorably in a survey commissioned for The Associated Press.")]
    // A date after "from" is no owner, but the maker may follow it (allsides ZcsJsO1fT3ppO5kK, cut).
    [InlineData("A poll from Friday by SurveyUSA has Grimes at 43 percent and McConnell at 42 percent.")]
    public void Leaves_the_figures_of_a_poll_named_after_its_noun(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // figures80: a month before the noun names no one (figures79's first cut, allsides).
    [InlineData("In a December 2017 survey, {|DL2001:20%|} of adults said they had no savings.")]
    // The gold marks a poll named earlier in the article and pointed back to ("the March survey") borderline
    // (fresh33's "In the March 16-24 survey"): nothing is lost by reporting it, so the month names no one here too.
    [InlineData("In the March survey, about six-in-ten Americans ({|DL2001:62%|}) said the risks had been exaggerated.")]
    // Guards after the noun: a month, a weekday, and bare "for", which names a candidate as often as a client.
    [InlineData("In a poll from May, {|DL2001:81 percent|} of Latino voters opposed the law.")]
    [InlineData("In a survey released on Tuesday, {|DL2001:57%|} said the economy is good.")]
    [InlineData("A poll from Friday has Grimes at {|DL2001:43 percent|} and McConnell at {|DL2001:42 percent|}.")]
    [InlineData("In a poll for Rosendale, {|DL2001:45 percent|} backed the incumbent.")]
    public void Reports_figures_of_a_poll_whose_owner_is_a_month_or_unread(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // mend51: one reader of the poll's phrase for both frames. The "in" frame read five tokens back and lost a long
    // owner ("in an ABC News/Washington Post poll", allsides 4Zl46ii63DtlWIQz, cut; dkD67WuOJfOjg6Lu); the opening
    // frame's lower-case rule, now shared, keeps a run after the opening or a possessive ("the most recent", "in one",
    // "Gallup's early August", allsides a0OrOOHu3yAERgAz, 4OErGCsfChjxvAMu, E0vO8HCZhxr7CQwJ, cut).
    [InlineData("Forty-five percent of those questioned in an ABC News/Washington Post poll said they approved.")]
    [InlineData("Amy Klobuchar earned 3 percent support in a new Quinnipiac University national poll.")]
    [InlineData("Sanders and Warren combined for 56 percent support in the most recent Quinnipiac poll.")]
    [InlineData("In one Gallup poll a week ago, Trump was at 49% approval.")]
    [InlineData("His ratings fell as low as 31%, in Gallup's early August survey.")]
    public void Leaves_the_figures_of_a_poll_its_long_phrase_names(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // mend51 guards: "in" must open the poll's own phrase, not a place before it ("in states where the Gallup poll"),
    // and a lower-case word after a name ends the phrase.
    [InlineData("Biden won {|DL2001:40 percent|} in states where the Gallup poll had him trailing.")]
    [InlineData("The Trump administration touted poll numbers showing {|DL2001:40 percent|} support.")]
    public void Reports_figures_no_poll_phrase_names(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // mend51: "of" inside an owner's name before the noun (tune70, cut; allsides).
    [InlineData("An Associated Press/University of Chicago poll asked about the law, and 57 percent said it went too far.")]
    [InlineData("In a University of Michigan survey, 62 percent said prices would rise.")]
    public void Leaves_the_figures_of_a_poll_whose_owner_is_joined_by_of(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // mend51 guards: "of" after a lower-case word joins no name, and the medium a poll was conducted on is no owner.
    [InlineData("In most of the poll, {|DL2001:57 percent|} said prices would rise.")]
    [InlineData("In a poll conducted on the Internet, {|DL2001:57 percent|} said prices would rise.")]
    public void Reports_figures_of_a_poll_no_owner_names(string markup) => Verify.VerifyMarkdown(markup);
}
