using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// What is not a figure on unseen news (figures17): the term a policy or ruling sets, and the count of a vague source's
/// people; and the near cases that stay figures.
/// </summary>
public sealed class DL2001PolicyTermsAndSourceCountsTests
{
    [Theory]
    [InlineData("Catalyst Paper will face a 20% tariff, while two other producers will get hit with 10% tariffs.")]
    [InlineData("Smaller producers could get hit with tariffs as low as 1%.")]
    [InlineData("Sanders is right about where she stands on breaking up the banks, a $15 minimum wage, and fracking.")]
    [InlineData("The regulator also hit the station with a $15,000 fine that its owners are refusing to pay.")]
    [InlineData("Violators face a fine of up to $5,000 for each offence.")]
    [InlineData("It preserves the five- and 10-year mandatory minimum sentences for drug offenders.")]
    [InlineData("He was sentenced earlier this week to three years in federal prison for financial crimes.")]
    // A legislative package's size is the act's content (figures21).
    [InlineData("Congress gave final approval on Friday to a $2 trillion relief package.")]
    [InlineData("The president called on Congress to pass a $1 trillion infrastructure package.")]
    // A stimulus payment's sum is the act's term (figures37: the pool leaves 3 unlabelled, 1 borderline, none labelled).
    [InlineData("So when the $1,200 stimulus check hit her bank account, she donated some of the money to the shelter.")]
    [InlineData("As part of the $2.2 trillion dollar stimulus bill, small businesses can apply for loans starting today.")]
    public void Does_not_report_the_term_a_policy_or_ruling_sets(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // The number of charges is the prosecutor's or grand jury's act (figures28: no gold set labels one plainly).
    [InlineData("Rep. Grimm is facing twenty criminal charges relating to a restaurant he ran.")]
    [InlineData("Jarrod Warren Ramos was charged with five counts of first-degree murder.")]
    [InlineData("By the fall of 2018, he was expected to face at least a decade in prison for 10 felony counts.")]
    [InlineData("But Holmes, now 27, faces 12 murder charges in connection with the summer 2012 mass shooting.")]
    [InlineData("Sayoc was charged with five felony counts, including interstate transportation of an explosive.")]
    [InlineData("In August Cohen pleaded guilty to eight criminal charges, including tax evasion.")]
    public void Does_not_report_a_count_of_charges(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A term of custody is the length a sentence or a law sets, wherever its verb stands (figures29: the gold labels
    // none plainly; 5 borderline, 16 unlabelled).
    [InlineData("The talks ignored recent events such as Wednesday's sentencing of former Trump lawyer Michael Cohen to three years in prison.")]
    [InlineData("He received a 30 month prison sentence before the president pardoned him.")]
    [InlineData("A pardon to spare him a 47-month sentence may be less risky than springing him from a 25-year jail term.")]
    [InlineData("Doctors were threatened with up to six months' jail for speaking against the government.")]
    [InlineData("The bill would make blocking a street a felony punishable by up to 25 months in prison.")]
    [InlineData("Matt was serving 25 years to life in prison after he kidnapped a man.")]
    public void Does_not_report_a_term_of_custody(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A hyphenated time measure before the span a rule, act or frame sets is that span's name, not a stated count
    // (figures30: the gold labels none of these heads plainly; 7 unlabelled, 2 borderline).
    [InlineData("The judge blocked the president from implementing a 90-day ban on travel.")]
    [InlineData("Travellers who arrive in Norway risk a mandatory 14-day quarantine.")]
    [InlineData("The plan spreads the spending cuts over a 10-year period.")]
    [InlineData("The state removed a 48-hour waiting period for gun purchases.")]
    [InlineData("In its seventy-year life, the agency has logged both successes and failures.")]
    [InlineData("That started a 90-day clock for the outgoing president.")]
    public void Does_not_report_a_span_a_rule_or_frame_sets(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // Counted from now or from a point in the story, as "later" is (figures29: 9 in the gold, none labelled).
    [InlineData("With four months to go until the same point in his presidency, Trump has made few appointments.")]
    [InlineData("He had six months to live and spent them writing.")]
    [InlineData("We are 10 years too late.")]
    [InlineData("And five years on, the president's order still stands.")]
    public void Does_not_report_relative_time_to_go_or_on(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // The author setting out points, hypotheses, myths or takeaways (guidelines section 4: not figures; figures29).
    [InlineData("I intended to offer three hypotheses for what could have happened.")]
    [InlineData("In the interest of setting the record straight, then, here are five popularly repeated myths about the caucus.")]
    [InlineData("There are at least three crucial points Romney raised during his remarks.")]
    [InlineData("The congresswomen proposed three solutions to the crisis facing student loan borrowers.")]
    public void Does_not_report_the_authors_own_points(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A place in a ranking or a slice of a distribution after "the top" (figures31: 0 labelled, 1 borderline, 6 not).
    [InlineData("The remainder of the top 10 women included Queen Elizabeth II.")]
    [InlineData("The show has been in Apple's top 20 podcasts since March.")]
    [InlineData("The tax plan is really tailored for the top 1 percent.")]
    public void Does_not_report_a_rank_after_the_top(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A number that names a service line is a name, not a count (figures29: 8 in the gold, none labelled).
    [InlineData("Terrified, Tara Durant called 911.")]
    [InlineData("Dallas is pioneering an approach where social workers are dispatched to some 911 calls that involve mental health emergencies.")]
    [InlineData("The video discourages residents from calling 311 or 911 every time they see a holstered gun.")]
    public void Does_not_report_a_service_line_number(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // The countries an entry ban covers are its scope, the order's content (figures37: the pool leaves all 8 unlabelled).
    [InlineData("He kept that promise through his travel ban, implemented through executive order, that prohibits entry to almost all citizens of five Muslim-majority countries.")]
    [InlineData("Critics said the order banned travel by people from seven predominantly Muslim nations.")]
    [InlineData("Aides helped draft the executive order curbing immigration from seven Muslim-majority nations.")]
    [InlineData("Green card holders returning yesterday from those seven countries were all granted entry.")]
    public void Does_not_report_the_countries_an_entry_ban_covers(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A count of countries with no restriction in its sentence is a figure; so is a ban's other count.
    [InlineData("Delegates from {|DL2001:195|} countries have approved a historic climate deal.")]
    [InlineData("Its technology powers networks in {|DL2001:more than 170|} countries.")]
    [InlineData("The ban on travel from six countries has kept {|DL2001:more than 9,000|} visitors out since June.")]
    [InlineData("The ban on travel has hit tourism from {|DL2001:12|} Asian trading partners.")]
    public void Reports_a_count_of_countries_no_ban_covers(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // The sum of goods a tariff is laid on is the order's scope, its content (figures41: the pool leaves all 5 unlabelled).
    [InlineData("US tariffs on $34bn (£25.7bn) of Chinese goods have come into effect.")]
    [InlineData("With tariffs on $34 billion of goods in effect and duties on another $216 billion in the pipeline, few saw a quick fix.")]
    [InlineData("China plans to retaliate by slapping levies on $60 billion of American goods.")]
    [InlineData("China has implemented retaliatory tariffs of up to 25% on $3bn in food imports from the US.")]
    public void Does_not_report_the_sum_a_tariff_is_laid_on(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A round sum, a share and what tariffs cost stay figures (the gold labels the first two).
    [InlineData("The two governments have raised tariffs on {|DL2001:billions|} of dollars of each other's goods.")]
    [InlineData("Trump has already backed down from imposing a tariff on {|DL2001:almost 90 percent|} of imported steel.")]
    [InlineData("American importers paid {|DL2001:$1 billion|} in tariffs last year.")]
    [InlineData("The tariffs have cost farmers {|DL2001:$12 billion|} on top of the losses.")]
    public void Reports_a_sum_no_tariff_is_laid_on(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // What an actor demands or seeks is the demand's content (figures41: the pool leaves all 6 unlabelled).
    [InlineData("Patel is seeking the sum of $44,600,000 or more for the defamation he suffered.")]
    [InlineData("Lawyers for President Donald Trump are seeking $20 million in damages from the actress.")]
    [InlineData("The northern state of Uttar Pradesh has demanded millions of rupees from the protesters.")]
    [InlineData("Trump is sure to continue seeking billions of dollars for border security.")]
    public void Does_not_report_what_an_actor_demands(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // "demands" is mostly a noun, and a figure that is not the demand verb's object is the author's.
    [InlineData("He refused to bend to GOP demands during the {|DL2001:16-day|} government shutdown.")]
    [InlineData("{|DL2001:Hundreds|} of migrants seeking asylum waited at the border.")]
    // A demand verb covers only its direct object: a sum before it and the clause after it are the author's.
    [InlineData("The {|DL2001:$5 billion|} Trump is seeking would cover only part of a wall estimated to cost {|DL2001:about $23 billion|}.")]
    [InlineData("The share of people working or actively seeking a job remained unchanged at {|DL2001:62.8%|}.")]
    [InlineData("Twenty-two days later, she complied, turning {|DL2001:over 55,000|} pages over.")]
    // "duties" alone is a task, not a tax.
    [InlineData("There are {|DL2001:four|} duties that Muslims are obligated to perform.")]
    public void Reports_a_figure_no_named_demand_holds(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("The company decided to enlist its franchise owners to lobby Congress, two people familiar with the company's plans said.")]
    [InlineData("Three sources told CNN that the president will meet House Republicans on Tuesday.")]
    public void Does_not_report_the_count_of_a_vague_sources_people(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // figures67: a crowd of ten or more heading the source phrase is the author's count of who spoke (fresh19, fresh24,
    // tune: labelled), however named the speech is; a small count numbers the sources, a share is a poll's.
    [InlineData("Led by Rep. Matt Gaetz (R-Fla.), {|DL2001:65|} GOP lawmakers wrote to House Intelligence Committee chairman Devin Nunes (R-Calif.) on Friday demanding the memo's release.")]
    [InlineData("{|DL2001:More than 40|} congressional Democrats now say they're boycotting President-elect Donald Trump's inauguration on Friday.")]
    // rev40: the crowd is people or their bodies, read past modifiers ("mostly Honduran migrants": allsides, verbatim).
    [InlineData("{|DL2001:More than 5,000|} mostly Honduran migrants say they will cross through Mexico.")]
    [InlineData("{|DL2001:Eleven|} organizations, including some gun control and law enforcement groups, wrote to Senate Majority Leader Mitch McConnell urging passage of the bill.")]
    public void Reports_a_crowd_of_speakers(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // rev40: a measure heading a source phrase is no crowd of speakers (allsides, trimmed): a poll's gap, a span of years.
    [InlineData("Republicans are 73 points more likely than Democrats to say they approve of how Trump is handling his job.")]
    [InlineData("About 92 years of S&P 500 history says the market will recover.")]
    [InlineData("Sixty plus years of relative peace says otherwise.")]
    public void Does_not_report_a_measure_heading_a_source_phrase(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("Two Republican senators told Politico that they would vote against the bill.")]
    [InlineData("Fifty of my Republican colleagues told Politico that they would vote against the bill.")]
    public void Does_not_report_a_few_named_speakers_or_a_part_of_a_group(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // What a policy did in the world is no term it sets: the noun does not stand beside the figure.
    [InlineData("The tariffs have cost farmers {|DL2001:$12 billion|} so far.")]
    [InlineData("The US paid a record {|DL2001:$1 billion|} in tariffs in September.")]
    // "Minimum" alone is no term: a wage-earner is no wage.
    [InlineData("{|DL2001:4.4 million|} minimum wage-earning Americans will be making more money.")]
    // A fee is mostly a payment someone made, not a schedule's rate.
    [InlineData("A {|DL2001:$100,000|} brokerage fee came from representing the company.")]
    // "to" after a verb that is no sentencing.
    [InlineData("The plant cut its staff to {|DL2001:300|} workers.")]
    // What a package did in the world is no term it sets: the figure does not stand before the noun.
    [InlineData("The relief package has already cost the Treasury {|DL2001:$1 trillion|}.")]
    // A count of packages counts the acts; a figure whose clause ends before the noun is not its size.
    // "top" as a verb: the figure stays (figures31 guard).
    [InlineData("Growth for 2018 will top {|DL2001:3%|} for the first time.")]
    [InlineData("So far, {|DL2001:12|} information packages are available online.")]
    // A count before "stimulus" counts the payments sent (figures37 guard).
    [InlineData("The Treasury has sent {|DL2001:3 million|} stimulus checks so far.")]
    // A sum before a preposition is what was spent, not the act's size (figures37 guard).
    [InlineData("Separately, the government has provided {|DL2001:nearly $3 trillion|} in fiscal stimulus.")]
    [InlineData("The retailer's shares rose {|DL2001:4%|} and package makers lagged.")]
    // A count a vague source's phrase describes after "of" is the study's figure, not its people; a figure in the source
    // phrase is the author's description of the speakers, not their report, so DL2001 (DL2002 before figures31).
    [InlineData("Cases rise in winter, concluded the authors of another study of {|DL2001:117|} countries.")]
    // A share of a group that says something is a poll's result; a subject that showed up reports nothing, so its count
    // is the author's own, unsourced (no vague attribution reads "showed up" since anon25).
    [InlineData("{|DL2001:Sixty percent|} of Democrats say the government is responsible for jobs.")]
    [InlineData("Only a few {|DL2001:dozen|} activists showed up.")]
    [InlineData("Overall, {|DL2001:four in 10|} voters said they were more interested this year.")]
    [InlineData("Indeed, some {|DL2001:97|} out of {|DL2001:100|} publishing climate scientists agree that humans cause warming.")]
    // A magnitude is a crowd the sentence is about, not the people a reporter spoke to.
    [InlineData("{|DL2001:Millions|} of Americans believe that the investigation is a witch hunt.")]
    // A sum in charges, a share before a verb "counts", and a count of people charged stay figures.
    [InlineData("Southern recently took {|DL2001:$990 million|} in charges for cost overruns.")]
    [InlineData("Where {|DL2001:more than 90 percent|} of voters are white, Nevada counts a sizable contingent of Latinos.")]
    [InlineData("{|DL2001:More than 300|} people have been charged with rioting.")]
    // rev24: a share straight before a charge noun (the row above with "percent of voters" never reaches "counts").
    [InlineData("Nationally, {|DL2001:90%|} felony charges end in a plea deal.")]
    // figures29: a span of time whose custody word does another job, an appeal's window, and a count of questions asked.
    [InlineData("Slager has {|DL2001:14|} days to appeal the sentence.")]
    [InlineData("He survived in public life for {|DL2001:at least 45|} years with no jail time.")]
    [InlineData("Prisoners stay an average of {|DL2001:nine|} months in county jails.")]
    [InlineData("Romney took {|DL2001:three|} questions in a brief press conference.")]
    [InlineData("The campaign has {|DL2001:five|} years on its lease.")]
    [InlineData("The filing fee rose to {|DL2001:$911|} last year.")]
    // figures30: a measured event and a record of its own stay figures.
    [InlineData("The standoff prompted a {|DL2001:35-day|} government shutdown.")]
    [InlineData("Trump spoke for {|DL2001:90|} minutes at the rally.")]
    [InlineData("Democrats lost their {|DL2001:40-year|} majority in 1994.")]
    public void Still_reports_near_cases(string markup) => Verify.VerifyMarkdown(markup);
}
