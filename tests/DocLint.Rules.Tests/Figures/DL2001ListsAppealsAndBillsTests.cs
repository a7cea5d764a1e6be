using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// What is not a figure on unseen news (figures15): a count of the items the sentence lists, the page's appeals to the
/// reader, and bill numbers; and the near cases that stay figures.
/// </summary>
public sealed class DL2001ListsAppealsAndBillsTests
{
    [Theory]
    [InlineData("They built a campaign around three goals: getting money out of politics, expanding the rolls, and rewriting the rules.")]
    [InlineData("There is a chain of five sources (newspaper, politician, Twitter, friend, and Facebook).")]
    [InlineData("The suit targets three California laws – Senate Bill 54, Assembly bill 450 and Assembly bill 103 – that conflict with federal law.")]
    [InlineData("Here are four takeaways, now that the race has ended.")]
    [InlineData("The hearings for three Supreme Court candidates nominated by Republican presidents: Robert Bork, David Souter, and Clarence Thomas.")]
    [InlineData("But there are four campaigns that bear special watching:")]
    // A phrase of approximation before the count (figures34).
    [InlineData("Congress tries to get to the bottom of at least three other scandals — Benghazi, the IRS, and the Justice Department’s snooping on reporters.")]
    [InlineData("But it is valid in at least three narrow respects: both shame the foe; both demand contrition; both punish dissent.")]
    // Items parted by semicolons, with commas of their own (figures34).
    [InlineData("It is valid in three respects: both bully, accuse, and humiliate; both demand contrition from the guilty; and both aim to force a revaluation.")]
    public void Does_not_report_a_count_of_the_items_the_sentence_lists(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("Join 40,000 readers who get our newsletter.")]
    [InlineData("Continue to keep about 6 feet between yourself and others.")]
    [InlineData("The Nation is reader supported: Join 40,000 readers who get our newsletter.")]
    // The tagger reads "Sign" and "Chip" before their particle as names; the pair is a listed appeal (figures22).
    [InlineData("Sign up for Take Action Now and get three actions in your inbox every week.")]
    [InlineData("Sign up for Take Action Now and we’ll send you three meaningful actions you can take each week.")]
    [InlineData("Support Progressive Journalism The Nation is reader supported: Chip in $10 or more to help us continue to write about the issues that matter.")]
    public void Does_not_report_a_figure_in_a_clause_that_bids_the_reader(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("On the front end, S. 2123 targets mandatory minimum sentences.")]
    [InlineData("Senate Bill 54 limits cooperation with federal agents.")]
    public void Does_not_report_a_bill_number(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("As deaths rise, the 21st Century Cures Act has provided a billion dollars to states for treatment.")]
    [InlineData("The CARES Act includes two types of loans for businesses employing 500 or fewer people.")]
    [InlineData("The package includes $500 billion in direct payments to families.")]
    [InlineData("The law prohibits insurers from rejecting people with pre-existing conditions and from charging older consumers more than a 3-1 ratio.")]
    public void Does_not_report_what_a_named_law_or_plan_provides(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // figures40: appropriating, designating and directing verbs; a provision word inside the object ("direct
    // payments") does not hide the document's verb; "it" for a document named in this sentence or the one before.
    [InlineData("Another provision of the bill would appropriate $850 million for states to provide child care.")]
    [InlineData("The legislation designates $100 billion in emergency assistance to low-income renters.")]
    [InlineData("The bill also would direct 10 percent of the fees the state collects to the new fund.")]
    [InlineData("The legislation would provide one-time direct payments to Americans of $1,200 per adult.")]
    [InlineData("The bill would implement a second round of direct payments. It would provide $1,200 to every family member.")]
    [InlineData("Had the Republicans' proposal been approved, it would have allocated another $250 billion to the program.")]
    public void Does_not_report_what_a_bill_appropriates_or_a_pronoun_for_it_provides(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // figures42: a sentence that opens with a document's terms ("Under the new law, …", "In the ordinance, …").
    [InlineData("Under the new law, those who have lived in the region for 15 years are now eligible to become residents.")]
    [InlineData("Under current law, if a worker receives a green card, his spouse may also qualify, but both are counted under the 140,000 annual cap.")]
    [InlineData("In the ordinance, the definition of an assault weapon includes magazines holding more than 10 rounds.")]
    [InlineData("Under existing federal regulations, students on visas may take a maximum of three credit hours online.")]
    public void Does_not_report_what_follows_an_opening_under_the_law(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // figures42 guards: the document must stand right before the comma, open the sentence, and a semicolon ends its reach.
    [InlineData("In the law office near the courthouse, {|DL2001:dozens|} of supporters erupted in celebration.")]
    [InlineData("The vote came late, and under the new law, {|DL2001:15|} people were released.")]
    [InlineData("Under the new law, voters must register early; {|DL2001:40 percent|} of them did not.")]
    public void Reports_a_figure_the_opening_document_does_not_govern(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // A cost or an effect is no provision, and "it" for a body rather than a document stays the author's figure.
    [InlineData("The bill would cost {|DL2001:$2 trillion|} over a decade.")]
    [InlineData("The Pentagon has a strategic reserve. It will give {|DL2001:5 million|} respirator masks to hospitals.")]
    [InlineData("The bill passed the House. It would add {|DL2001:$600 billion|} to the deficit.")]
    public void Reports_a_cost_or_a_pronoun_for_no_document(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // A list with another number of items than the count, or a count that is a clause's subject before its colon.
    [InlineData("The strike closed {|DL2001:four|} schools (Lincoln, Adams and Grant).")]
    [InlineData("{|DL2001:Two|} deaths have so far been confirmed:")]
    [InlineData("The strike closed {|DL2001:at least four|} schools (Lincoln, Adams and Grant).")]
    [InlineData("It is valid in {|DL2001:four|} respects: both bully, accuse, and humiliate; both demand contrition; and both aim higher.")]
    [InlineData("Congress is looking into {|DL2001:more than 20|} other scandals — Benghazi, the IRS, and the snooping.")]
    // "Consider that …": the figure is in a clause of its own; so it is after a comma or a finite verb.
    [InlineData("Consider that {|DL2001:40 percent|} of Americans have no savings.")]
    [InlineData("Compare it to a pandemic, a recession and {|DL2001:millions|} of Americans unemployed.")]
    [InlineData("Imagine there is a mass murder of {|DL2001:130|} people.")]
    [InlineData("Google suspended {|DL2001:1,300|} accounts engaged in tabloid cloaking in 2016.")]
    // A name that looks like an appeal's verb, with no particle after it, is a subject.
    [InlineData("Chip Kelly spent {|DL2001:$10 million|} on the new stadium.")]
    // A count whose list names the things a claim holds of.
    [InlineData("There are {|DL2001:five|} states whose exchanges offer one choice: Alabama, Alaska, Oklahoma, South Carolina, and Wyoming.")]
    [InlineData("In October, {|DL2001:three|} gutter punks—youth who roam up and down the coast and panhandle—robbed a store.")]
    [InlineData("Before the pandemic, {|DL2001:five|} states voted entirely by mail: Colorado, Hawaii, Oregon, Utah, and Washington.")]
    // After "the bill" a number is no bill's name.
    [InlineData("The committee cut the bill {|DL2001:40 percent|} last week.")]
    // What a law did in the world, a forecast of its effect, an unnamed law, a clause of its own after the provision.
    [InlineData("The law has cost taxpayers {|DL2001:$2 billion|} since it passed.")]
    [InlineData("The bill would add {|DL2001:$1.5 trillion|} to the debt.")]
    [InlineData("A law provides {|DL2001:$40 million|} for roads.")]
    [InlineData("The law requires a permit, and {|DL2001:45|} states issue one.")]
    [InlineData("The law gives migrants an easier path, except that Muslims - {|DL2001:14 percent|} of the population - are excluded.")]
    public void Still_reports_near_cases(string markup) => Verify.VerifyMarkdown(markup);
}
