using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

public sealed class DL2001UnsourcedFigureAnalyzerTests
{
    [Theory]
    [InlineData("Turnout was {|DL2001:about 70 percent|} last year.")]
    [InlineData("The renovation cost {|DL2001:$4.5 million|}.")]
    [InlineData("Unemployment rose to {|DL2001:7.2%|} in the spring.")]
    [InlineData("The strike involved {|DL2001:between 300 and 1,200|} workers.")]
    [InlineData("The city lost {|DL2001:2.5 million|} visitors during the closure.")]
    [InlineData("{|DL2001:Dozens|} of families were evacuated from the valley.")]
    [InlineData("The strike closed {|DL2001:five|} schools in the district.")]
    [InlineData("{|DL2001:Three|} officials resigned after the vote.")]
    [InlineData("A {|DL2001:third|} of the budget went to consultants.")]
    [InlineData("The council hired {|DL2001:40|} new teachers and spent {|DL2001:$2 million|} on buses.")]
    [InlineData("The budget is {|DL2001:$3bn|}.")]
    [InlineData("Prices rose by {|DL2001:between 2 and 3 percent|}.")]
    [InlineData("The company employs {|DL2001:4,000|} people in Ohio.")]
    [InlineData("Turnout was *{|DL2001:about 70 percent|}* last year.")]
    [InlineData("The city opened only {|DL2001:five|} polling locations.")]
    [InlineData("{|DL2001:Two|} people died of their injuries on Thursday.")]
    [InlineData("Coal production had fallen by {|DL2001:almost half|} from its peak.")]
    [InlineData("After the hearings, {|DL2001:twice|} as many voters backed the judge.")]
    [InlineData("Obama had denied the aid to Ukraine for {|DL2001:three|} years.")]
    [InlineData("India banned {|DL2001:59|} Chinese apps in June.")]
    [InlineData("The fare rose, and the line now carries {|DL2001:40,000|} riders a day.")]
    [InlineData("{|DL2001:Three|} states closed their offices in May.")]
    [InlineData("{|DL2001:Three|} council members have privately admitted they have doubts.")]
    [InlineData("When she put the deal before Parliament in January, MPs defeated it by {|DL2001:230|} votes.")]
    [InlineData("Voters had to wait in long lines in places such as Milwaukee, which opened only {|DL2001:five|} polling locations.")]
    [InlineData("The mayor quietly approved the contract, worth {|DL2001:$2 million|}, after the vote.")]
    [InlineData("The {|DL2001:30-minute|} call begins at noon.")]
    [InlineData("The {|DL2001:10-year|} plan will cost more.")]
    // The bracket is a group's name, as "the 9.9%" is; the share it pays is the figure (figures31: the gold labels no "the top N").
    [InlineData("The top 1% of earners pay {|DL2001:40%|} of the tax.")]
    [InlineData("The bill would add {|DL2001:$1.5 trillion|} to the national debt.")]
    [InlineData("If the vote fails, the senators said nothing; the deficit grew by {|DL2001:$2 billion|}.")]
    [InlineData("The Nasdaq Composite climbed {|DL2001:112.60|} points, or {|DL2001:1.3%|}, to end the day.")]
    [InlineData("The fund returned {|DL2001:+4.2%|} last year.")]
    [InlineData("Several donors have offered {|DL2001:$50,000|} to the campaign.")]
    [InlineData("Had the talks gone on, it would have added $250 billion to the fund, a plank of the {|DL2001:$2 trillion|} recovery effort.")]
    [InlineData("If printing had started, the booklets would have included details of the {|DL2001:$11 billion|} bond.")]
    [InlineData("{|DL2001:Thousands|} of worshippers from Nepal and India spent days offering prayers.")]
    [InlineData("Trump stuck to his plan, and the shutdown left {|DL2001:800,000|} federal workers unpaid.")]
    [InlineData("Trump's demand for a wall triggered a shutdown that left {|DL2001:800,000|} workers unpaid.")]
    [InlineData("A plan to spend {|DL2001:$2 trillion|} drew criticism from both parties.")]
    [InlineData("The country spends {|DL2001:3.7 percent|} of its budget on health.")]
    [InlineData("{|DL2001:Millions|} of families are struggling to pay their bills.")]
    [InlineData("Obama brought the number of pardons at his orders to a total of {|DL2001:1,324|}.")]
    [InlineData("Texas had {|DL2001:40|} clinics in 2012, {|DL2001:30|} in 2014, {|DL2001:20|} in 2016 and {|DL2001:12|} in 2018, down from {|DL2001:44|}.")]
    [InlineData("{|DL2001:Just over one-quarter|} of the members ({|DL2001:12|}) will be from states that are not free.")]
    [InlineData("By the end of the month the total was {|DL2001:13|}.")]
    [InlineData("Only a few of the judges ({|DL2001:3|}) dissented.")]
    [InlineData("A {|DL2001:quarter|} of a century's budget went to the bridge.")]
    [InlineData("The poll closed. Clinton {|DL2001:51%|}, Bush {|DL2001:43%|}.")]
    [InlineData("The dinosaurs thrived for {|DL2001:165 million|} years.")]
    [InlineData("The death toll now stands at {|DL2001:58|}.")]
    [InlineData("The index, which had stood at {|DL2001:40|} in May, fell.")]
    [InlineData("The classes have {|DL2001:18 to 49|} pupils each.")]
    [InlineData("Prices rose {|DL2001:10-15%|} last year.")]
    [InlineData("Republicans won {|DL2001:45|} of {|DL2001:50|} seats.")]
    [InlineData("Case in point: The department dropped {|DL2001:200|} investigations.")]
    [InlineData("He was {|DL2001:300-something pounds|} at the time.")]
    [InlineData("The conference featured {|DL2001:12|} attorneys general from Washington D.C.")]
    [InlineData("The panel heard {|DL2001:40|} witnesses and called the order a \"vast seizure of power.\"")]
    [InlineData("{|DL2001:Two|} deaths have so far been confirmed from the storm:")]
    // A pronoun fused with "is" owns nothing, so the count after it is no set in view.
    [InlineData("It's {|DL2001:three|} days of pomp and staged celebration.")]
    [InlineData("That\u2019s {|DL2001:four|} potential seats on the court.")]
    // Guard: samples that are things, not a survey's respondents, are counted (figures22).
    [InlineData("The lab tested {|DL2001:12|} water samples from the river.")]
    [InlineData("The company used a {|DL2001:53-qubit|} processor to perform a sampling task.")]
    public void Reports_figures_stated_without_a_source(string markup) => Verify.VerifyMarkdown(markup);

    // Counts of people or things behind modifiers and names, read with the grammar's tags (branch counts10).
    [Theory]
    [InlineData("{|DL2001:Four|} off-duty Kansas City firefighters were injured in the blast.")]
    [InlineData("Police arrested {|DL2001:three|} Salt Lake City teenagers on Monday.")]
    [InlineData("{|DL2001:Two|} Democrats voted against the bill on Tuesday.")]
    [InlineData("The vote drew support from {|DL2001:at least two|} Republican senators.")]
    [InlineData("The storm killed {|DL2001:more than two dozen|} people.")]
    [InlineData("On Monday, {|DL2001:three|} White House aides were fired, but nobody said why.")]
    [InlineData("{|DL2001:Five|} violent attacks left {|DL2001:three|} men dead and three injured.")]
    [InlineData("The FBI raided homes in Brooklyn, arresting {|DL2001:three|} men from Uzbekistan.")]
    // A digit closing a bracket that was opened is no list marker (branch figures32's guard).
    [InlineData("The hurricanes killed {|DL2001:more than 40|} people (and {|DL2001:9|}) in the two states.")]
    [InlineData("Need a yarmulke? It's {|DL2001:$6|}).")]
    [InlineData("The Pentagon sent {|DL2001:2,500|} U.S. troops to the region.")]
    [InlineData("Some {|DL2001:200|} U.S. 10-year notes changed hands.")]
    public void Reports_counts_behind_modifiers_and_names(string markup) => Verify.VerifyMarkdown(markup);

    // Round eight (branch figures12): durations of one unit after a comparison, vote tallies beside a named body's
    // act, and digit counts behind a capitalised modifier.
    [Theory]
    [InlineData("The pro forma session, lasting {|DL2001:less than one minute|}, ended at noon.")]
    [InlineData("Republicans held the seat open for {|DL2001:more than a year|} after the death of the justice.")]
    [InlineData("House Democrats spoke for {|DL2001:just over an hour|} on Monday.")]
    // Guard: a measured event's length keeps its figure; only "N-year old" is an age (figures22).
    [InlineData("The group ended its {|DL2001:15-year|} boycott of the state.")]
    [InlineData("The House passed the bill on a {|DL2001:54-45|} vote.")]
    [InlineData("The House approved the bill, {|DL2001:224-194|}, on Thursday.")]
    [InlineData("The court ruled {|DL2001:5-4|} that the agency did not follow proper procedure.")]
    [InlineData("The Senate approved $2 billion in a {|DL2001:68-32|} vote.")]
    [InlineData("The committee rejected the phrase in a {|DL2001:six-to-four|} vote.")]
    [InlineData("In North Carolina, the {|DL2001:13|} House congressional districts were split {|DL2001:7 to 6|}.")]
    [InlineData("Amash represents one of {|DL2001:14|} Michigan congressional districts.")]
    public void Reports_durations_tallies_and_counts_behind_names(string markup) => Verify.VerifyMarkdown(markup);

    // Branch figures52: a tally whose tally word stands between its numbers, or owns the pair through "of", or follows
    // "ruled" is the vote's result the author reports, not the content of the body's act. Guard: the act's own amount.
    [Theory]
    [InlineData("The Senate Budget Committee passed the overall plan {|DL2001:12|} votes to {|DL2001:10|}.")]
    [InlineData("The House approved the bill by {|DL2001:240|} votes to {|DL2001:186|}.")]
    [InlineData("The House passed the budget resolution on Thursday by a vote of {|DL2001:216 to 212|}.")]
    [InlineData("A three-judge panel of the 4th U.S. Circuit Court of Appeals ruled {|DL2001:2 to 1|} that the agency broke the law.")]
    [InlineData("Last month the Supreme Court ruled {|DL2001:7 to 2|} to allow the administration to expedite deportations.")]
    [InlineData("The council approved $2 million for the park on Tuesday.")]
    [InlineData("The committee passed the plan on Tuesday and sent it to the floor.")]
    public void Reports_tallies_worded_between_their_numbers(string markup) => Verify.VerifyMarkdown(markup);

    // A named source or act in the sentence covers only the figures that are its content (branch figures14): not a
    // tally after a closing attribution, a figure in another clause, before the verb of a source read as its object,
    // or in an act's subject. A subject that counts events is no actor, though a capital names it (branch figures16).
    [Theory]
    [InlineData("\u201cThe law is void,\u201d the court said in a {|DL2001:3-0|} ruling.")]
    [InlineData("\u201cI am unhappy with this bill,\u201d he said, patting the {|DL2001:more than 2,000|} pages of the bill.")]
    [InlineData("Apple sold {|DL2001:3 million|} phones, and Cook said the company would grow.")]
    [InlineData("\u201cWe will win,\u201d Smith said, pointing to the {|DL2001:2,000|} people in the hall.")]
    [InlineData("The Indian government had insisted that calm had returned, but {|DL2001:dozens|} of leaders remain in detention.")]
    [InlineData("Even though {|DL2001:34|} states offer the option, the bills were introduced into Congress and got nowhere.")]
    [InlineData("Nationwide, COVID-19 deaths have passed {|DL2001:200,000|} this week.")]
    [InlineData("The Ebola death toll passed {|DL2001:4,000|} in October.")]
    [InlineData("He sent a tweet that cost him {|DL2001:5,000|} followers.")]
    [InlineData("The retailer posted {|DL2001:$5 million|} in profit last quarter.")]
    [InlineData("Trump tweeted out {|DL2001:eight|} articles last month.")]
    [InlineData("Construction led the way, adding {|DL2001:300|} jobs.")]
    public void Reports_figures_outside_the_content_of_a_named_source_or_act(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("The plant employs 500 people, Smith told reporters.")]
    [InlineData("To placate Trump, Mexico agreed in August to provisions that would require 40 percent of a car be built locally.")]
    [InlineData("Pruitt asked that her salary be raised from $107,435 to $164,200; his, from $86,460 to $114,590.")]
    [InlineData("The $2 million in damages Justice Scarpulla awarded went to charities.")]
    [InlineData("\u201cIt struck a chord,\u201d says Michael Hais, co-author of three books on the subject.")]
    [InlineData("The poll found Warren up and Harris down; 14 candidates have less than 1 percent.")]
    [InlineData("ABC's Arlette Saenz reports: the hearing was about Benghazi, but it included three politicians.")]
    [InlineData("\u201cWe lost a lot,\u201d Smith said, adding that 500 jobs had gone.")]
    [InlineData("Sen. Marco Rubio tweeted that the $600 proposed child tax credit increase wasn't enough.")]
    [InlineData("Parscale tweeted that the campaign has received more than one million ticket requests for the rally.")]
    [InlineData("The governor posted that 4,000 National Guard troops would be deployed.")]
    [InlineData("The board approved hiring 8-10 new teachers.")]
    [InlineData("The campaign released a PPP survey that gave him a 43-22 edge over Farley.")]
    [InlineData("\u201cIt would be terrible for the state,\u201d Cuomo said at his press conference, claiming the state would receive just under $4 billion.")]
    [InlineData("\u201cThe economy will recover,\u201d Powell said on Tuesday, predicting growth of 3 percent next year.")]
    [InlineData("\u201cWe did our best,\u201d Coach Smith said, conceding that the team had lost 12 games in a row.")]
    [InlineData("The rate is low and stands, as Justice Breyer noted in the ruling, at less than 1 percent.")]
    [InlineData("This approach, says the NASA director Phil McAlister, has saved the agency some $20 billion.")]
    [InlineData("In tables buried in its budget, the Obama administration revealed this week that the program had a $21.8 billion shortfall.")]
    public void Does_not_report_figures_in_the_content_of_a_named_source_or_act(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("The deal came less than a week later.")]
    [InlineData("The law changed in less than a month.")]
    [InlineData("Election Day is more than six weeks away.")]
    [InlineData("The primary is now just 46 days away.")]
    [InlineData("Her son, who is less than a month old, was not there.")]
    [InlineData("The Senate approved $2 billion for the program.")]
    [InlineData("The 2020 Democratic presidential candidates met on Monday.")]
    [InlineData("While Cuellar (who is 64) and his supporters disagree, Cisneros sees her age as an advantage.")]
    public void Does_not_report_relative_time_act_content_years_or_ages(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("Two senior administration officials said the talks had stalled.")]
    [InlineData("The plan was leaked, according to two senior party aides.")]
    [InlineData("The seats went to either two Democrats or two Republicans.")]
    [InlineData("The Gang of Eight Senate talks resumed on Monday.")]
    [InlineData("The mayor met two other city officials on Monday.")]
    [InlineData("Four particular phenomena stand out in the trend.")]
    [InlineData("The tables stood six feet apart in the hall.")]
    [InlineData("Police questioned the three men on Monday.")]
    [InlineData("On Monday two men stood outside the shop.")]
    [InlineData("On Monday, three women said the senator had harassed them.")]
    public void Does_not_report_speakers_alternatives_names_or_sets_in_view(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("Some analysts put the cost at {|DL2002:$2 billion|}.")]
    [InlineData("Experts say the repairs will cost {|DL2002:$40 million|}.")]
    [InlineData("It is estimated that {|DL2002:40,000|} people attended the rally.")]
    [InlineData("Sources close to the club said the fee was {|DL2002:£60 million|}.")]
    [InlineData("The ministry reportedly spent {|DL2002:$3 million|} on the plan.")]
    [InlineData("Reports suggest the cost was {|DL2002:$2 billion|}.")]
    [InlineData("Bloomberg is offering to pay field staffers {|DL2002:$6,000|} per month, a study of the jobs shows.")]
    public void Reports_figures_attributed_only_vaguely(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // A vague source covers the figures its verb reports, not a figure in a relative clause after a comma, a main clause
    // after its concession, or its own source phrase; those are the author's (figures31; DL2002 before).
    [InlineData("The legislation is expected to pass the House, starting a tougher battle in the Senate, where Republicans control {|DL2001:52|} seats.")]
    [InlineData("Officials said the plan was popular, which is just shy of the {|DL2001:84,000|} people who turned out in 2016.")]
    [InlineData("While some believed that Obama was weak among white voters, Obama ultimately won these {|DL2001:three|} states.")]
    [InlineData("The dispute stems from a lawsuit filed by {|DL2001:thousands|} of former students who say they were defrauded.")]
    [InlineData("Shares have risen {|DL2001:18.5%|} this month, though some analysts have warned that investors are getting ahead of themselves.")]
    public void Reports_a_figure_outside_the_vague_sources_report_as_unsourced(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // Still the vague source's report: a relative clause inside it, hearsay in the main clause after a concession, a
    // "that" after the verb's object, a passive report's subject (figures31 guards).
    [InlineData("Proponents say that companies avoid paying benefits that can add {|DL2002:30%|} to labor costs.")]
    [InlineData("While Hillary Clinton was secretary of state, Bill Clinton reportedly earned {|DL2002:over $16 million|} in speaking fees.")]
    [InlineData("A senior intelligence official told foreign media that {|DL2002:17|} people had been arrested.")]
    [InlineData("A top adviser said last week that the growth rate of {|DL2002:1.2 percent|} was catastrophic.")]
    [InlineData("Earnings exceeded the {|DL2002:$1.03|} profit projected by analysts on average.")]
    public void Still_reports_a_figure_the_vague_source_reports(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // A poll's method statement gives its sample, the survey's own figure (figures66): "a random / national sample",
    // "surveying N people", "N study participants" (tune47, fresh38, fresh32 verbatim or cut).
    [InlineData("This poll was conducted by telephone August 14-16, 2017 among a random sample of 1,223 adults nationwide.")]
    [InlineData("However, the poll - conducted by Morning Consult, surveying almost 5,300 people - found the numbers shift considerably according to your politics.")]
    [InlineData("At the outset, 1,111 study participants were asked about their political views.")]
    public void Does_not_report_a_surveys_sample_in_its_method_statement(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // "participants" alone is no survey word (tune57's class size is labelled), nor is a sample without its method word.
    [InlineData("The Boston nonprofit offers virtual classes, which draw {|DL2001:roughly 50|} participants per class.")]
    [InlineData("The inspectors tested a sample of {|DL2001:40|} wells last spring.")]
    public void Reports_participants_and_samples_outside_a_surveys_method(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("The report was published on 12 March 2024.")]
    [InlineData("The 37-year-old driver was arrested at 10:30 p.m. on Friday.")]
    // An age with its second hyphen dropped (figures22).
    [InlineData("During his career, the 68-year old served as deputy to the director.")]
    [InlineData("A 5-years old boy was found in the car.")]
    [InlineData("She finished third in the 2019 race.")]
    // A map's number in a list of the places a power cut covers names the map (figures37).
    [InlineData("Power shut off: Fontana map 1, Fontana map 2, Rialto, San Bernardino Map 3 and Lytle Creek.")]
    [InlineData("Chapter 3 describes the trial in detail.")]
    [InlineData("The update to version 3.0.1 fixed the crash.")]
    [InlineData("COVID-19 closed the schools for a term.")]
    [InlineData("The Boeing 737 landed safely in Lisbon.")]
    [InlineData("Set `retries = 5` in the configuration file.")]
    [InlineData("```\ntimeout: 300\n```")]
    [InlineData("1. Open the file.\n2. Save it again.")]
    [InlineData("It was the 3rd time the bridge had closed this year.")]
    [InlineData("Room 101 was locked all night.")]
    [InlineData("The 1990s were a decade of growth.")]
    [InlineData("Call 555-0143 for details.")]
    [InlineData("He scored twice in the second half.")]
    [InlineData("He hung a wooden Ten Commandments plaque on the wall.")]
    [InlineData("NBC rushed to be the first of the Big Three networks to run the story.")]
    [InlineData("The segment aired on 60 Minutes in March.")]
    [InlineData("Copyright © 2019 The Washington Times, LLC.")]
    [InlineData("A month before the 9/11 attacks, Bush received a memo.")]
    [InlineData("The two parties could agree on the date.")]
    [InlineData("If a bus carries 40 riders an hour, the line pays for itself.")]
    [InlineData("If the fare rises, the line will carry 40,000 riders a day.")]
    [InlineData("The rates are in for Ohio and Iowa, and the other three states report next week.")]
    [InlineData("Here are three main factors to consider.")]
    [InlineData("Coverage begins at 9:45am ET.")]
    [InlineData("They reference the healthcare fight of 2008-09.")]
    [InlineData("Do you remember headlines saying that a million people would lose their plans?")]
    [InlineData("Only 11 percent of respondents had heard of the site.")]
    // A survey's method: its sample, its response and its margin of sampling error are the survey's own (figures22).
    [InlineData("For results based on the sample of 1,500 adults, the margin of sampling error is 3 percentage points at the 95% confidence level.")]
    [InlineData("In all, 2,100 people responded, out of 4,000 who were sampled.")]
    [InlineData("We find that waiting periods reduce gun homicides by roughly 17%.")]
    [InlineData("Pruitt asked that her salary be raised from $107,435 to $164,200.")]
    [InlineData("Consider the detailed, 69-page playbook the council had prepared.")]
    [InlineData("Trump sent a two-page letter to the speaker.")]
    [InlineData("The benchmark 10-year Treasury yield fell again.")]
    [InlineData("The unemployment rate fell to a more than 17-year low in April.")]
    [InlineData("Investors bought the five-year note.")]
    [InlineData("The 9.9% is the new American aristocracy")]
    [InlineData("Roberts joined the court’s four liberal justices in the majority.")]
    [InlineData("Roberts joined the court's four liberal justices in the majority.")]
    [InlineData("If 10 Hispanics vote in the primary and Trump wins seven of them, he would have won 70 percent of their vote.")]
    [InlineData("Had the talks gone on, it would have added $250 billion to the fund.")]
    [InlineData("If the plans were portable, they would cost him $192.97 and $199.46 a month.")]
    [InlineData("The Nasdaq Composite COMP, +1.32% ended the day higher.")]
    [InlineData("The Cannabis ETF MJ, -0.99% fell in early trading.")]
    [InlineData("Shares of AIG -1.25% led the decline.")]
    [InlineData("Martial law went into effect at dawn. Hide Caption 47 of 47")]
    [InlineData("The full list is on page 2 of 5.")]
    [InlineData("Also see: These 3 EVs are the lowest cost to own over 5 years")]
    [InlineData("Read more: 8 great SUVs priced under $40k")]
    [InlineData("More:What the Supreme Court ruling means for almost 700,000 undocumented immigrants")]
    [InlineData("Bank of America Corp. BAC -0.46% and General Motors Co. GM -0.13% signed the pledge.")]
    [InlineData("Ticker Security Last Change AZO AUTOZONE 1,128.35 +5.41 +0.48% HTZ HERTZ 2.84 -0.23 -7.49% ICE 94.94 +1.17")]
    [InlineData("Emissions in gigatons 12 10 8 6 4 2 0 1960 2020 China's Target")]
    [InlineData("The review covers the attacks of September 11-12, 2012, in Benghazi.")]
    [InlineData("Call 020 3615 1762 if you saw the incident.")]
    [InlineData("To buy it, call 0330 333 6846.")]
    [InlineData("You will need to call 1-800-240-8100 to activate your card.")]
    [InlineData("Two responses were possible: (1) assess that error; or (2) refuse to accept it.")]
    [InlineData("My hypotheses were these: (1) he was colluding with Moscow and trying to hide it.")]
    [InlineData("(2) He forgot about the meetings.")]
    [InlineData("Our Revolution is a 501(c)(4) group.")]
    [InlineData("They are 501(c)3 and 501(c)4 nonprofits.")]
    [InlineData("2- Currently the law is not enforced.")]
    [InlineData("Republicans conspire in this endeavor but face 1) massive Democratic opposition and 2) presidential distraction.")]
    [InlineData("He made two points that agreed with my values: 1) Fairfax should not be denied due process; and 2) we can't accept every allegation.")]
    [InlineData("They were either 1) known crooks under investigation or 2) talked to foreign agents.")]
    [InlineData("#2) They work for government, or collect a pension.")]
    [InlineData("The wall was made possible by a post-9/11 piece of legislation known as the Real ID Act.")]
    [InlineData("In the post-9/11 world, the agency grew.")]
    [InlineData("The court relied on Chavez v. Martinez, 538 U.S. 760 (2003).")]
    [InlineData("Pursuant to 26 U.S.C. § 7803, you have the right to a hearing.")]
    [InlineData("The rule is at 5 C.F.R. 2635.702 and the statute at 42 U.S.C. 1983.")]
    [InlineData("Repealing § 230 would change the internet.")]
    [InlineData("One of the statutes, 18 U.S. Code § 1512, also covers it.")]
    [InlineData("The text is defined by 18 § 798 of the U.S. Code.")]
    [InlineData("In 1967, most men between the ages of 25 and 54 worked.")]
    [InlineData("The bill would ban sales to anyone under the age of 21.")]
    [InlineData("Police identified the attacker as Keith Kinnunen, 43.")]
    [InlineData("His family moved to Los Angeles when he was 13.")]
    [InlineData("I was 21 at the time I was accepted.")]
    [InlineData("A quarter of a century ago, the curtain was lowered on the experiment.")]
    [InlineData("From 2003 to '08, he ran the charity.")]
    [InlineData("At 16, he fell in love with a teacher.")]
    [InlineData("Brown, now 31, was 16 years old when she ran away.")]
    [InlineData("He went on to become, at 43, the youngest justice on the court.")]
    [InlineData("Most of the patients were 18 to 49 years old.")]
    [InlineData("The draft affects only men between 18 and 25 years old.")]
    [InlineData("Most 18-29 year old voters stayed home.")]
    [InlineData("Many 18-29 year olds said so.")]
    [InlineData("What someone did 30 or 40 years ago does not disqualify them.")]
    [InlineData("The asteroid struck 65 million years ago.")]
    [InlineData("After 14 more years, the flag came down.")]
    [InlineData("Employers may suspend 401(k) matches.")]
    [InlineData("Kamala Harris 45 percent, Donald Trump 44 percent")]
    [InlineData("Clinton 51% – Bush 43% — (46% – 39%)")]
    [InlineData("Charitable Deductions: $4.83 billion")]
    [InlineData("Oil prices plunge 25%")]
    [InlineData("Dow closes at 3-year low below 20K, wiping out nearly all of the gains")]
    [InlineData("Four examples:")]
    [InlineData("There is a large pool of 20-somethings who are not on board.")]
    [InlineData("Twenty-somethings who are poor lack the money to move.")]
    [InlineData("He is mocked by the 20- and 30- and 40-somethings who cover the campaign.")]
    [InlineData("Voters under 30 backed the senator by a wide margin.")]
    [InlineData("The program covers children under 5 and adults over 65 in every county.")]
    [InlineData("Anyone younger than 18 was turned away at the door.")]
    public void Does_not_report_dates_times_ages_labels_versions_names_or_code(string text) => Verify.VerifyNoDiagnostics(text);

    // A number that is part of an identifier (figures71): a docket, a reporter's volume, a spaced tax-code section, a
    // short code, a dialling code, a label's list, a version after a noun, a calibre. The BASE error lists
    // (r42-base) report each of these sentences; none is labelled in any tune or fresh set.
    [Theory]
    [InlineData("The case is Elonis v. United States, 13-983.")]
    [InlineData("The case is Klayman v. Obama (13-851).")]
    [InlineData("The case is Maslenjak v. United States, No. 16-309.")]
    [InlineData("The individuals’ case is Bauer v. DeVos, 17-cv-1330, U.S. District Court, District of Columbia.")]
    [InlineData("In Gill v. Whitford, 2018 U.S. LEXIS 3692, 138 S. Ct.")]
    [InlineData("CMD stumbled on a second story involving the Daily Caller News Foundation, a 501 (c)(3) charity.")]
    // mend45: figures71's "Visit www.redcross.org, call 1-800-RED-CROSS or text the word Harvey to 90999 to give." and
    // "Reach us through encrypted messaging app Signal on: +1 (628) 400-7370" passed without its change (rev42: an
    // instruction and a contact line the rule leaves alone anyway); said as statements they need the dialling code.
    [InlineData("Donors can call 1-800-RED-CROSS to give.")]
    [InlineData("Text ‘Floyd’ to 55156 to demand the officers be charged.")]
    [InlineData("Readers can reach us through the encrypted messaging app Signal on +1 (628) 400-7370.")]
    [InlineData("You can also call Mayor Jacob Frey at (612)-673-2100.")]
    // mend45: a docket after a case name whose last word is not capitalised needs the "vs." of class-versus-marks.
    [InlineData("The lawsuit is Texas vs. the federal government, 18-1234.")]
    [InlineData("In fact, taking a tally of the scariest hurricanes (Categories 4 and 5) indicates things were worse nearly a century ago.")]
    [InlineData("Phase three lifts most remaining restrictions.")]
    [InlineData("Donald Trump will release Muslim ban 2.0 … sometime soon.")]
    [InlineData("It exempts .22-caliber rim fire rifles.")]
    public void Does_not_report_numbers_that_are_part_of_an_identifier(string text) => Verify.VerifyNoDiagnostics(text);

    // The guards: a quantity beside the same words keeps its figure.
    [Theory]
    [InlineData("In both categories {|DL2001:40 percent|} of the money went to rent.")]
    [InlineData("The number of hires edged down to {|DL2001:5.0 million|} in July.")]
    [InlineData("The raise brings the overnight target to a range of {|DL2001:2.0 to 2.25 percent|}.")]
    [InlineData("In Roe v. Wade, {|DL2001:12|} states filed briefs.")]
    // rev42: a singular label before a hyphen heads a tally, and a label's list stops at a year.
    [InlineData("Clarence Thomas never got the committee majority but still got through the Senate floor 52-{|DL2001:48|}.")]
    [InlineData("The S&P 500 fetched {|DL2001:20.07|} times annual earnings on Election Day 2016 and {|DL2001:20.7|} times now.")]
    [InlineData("This day 1858, {|DL2001:50|} members of the House brawled on the floor.")]
    public void Reports_quantities_beside_the_marks_of_an_identifier(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("Turnout was 70 percent, according to the electoral commission.")]
    [InlineData("The Electoral Commission said on Monday that the count was complete. Turnout was 70 percent.")]
    [InlineData("Turnout was 70 percent.[^1]\n\n[^1]: Electoral Commission, final report, 2024.")]
    [InlineData("Turnout was [70 percent](https://example.org/results).")]
    [InlineData("Maria Lopez said the renovation cost $4.5 million.")]
    [InlineData("Turnout was 70 percent. The Electoral Commission said the count was complete.")]
    [InlineData("Maria Lopez, the council's treasurer, said the renovation cost $4.5 million.")]
    [InlineData("The company sold 12,000 cars in 2023, according to its annual report.")]
    [InlineData("The firm owns more than 49,000 acres in the district, according to county records.")]
    [InlineData("Court documents show the company paid $226,000 last year.")]
    [InlineData("Bloomberg is offering to pay field staffers $6,000 per month, a job application for the position shows.")]
    [InlineData("Tweets with the hashtag appeared 300,000 times on Twitter, Time reports.")]
    [InlineData("China's output could fall by some 1.6 percent this year, the International Monetary Fund (IMF) estimates.")]
    [InlineData("The Office of Management and Budget (OMB) said the shutdown cost between $2 billion and $6 billion.")]
    [InlineData("Sen. Jane Roe (D-Oregon) said the bill would cost $4 billion.")]
    [InlineData("When Dean refused, Clark hired two men to kill her for $5,000, the Austin American-Statesman reports.")]
    [InlineData("Nebraska hiked it to $9 per hour by 2016.")]
    [InlineData("Pelosi has offered about $1.5 billion for border security.")]
    [InlineData("Biden earlier in the day rolled out a $700 billion manufacturing plan.")]
    [InlineData("A $20,000 prize is being offered by NASA for a toilet that works on the Moon.")]
    [InlineData("Trump stuck to his demand for $5 billion in border wall funding.")]
    [InlineData("Obama cut his proposal to $1.2 trillion from $1.4 trillion on Monday.")]
    [InlineData("The senator's $40 billion aid request reached the floor on Tuesday.")]
    [InlineData("Critics attacked a resolution that would give the agency 45 days to respond.")]
    [InlineData("The city council put out a call for 200 volunteers on Monday.")]
    [InlineData("In the latest CNN poll, Trump's approval is sitting at a paltry 38%.")]
    [InlineData("Of the $509,000 spent on staff, $300,000 went out after February, according to the Stein campaign. The same is true for 87 percent of travel spending.")]
    [InlineData("Turnout was 70 percent. The count took a week, according to the electoral commission.")]
    [InlineData("hundreds of people still rallying outside pic.twitter.com/ZkUUktHfJn — young harrington (@LarryWebsite) May 10, 2017")]
    [InlineData("Rojas pointed out that the party re-elects 90 percent of its incumbents.")]
    [InlineData("As Jack Balkin points out, the rule was used in three distinct periods.")]
    // "by"/"in" and an owner's reckoning name the source as "according to" does.
    [InlineData("By PG&E\u2019s estimate, more than 900,000 customers lost power.")]
    [InlineData("By the company's own estimate, more than 900,000 customers lost power.")]
    [InlineData("In Nichols\u2019s analysis, more than 900,000 customers lost power.")]
    [InlineData("Nearly 500,000 have died worldwide, by Johns Hopkins\u2019 count.")]
    public void Does_not_report_figures_with_a_named_source_nearby(string text) => Verify.VerifyNoDiagnostics(text);

    // A record cited after "according to" names its source though nothing in it is capitalised: an issued record with
    // an owner, an article or a kind before it, or a document whose named author follows "by" (figures23).
    [Theory]
    [InlineData("He sold stakes in 16 companies upon joining the department, according to ethics filings.")]
    [InlineData("Intel opened up its portfolio of over 72,000 patents, according to a press release.")]
    [InlineData("He paid an effective rate of 14.1 percent, according to his tax return.")]
    [InlineData("The fund paid him $250,000 in 2019, according to the affidavit.")]
    [InlineData("He held 70 events in 22 states, according to figures provided last week by his office.")]
    [InlineData("Teacher pay rose 9 percent, according to data compiled by the union.")]
    [InlineData("Teacher pay rose 9 percent, according to an analysis by the union.")]
    public void Does_not_report_figures_cited_to_a_record_or_its_named_author(string text) => Verify.VerifyNoDiagnostics(text);

    // A work whose author follows "by" is the author's, though a role word stands inside the author's name ("Teacher" in
    // the National Council on Teacher Quality read as an anonymous teacher, and gave DL2002; figures24).
    [Theory]
    [InlineData("According to a 2012 analysis by the National Council on Teacher Quality, at least eight states now do.")]
    [InlineData("An analysis by the National Council on Teacher Quality found that 40 percent of programs fail.")]
    public void Does_not_report_figures_in_a_work_of_a_named_author_whose_name_holds_a_role_word(string text) => Verify.VerifyNoDiagnostics(text);

    // Guards (they pass without figures24's change too): an author after "by" that is itself an anonymous member keeps
    // the work vague.
    [Theory]
    [InlineData("A study by a Brown University economist found that {|DL2002:40 percent|} of voters left.")]
    [InlineData("According to a memoir by a senior aide, he spent {|DL2002:$2 million|} on it.")]
    public void Reports_figures_in_a_work_of_an_anonymous_author_as_vague(string markup) => Verify.VerifyMarkdown(markup);

    // A pronoun speaker in a relative clause ("which he estimates", "who she said") sources the clause's own figures,
    // as "he estimates" does (figures24)...
    [Theory]
    [InlineData("Students rejected the proposal, which they say would only cut their rent by 5 percent.")]
    [InlineData("She wants a new levy on billionaires, which she says would raise an additional $1 trillion in revenue.")]
    [InlineData("Yang would pay for it with a new tax on goods, which he estimated would raise $800 billion.")]
    public void Does_not_report_figures_a_pronoun_speaker_gives_in_a_relative_clause(string text) => Verify.VerifyNoDiagnostics(text);

    // ... but not its antecedent's, nor a neighbouring sentence's: the clause describes the antecedent, and its speaker
    // vouches for nothing beyond it. (The first and last rows pass on main, which read no speaker there; all three fail
    // with the pronoun reading in SourcePhraseClassifier alone, without the limits in AttributionCover and SentenceSemantics.)
    [Theory]
    [InlineData("Barr scheduled the executions of {|DL2001:five|} inmates, who he said were convicted of murder.")]
    [InlineData("She wants a {|DL2001:2 percent|} tax on fortunes, which she says would raise an additional $1 trillion.")]
    [InlineData("The caucus has {|DL2001:roughly 40|} members. If they vote as a bloc, which they say they intend to do, they can block him.")]
    public void Reports_figures_outside_a_pronoun_speakers_relative_clause(string markup) => Verify.VerifyMarkdown(markup);

    // A time clause that opens the sentence sets the author's scene before a speaker whose verb goes on to a report of
    // its own ("When …, Cohen said that …"): its figures are not the speaker's (scope31; the pool's misses).
    [Theory]
    [InlineData("When the {|DL2001:$130,000|} payment was first revealed, Cohen said that he had paid it himself.")]
    [InlineData("After the party won {|DL2001:48|} of the {|DL2001:59|} seats, Sturgeon said the prime minister had no right to block a vote.")]
    [InlineData("When pressed over why his predecessors had opened {|DL2001:approximately 70|} probes, Barr said he would not rule them out.")]
    public void Reports_figures_in_a_time_clause_before_a_speakers_report(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a speaker who closes the sentence reports the whole clause before them, time clause and all; a quoted
    // time clause is the speaker's; a concession ("While …") is left covered, as the pool's gold leaves it; and the
    // report after the verb is still the speaker's.
    [Theory]
    [InlineData("When the plant closed, it laid off 500 workers, Smith said.")]
    [InlineData("\u201CWhen a country is losing billions of dollars on trade, trade wars are good,\u201D Trump said.")]
    [InlineData("While growth came close to 3 percent for a year, Stanley said that period was unusual.")]
    [InlineData("When asked, Cohen said that he had paid $130,000 himself.")]
    public void Does_not_report_figures_a_closing_speaker_or_a_concession_covers(string text) => Verify.VerifyNoDiagnostics(text);

    // After a subject pronoun a verb of saying is a verb, though the tagger reads "estimates" or "states" there as a
    // plural noun (figures24).
    [Theory]
    [InlineData("Yang would pay for it with a new tax on goods, which he estimates would raise $800 billion.")]
    [InlineData("She states that this would save $200 billion over the next decade.")]
    public void Does_not_report_figures_after_a_pronoun_and_a_verb_the_tagger_reads_as_a_noun(string text) => Verify.VerifyNoDiagnostics(text);

    // Guards of the rows above, kept on purpose (they pass without figures23's change too): a bare or quantified record
    // and an author that is itself vague name no one, so CitedRecords must not widen to them.
    [Theory]
    [InlineData("He paid {|DL2001:14.1 percent|}, according to filings.")]
    [InlineData("He paid {|DL2002:14.1 percent|}, according to documents.")]
    [InlineData("He paid {|DL2002:14.1 percent|}, according to some filings.")]
    [InlineData("He held {|DL2002:70|} events, according to figures provided by officials.")]
    public void Reports_figures_cited_to_a_bare_record_or_a_vague_author(string markup) => Verify.VerifyMarkdown(markup);

    // Straight single quotes quote as double ones do (the Daily Mail's house style): the figures are the speaker's.
    [Theory]
    [InlineData("He heard \"12 or 15 gunshots in about 10 seconds,\" as he left the pub.")]
    [InlineData("He heard '12 or 15 gunshots in about 10 seconds,' as he left the pub.")]
    [InlineData("'I have been a member of this party for 45 years,' she said.")]
    public void Leaves_figures_in_quoted_speech_in_either_kind_of_mark(string text) => Verify.VerifyNoDiagnostics(text);

    // A printed conversation: turns opened by their speakers' labels in mixed case are the speakers' words, like a
    // transcript's in capitals (guidelines: quotations); it takes two labels and a speaker who speaks again.
    [Fact]
    public void Leaves_figures_in_the_turns_of_a_printed_conversation() =>
        Verify.VerifyNoDiagnostics(
            "Nick Gillespie: Why did the agency change the rule?\n\n" +
            "Ajit Pai: In the two years after the decision, investment fell by 5.6 percent.\n\n" +
            "Nick Gillespie: And the cost to consumers?\n\n" +
            "Ajit Pai: About $2 billion a year.\n");

    // genre28: an interview printed as bare questions and answers. The guest's figures are their words, as a labelled
    // turn's are; the introduction's stay the author's.
    [Fact]
    public void Leaves_figures_in_the_answers_of_an_interview_printed_without_labels() =>
        Verify.VerifyMarkdown(
            "We caught up with DeParle, whose book follows {|DL2001:three|} generations.\n\nWhy did you move in with the family?\n\n" +
            "Three-quarters of the migrants were women by then.\n\nWhat changed for your family in Manila?\n\n" +
            "They talked to their families three times a day.\n\nDo you think the policy will last?\n\nIt cost $4 billion.\n");

    [Fact]
    public void Reports_figures_after_a_section_label_that_is_no_speaker() =>
        Verify.VerifyMarkdown(
            "Consider: The program costs {|DL2001:$40 billion|} a year.\n\n" +
            "Advertisement: Subscribe today.\n\n" +
            "Advertisement: Subscribe today.\n");

    [Fact]
    public void Reports_figures_after_labels_when_no_speaker_speaks_again() =>
        Verify.VerifyMarkdown(
            "Gail: The state hired {|DL2001:4,000|} new teachers.\n\n" +
            "Bret: The unions asked for {|DL2001:6,000|}.\n");

    // A vague speaker in the figure's own sentence who reports it is its source, not a named one in the sentence before
    // or after, which no longer plainly covers it (guidelines section 4; tuning mGXo9ZzV6OIYzKky#s036, nl3ixNaMbQCfDygS#s001,
    // w32PYw5zMUygHIfa#s006): the figure keeps its DL2002.
    [Theory]
    [InlineData("The Pentagon said on Monday that it would send more troops. The force pales beside the {|DL2002:150,000|} troops in Iraq in 2009, officials say.")]
    [InlineData("The Labor Department said on Thursday that claims rose again. The unemployment rate has likely shot above {|DL2002:10%|}, economists say.")]
    [InlineData("The bank agreed to pay the states, Attorney General Maria Lopez said. Claims brought by New York will represent {|DL2002:roughly $4 million|} of that amount, the source said.")]
    [InlineData("The Utah Department of Health said on Monday that it had found the agent. Meanwhile, health officials said {|DL2002:90 percent|} of the samples contained the agent.")]
    [InlineData("The Pentagon said on Monday that it would send more troops. Two of the officials said {|DL2002:4,000|} troops would go.")]
    [InlineData("Family Dollar said on Monday that it had agreed to the deal. Dollar General gained 3.4 percent during regular trading as people with knowledge of the matter said the company is weighing a bid that would challenge Dollar Tree's {|DL2002:$8.5 billion|} takeover.")]
    public void Reports_a_figure_its_own_vague_speaker_reports_beside_a_named_source(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a figure its sentence's vague speaker does not report, one behind an impersonal attribution that names no
    // one, and one a document described but not named reports (often the one the neighbour names) stay with the named
    // neighbour: the one before, or the one after when it points back at the figures (figures38, DL2001ForwardCoverTests).
    [Theory]
    [InlineData("The Pentagon said on Monday that it would send more troops. Officials said the plan was popular, which is just shy of the 84,000 people who turned out in 2016.")]
    [InlineData("The Daily Caller said the campaign bought its list. The campaign reportedly sent at least 25 emails to the list.")]
    [InlineData("The Pew Research Center said on Monday that approval had fallen. The same research shows that 61% of voters approve.")]
    [InlineData("Federal records show the archdiocese paid $20,000 to lobby the Senate. Archbishop Jose Gomez said those figures were accurate.")]
    public void Leaves_a_figure_no_vague_speaker_reports_to_a_named_neighbour(string text) => Verify.VerifyNoDiagnostics(text);

    // A share of a poll's respondents answering with a respondent verb ("43% of those … say", "Roughly half (49%)
    // answered", "four-in-ten Americans say", "most Americans say") is the poll's tally, not a vague speaker: its
    // figures stay with the poll the neighbour names (allsides 7aE4gWwA6jAMcJr2, 7un9rThXunqscAE6, u1yXtV9wrSDQkfK2,
    // u2hG7q6orqdkh8TN).
    [Theory]
    [InlineData("The Pew Research Center said on Monday that concern had grown. Meanwhile, 43% of those in the most impacted counties say the outbreak is a threat to their personal health, as do 36% of those in counties that have been moderately impacted and 35% of those in the least impacted counties.")]
    [InlineData("The Pew Research Center said on Monday that views had shifted. Currently, four-in-ten Americans say the government can't afford to do more, down from 48% in September.")]
    [InlineData("The Pew Research Center said on Monday that views had shifted. In contrast, most Americans say the Republican Party (61%) has not done much for women.")]
    public void Leaves_a_share_of_poll_respondents_to_the_named_poll(string text) => Verify.VerifyNoDiagnostics(text);

    // A vague speaker in a free relative after the figure ("in line with what most experts have stated") reports the
    // relative, not the figure: the named neighbour still covers it (allsides 7un9rThXunqscAE6).
    [Fact]
    public void Leaves_a_figure_before_a_vague_speakers_free_relative_to_the_named_neighbour() =>
        Verify.VerifyNoDiagnostics("The Pew Research Center said on Monday that few expect a vaccine soon. Roughly half (49%) answered that it would be a year or more, in line with what most public health experts have stated.");

    // Only a name between the comma and a closing noun-verb is a post-posed source: "news reports" there is the noun.
    [Fact]
    public void Reports_a_figure_before_reports_that_name_no_one() =>
        Verify.VerifyMarkdown("The county counted {|DL2001:4,200|} ballots late, in line with local reports.");

    [Fact]
    public void Reports_a_figure_whose_source_is_two_sentences_away() =>
        Verify.VerifyMarkdown("The electoral commission published its report on Monday. The count took a week. Turnout was {|DL2001:70 percent|}.");

    [Fact]
    public void Reports_figures_in_plain_text() =>
        Verify.VerifyPlainText("The renovation cost {|DL2001:$4.5 million|}.\n\nIt opened in 2021.");

    // Guidelines section 5: a figure covered by a dataset or poll named earlier in its section, beyond the
    // neighbouring sentences, is the dataset's; one in another section, on another subject or before it is not.
    private const string VisaData = "According to State Department data, the agency issued 4,200 visas to Afghan interpreters last year.";

    [Fact]
    public void Leaves_figures_on_the_subject_of_a_dataset_named_earlier_in_the_paragraph() =>
        Verify.VerifyNoDiagnostics(VisaData + " The harbour reopened in spring. Of the visas, 3,100 went to interpreters in Kabul.\n");

    [Fact]
    public void Reports_a_figure_on_the_datasets_subject_in_a_later_paragraph() =>
        Verify.VerifyMarkdown(VisaData + "\n\nThe harbour reopened in spring.\n\nOf the visas, {|DL2001:3,100|} went to interpreters in Kabul.\n");

    [Fact]
    public void Reports_a_figure_on_the_datasets_subject_in_a_later_section() =>
        Verify.VerifyMarkdown("# Visas\n\n" + VisaData + "\n\n# Kabul\n\nOf the visas, {|DL2001:3,100|} went to interpreters in Kabul.\n");

    [Fact]
    public void Reports_a_figure_on_another_subject_than_the_dataset() =>
        Verify.VerifyMarkdown(VisaData + " The harbour reopened in spring. The stadium will cost taxpayers {|DL2001:$2.5 billion|}.\n");

    [Fact]
    public void Reports_figures_when_no_dataset_is_named() =>
        Verify.VerifyMarkdown(
            "Visas for Afghan interpreters were in short supply last year. " +
            "The harbour reopened in spring. Of the visas, {|DL2001:3,100|} went to interpreters in Kabul.\n");

    [Fact]
    public void Reports_a_figure_stated_before_the_dataset_is_named() =>
        Verify.VerifyMarkdown(
            "Of the visas, {|DL2001:3,100|} went to interpreters in Kabul. The harbour reopened in spring. " + VisaData + "\n");

    [Fact]
    public void A_dataset_does_not_excuse_a_vague_attribution() =>
        Verify.VerifyMarkdown(VisaData + " The harbour reopened in spring. Some analysts say {|DL2002:3,100|} of the visas went to interpreters in Kabul.\n");

    // A named actor's request is an official act whose content the figure is (guidelines section 4: proposal,
    // request): "asked for" and "call for" join "requested" and "calls for" (figures25; all four rows give DL2001 on main).
    [Theory]
    [InlineData("It comes a day after Sen. Mitt Romney became the first Senate Republican to call for Americans to receive $1,000 to help families.")]
    [InlineData("He asked for $25 billion to build the wall.")]
    [InlineData("Prosecutors had asked for no less than 28 years.")]
    [InlineData("Mr Hariri asked for 72 hours to discuss economic reforms.")]
    public void Does_not_report_figures_a_named_actor_asks_for(string text) => Verify.VerifyNoDiagnostics(text);

    // Guard: "urged" stays out of the act verbs, because its object is mostly the people addressed, whose count the
    // author states (train labels the count a figure).
    [Theory]
    [InlineData("He urged delegates from the {|DL2001:193|} member countries to work together.")]
    public void Reports_the_count_of_the_people_a_named_actor_urges(string markup) => Verify.VerifyMarkdown(markup);

    // An age a person was or reached, with the clause going on after it (figures25; guidelines section 4 NOT: ages; all
    // three rows give DL2001 on main, seen).
    [Theory]
    [InlineData("Brown wouldn't have been paroled until she was 69 if not for the governor's clemency.")]
    [InlineData("Since then, Yovanovitch, who just turned 61, has been going through some things.")]
    [InlineData("He married his third wife when she was 23 and he was 67.")]
    public void Does_not_report_an_age_a_person_was_or_turned(string text) => Verify.VerifyNoDiagnostics(text);

    // Guards: a noun after the number, or a number too long for an age, keeps the count.
    [Theory]
    [InlineData("The index turned {|DL2001:5 percent|} higher.")]
    [InlineData("After the debate he was {|DL2001:5|} points behind.")]
    [InlineData("The company turned {|DL2001:300|} workers away.")]
    [InlineData("The fund turned {|DL2001:2,000|}.")]
    public void Reports_a_count_after_turned_or_a_stated_number_with_a_noun(string markup) => Verify.VerifyMarkdown(markup);

    // mend44: "limit" after "age" makes a legal age with no cue before it (class-age-limit-nouns; "moved its" is none),
    // so both bounds stay unreported; with the list emptied both are figures.
    [Theory]
    [InlineData("Walmart moved its age limit for buying a gun from 18 to 21.")]
    public void Does_not_report_a_legal_age_after_an_age_limit(string text) => Verify.VerifyNoDiagnostics(text);

    // A number in a person's or a group's age position (figures70; guidelines section 4 NOT: ages): an age at a life
    // event, an age set off after "now", years "of age" or "older"/"younger", a bound after "aged between", an age
    // group closed by a dash or after "who are", the first bound of "18- to 29-year-olds", an age after "age is" and a
    // legal age a rule changes. Every row gives DL2001 at BASE f59a87b6 (seen with the base build).
    [Theory]
    [InlineData("Months after Democratic Rep. John Dingell died at 92, Trump joked at a rally.")]
    [InlineData("Maureen Dowd was around the same age Haberman is now, 43, when she rose to fame.")]
    [InlineData("The victims of the shooting range from 5 to 72 years of age.")]
    [InlineData("JUST WATCHED At 85, she loves being notorious.")]
    [InlineData("He is the eldest, with two sisters who are three and six years younger.")]
    [InlineData("Most of the crashes involved drivers aged between 16 and 20.")]
    [InlineData("Reps. Anthony Brindisi and Max Rose — whose average age is 46.5 — went on record.")]
    [InlineData("The measure lifts the age for buying all tobacco products, including e-cigarettes, to 21 from 18.")]
    // rev42: a preposition after the age keeps it an age.
    [InlineData("Walmart raised the age limit for buying a gun from 18 to 21 in February.")]
    [InlineData("Democrats need African Americans and white voters over 60 - a group that regularly turns out.")]
    [InlineData("The teen — who started vaping at 16, with mint and mango his preferred flavors — told us.")]
    [InlineData("Still, most 18- to 29-year-olds had heard about the issue.")]
    [InlineData("That includes households with full-time students younger than 24.")]
    [InlineData("That is eight years older than Trump was in 2016.")]
    [InlineData("Among those between 16 and 19 years of age, the jobless rate was high.")]
    [InlineData("The money pays for care for poor people who are younger than 65.")]
    public void Does_not_report_a_number_in_an_age_position(string text) => Verify.VerifyNoDiagnostics(text);

    // Guards: "age" naming an era has no rule's cue, "at" with no life event is a level, and a noun after the number
    // makes a count.
    [Theory]
    [InlineData("In the age of Trump, the tally rose to {|DL2001:40|}.")]
    [InlineData("The death toll stands at {|DL2001:58|}.")]
    [InlineData("The fleet was retired at {|DL2001:92|} bases last year.")]
    public void Reports_figures_beside_age_words_that_are_not_ages(string markup) => Verify.VerifyMarkdown(markup);
}
