using System.Collections.Immutable;
using DocLint.Analysis;
using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Sources.ImpersonalAttributionAnalyzer>;

namespace DocLint.Rules.Tests.Sources;

public sealed class DL3002ImpersonalAttributionAnalyzerTests
{
    [Theory]
    [InlineData("[|It is believed|] that the painting was stolen in 1990.")]
    [InlineData("The suspect [|reportedly|] fled to Spain.")]
    [InlineData("The singer [|is said to|] be recovering at home.")]
    [InlineData("[|It is understood|] that the board will meet on Monday.")]
    [InlineData("The council [|is said to|] be furious about the leak.")]
    [InlineData("The painting [|is thought to|] be worth millions.")]
    [InlineData("The Taliban [|are expected to|] step up attacks before the election.")]
    [InlineData("[|It was also reported|] that the adviser opposed the meeting.")]
    [InlineData("Her praise has [|fueled speculation|] that she will run.")]
    [InlineData("He is, [|by all accounts|], the perfect nominee.")]
    [InlineData("\"[|It is believed|] the painting was stolen,\" said Inspector Ruth Hale.")]
    public void Reports_attribution_to_no_one(string markup) => Verify.VerifyMarkdown(markup);

    // An adverb inside the passive or the expectation still leaves the claim with no holder.
    [Theory]
    [InlineData("The mayor of Lyon [|is also expected to|] attend the summit.")]
    [InlineData("The vice-president [|was also expected to|] host the visitors.")]
    [InlineData("[|It has also been reported|] that the club sold its stadium.")]
    [InlineData("The clerk [|is also believed to|] have rewritten the memo.")]
    [InlineData("The vote [|is now reported to|] have moved to Saturday.")]
    public void Reports_passives_and_expectations_with_an_adverb(string markup) => Verify.VerifyMarkdown(markup);

    // sources70: "reported to" before a recipient is a report made to someone (fresh32, tune29, tune36, tune38: unlabelled),
    // not the impersonal "is reported to be/have"; the infinitive keeps the finding.
    [Theory]
    [InlineData("Dozens of threats were reported to the police last year.")]
    [InlineData("The officer, who was reported to investigators by a neighbour, resigned.")]
    [InlineData("Phelps said that given what was reported to league officials, the team acted.")]
    [InlineData("The abuse was reported to us in 2019.")]
    public void Does_not_report_a_report_made_to_a_recipient(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("The minister [|was reported to|] have resigned on Friday.")]
    [InlineData("Dozens of fighters [|are reported to|] be trapped in the town.")]
    [InlineData("The envoy [|is reported to|] already have left Kabul.")]
    public void Still_reports_reported_to_before_an_infinitive(string markup) => Verify.VerifyMarkdown(markup);

    // anon26: the writer's "we are told" with adverbs inside it, the past of "is said to be", a toll reported by no one
    // and a comparison with what no one said are all credited to no one (guidelines 5).
    [Theory]
    [InlineData("[|We are breathlessly told|] it has spread from human to human.")]
    [InlineData("[|I was repeatedly told|] the plant was safe.")]
    [InlineData("[|We have been constantly told|] that the plan works.")]
    [InlineData("Both moves [|were said to be|] largely symbolic.")]
    [InlineData("The lawyer [|was said to have|] dirt on the candidate.")]
    [InlineData("At least four medical workers [|were reported killed|] in airstrikes near Aleppo.")]
    [InlineData("More than 20 people [|are reported dead|] after the storm.")]
    [InlineData("[|Same was said about|] the earlier outbreaks.")]
    public void Reports_told_said_and_reported_passives_with_no_holder(string markup) => Verify.VerifyMarkdown(markup);

    // sources32: the same frames read by grammar with an adverb before "been", a contraction, or "it" and a participle of
    // saying or believing before "that" (UnheldTellings).
    [Theory]
    [InlineData("[|I have often been told|] that the system works.")]
    [InlineData("At Google, [|we’re regularly told|] that biases hold women back.")]
    [InlineData("[|I've often been told|] that the system works.")]
    [InlineData("[|It has long been rumoured|] that he would resign.")]
    [InlineData("[|It is even said|] that he likes beautiful women.")]
    [InlineData("[|It was initially claimed|] that they had shot down 41 of 42 missiles.")]
    public void Reports_an_adverbed_telling_or_saying_read_by_grammar(string markup) => Verify.VerifyMarkdown(markup);

    // Guards for that reading: "it" with no "that" clause, a negated or modal saying, and a named pronoun's.
    [Theory]
    [InlineData("It was even said to the committee in private.")]
    [InlineData("It is not often said that the plan works.")]
    [InlineData("It would often be said that the plan works.")]
    [InlineData("He has often been told that the plan works.")]
    public void Does_not_report_an_adverbed_saying_with_no_clause_or_a_holder(string text) => Verify.VerifyNoDiagnostics(text);

    // Guards: an order given to others, a telling with its agent, speech addressed to someone and a toll with its source.
    [Theory]
    [InlineData("They were repeatedly told to leave the building.")]
    [InlineData("We were repeatedly told by the mayor that the water was safe.")]
    [InlineData("Nothing that was said to the committee was recorded.")]
    [InlineData("I was not told her name before the meeting.")]
    [InlineData("While we were never told why, the ward was moved.")]
    [InlineData("Four workers were killed in the airstrikes, the Syrian Civil Defense said.")]
    public void Does_not_report_a_telling_with_a_holder_or_no_hearsay(string text) => Verify.VerifyNoDiagnostics(text);

    // A reduced passive after its noun credits the belief to no one, as "is thought to be" does.
    [Theory]
    [InlineData("The two men, [|thought to be|] brothers, left the court together.")]
    [InlineData("The company [|thought to be|] the last sponsor said it would withdraw.")]
    [InlineData("Ten counties once [|thought to have been|] safe were flooded.")]
    public void Reports_a_reduced_impersonal_passive(string markup) => Verify.VerifyMarkdown(markup);

    // sources24: estimates, acknowledgements and judgements credited to no one, and doubt or expectation as a state of
    // affairs.
    [Theory]
    [InlineData("The wall [|is estimated to|] cost about $23 billion.")]
    [InlineData("Yes, it [|is generally acknowledged|] that he will not be the nominee.")]
    [InlineData("The debate was [|widely characterized|] as bitter.")]
    [InlineData("That assertion was [|widely discredited|].")]
    [InlineData("Hart [|was widely expected to|] clinch the nomination.")]
    [InlineData("[|There is an expectation|] that the new pope could clear up the Curia.")]
    [InlineData("And [|there's skepticism|] that the real story is being told.")]
    [InlineData("His footprint in the party [|led to speculation|] that he would succeed her.")]
    [InlineData("[|There were voices|], on both the left and the right, who said her time had passed.")]
    [InlineData("The attack [|is being described as|] the biggest since the 1990s.")]
    public void Reports_estimates_and_states_of_doubt_held_by_no_one(string markup) => Verify.VerifyMarkdown(markup);

    // sources24: in the clause a source reports, an expectation or estimate of the phrase list is that source's, as the
    // unlisted passive expectations already were; a quotation's stays flagged, and a belief passed on stays flagged.
    [Theory]
    [InlineData("He notes that the planned train is expected to cut the drive to 45 minutes.")]
    [InlineData("The report noted that the law still is expected to reduce the deficit.")]
    [InlineData("The Daily Beast reported Monday that the legal fees are estimated to exceed $1 million.")]
    [InlineData("It is something that is expected among royal children of this rank.")]
    public void Does_not_report_an_expectation_in_a_source_s_reported_clause(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("Police said the man [|is believed to|] have fled.")]
    public void Reports_a_belief_passed_on_in_a_reported_clause(string markup) => Verify.VerifyMarkdown(markup);

    // sources23: a passive "expected" with no infinitive, or in an absolute after "with", holds no one's forecast either.
    [Theory]
    [InlineData("As government aid runs out, more layoffs [|are expected|].")]
    [InlineData("Guatemalan officials [|were expected|] in Washington on Monday.")]
    [InlineData("The announcement had [|been expected|] for months.")]
    [InlineData("Early in the week, with Jon Ossoff [|expected to|] win, Pelosi made her plans known.")]
    [InlineData("The Senate will vote in May, with action on the floor [|expected|] later in the summer.")]
    public void Reports_an_expectation_with_no_holder(string markup) => Verify.VerifyMarkdown(markup);

    // doclint.DL3002.allowed_terms silences an unheld expectation whose words hold the term, as it drops a listed phrase;
    // one without it stays.
    [Theory]
    [InlineData("As government aid runs out, more layoffs are expected.", "are expected")]
    [InlineData("As government aid runs out, more layoffs [|are expected|].", "is said to")]
    public void Allowed_terms_silence_an_expectation_with_no_holder(string markup, string allowed) =>
        Verify.VerifyMarkdown(markup, new AnalyzerOptions(ImmutableDictionary<string, string>.Empty.Add("doclint.DL3002.allowed_terms", allowed)));

    // A comparison, a duty, a modal's perfect, a noun's modifier, an active verb, a source's reported clause or a named
    // source closing the sentence: no forecast is left without its holder.
    [Theory]
    [InlineData("Sales came in better than was expected.")]
    [InlineData("This is what is expected of all employees.")]
    [InlineData("Such a warning should not have been expected.")]
    [InlineData("Under the old rules, a delay would have been expected.")]
    [InlineData("With a few expected delays, the plan went ahead.")]
    [InlineData("Those who worked with Mueller expected him to follow the rules.")]
    [InlineData("The National Weather Service said heavy rainfall was expected from Louisiana to Kentucky.")]
    [InlineData("Another 25,000 are expected this year, according to the Swedish Migration Agency.")]
    public void Does_not_report_an_expectation_with_a_holder_or_no_forecast(string text) => Verify.VerifyNoDiagnostics(text);

    // sources27: a judgement or a censure in the passive that the phrases do not list, read by its grammar (be, adverbs,
    // a judgement participle and its complement; a reduced relative after a noun or a comma).
    [Theory]
    [InlineData("The jihadist movement in Jordan [|is considered|] small and many of its members are in prison.")]
    [InlineData("Ohio, Pennsylvania and West Virginia [|are all seen as|] key to the Senate map.")]
    [InlineData("The young leader [|is still believed|] to be proving himself.")]
    [InlineData("The World Health Organization [|has been criticized|] for spreading misinformation.")]
    [InlineData("After the election, Facebook [|was widely criticized|] for the spike of misinformation.")]
    [InlineData("Officials traced the movements of a woman [|believed|] to be the first person infected.")]
    [InlineData("The state demanded fines over protests against the new law, [|seen as|] anti-Muslim.")]
    // sources68: a reading and a billing held by no one (fresh38, fresh45, tune43).
    [InlineData("The use of the word [|was widely interpreted as|] a reference to the Trail of Tears.")]
    [InlineData("Twitter flagged a tweet that [|was interpreted as|] advocating violence.")]
    [InlineData("He [|is often touted as|] a key contender for the 2016 race.")]
    // perf58: the reading starts only at a participle the sentence's lexicon marks, in any case and beside text outside
    // ASCII (a curly quotation mark, a dash).
    [InlineData("The \u201cjihadist\u201d movement in Jordan \u2014 tiny \u2014 [|is CONSIDERED|] small by any measure.")]
    [InlineData("The World Health Organization [|has been Criticized|] for spreading misinformation.")]
    public void Reports_an_unlisted_judgement_with_no_holder(string markup) => Verify.VerifyMarkdown(markup);

    // A modal's or an infinitive's judgement, a plain passive with no judgement's complement, an active verb with its
    // own subject, a named agent and a named source closing the sentence: no judgement is left without its holder.
    [Theory]
    [InlineData("Rowling cannot be considered a friend of the movement.")]
    [InlineData("Firing him could be seen as confirming the claims.")]
    // sources68: a modal's reading and a named person's touting stay silent.
    [InlineData("The button could be interpreted as an invitation to donate.")]
    [InlineData("It is a drug Trump recently touted as a treatment.")]
    [InlineData("Obama has a disdain for conventional wisdom.")]
    [InlineData("The bill is being considered in committee.")]
    [InlineData("Laura Ingraham was considered for a post in the administration.")]
    [InlineData("The senator was seen leaving the building.")]
    [InlineData("It is a move which Trump viewed as weak.")]
    [InlineData("The phenomenon has been criticized by Senator Ann Ruiz and her staff.")]
    [InlineData("The plan was criticized for its cost, according to the Washington Post.")]
    [InlineData("The policy is considered a failure by the Congressional Budget Office.")]
    [InlineData("Cuomo insists that he took action that everyone at the time regarded as premature.")]
    [InlineData("There is an exception for those who have come through a country considered to be safe.")]
    [InlineData("Fox executives could not crow that its news side is considered as credible as any other.")]
    [InlineData("Van Hollen said Boehner is unable to make a deal perceived as reasonable by most voters.")]
    [InlineData("An outbreak is deemed to have become a pandemic when it has spread among humans on several continents.")]
    [InlineData("'Do you mind if I play through?' Trump is seen to ask in the cartoon.")]
    public void Does_not_report_a_judgement_with_a_holder_or_no_judgement(string text) => Verify.VerifyNoDiagnostics(text);

    // After its subject "thought" is that subject's own verb.
    [Theory]
    [InlineData("The army crushed what he thought to be a revolt.")]
    [InlineData("They found what they thought to have been a grave.")]
    public void Does_not_report_a_subject_s_own_thought(string text) => Verify.VerifyNoDiagnostics(text);

    // "reports that" as a noun after a preposition or "there have been" credits the claim to reports no one can check.
    [Theory]
    [InlineData("The team left for Madrid despite [|reports that|] the coach had resigned.")]
    [InlineData("Shares fell amid [|reports that|] the bank would close branches.")]
    [InlineData("The senator responded to [|reports that|] the bill was dead.")]
    [InlineData("There have been [|reports that|] the factory dumped waste in the river.")]
    [InlineData("She said she was unaware of [|reports that|] the count was low.")]
    [InlineData("The fund-raiser resigned [|amid news that|] he had paid the model.")]
    [InlineData("The deal was cancelled [|on the heels of revelations that|] the firm had ties to donors.")]
    public void Reports_bare_reports_that(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("The Dallas Observer reports that the plant is still open.")]
    [InlineData("Fox News reports that the talks have stalled.")]
    [InlineData("The Associated Press reports that the vote was delayed.")]
    [InlineData("Hiring was revised to 193,000, more than was initially reported.")]
    // Guards: "of reports/news that" is as often a relative clause.
    [InlineData("The researchers wrote dozens of reports that explained the threat.")]
    [InlineData("Platforms control the mix of news that people see.")]
    public void Does_not_report_named_outlets_or_comparisons(string text) => Verify.VerifyNoDiagnostics(text);

    // Rumours, speculation and concerns no one in the sentence holds, and the perfect passives of estimating and
    // describing (guidelines section 5).
    [Theory]
    [InlineData("The threats have [|fueled rumors|] that a launch is near.")]
    [InlineData("The lampposts, which [|are rumored to|] hold cameras, came down.")]
    [InlineData("The group, [|widely understood to|] be the union, was named in the charge.")]
    [InlineData("The state law [|has been described as|] the strictest in the nation.")]
    [InlineData("The rate of asthma [|has been estimated|] at four times the national level.")]
    [InlineData("The senator [|had been considered|] a top prospect for the job.")]
    [InlineData("Similar [|concerns have been raised|] about the new app.")]
    [InlineData("Now [|there is open speculation|] that her campaign is in trouble.")]
    [InlineData("Later [|it was revealed|] that the agency had lost the files.")]
    [InlineData("[|There was a sense|] that the campaign misread the state.")]
    [InlineData("The shares rose [|amid speculation|] of a coming merger.")]
    [InlineData("He declined to name a number, [|amid speculation|] that it would be about 5,000.")]
    [InlineData("The club kept him [|despite rumors|] that he wanted to leave.")]
    [InlineData("As the primary ends, [|there has been intense speculation|] that his support has a ceiling.")]
    // sources68: a consensus no one holds as the claim's frame (fresh37, tune37).
    [InlineData("The [|conventional wisdom is|] that vice presidential debates do not matter much.")]
    [InlineData("The [|conventional wisdom says|] Republicans should get over it.")]
    public void Reports_impersonal_sources_with_no_holder(string markup) => Verify.VerifyMarkdown(markup);

    // Report and rumour nouns with no owner that carry a claim (a that-clause or "of" + the claim): the reports are no
    // one the reader can check (fresh27, the tuning pool).
    [Theory]
    [InlineData("The agency flatly denied [|reports that|] he had received more threats.")]
    [InlineData("Aid was amplified by [|recent reports of|] gruesome conditions at the station.")]
    [InlineData("Hundreds were detained, amid [|reports of|] police violence.")]
    [InlineData("Then [|came a report that|] the two had clashed in a private meeting.")]
    [InlineData("The statement was a denial of [|widespread rumors that|] it was planning a sweep.")]
    [InlineData("[|Word had spread that|] some of its sailors had been working long weeks.")]
    [InlineData("The letter follows [|reports that|] the groups had been involved.")]
    public void Reports_unowned_report_and_rumour_nouns(string markup) => Verify.VerifyMarkdown(markup);

    // The same nouns read by their grammar (UnownedReports), after any word that cannot own them: a verb, a
    // preposition, "a"/"the", a weekday's possessive or the sentence's start, with a claim after them (tuning pool:
    // "Friday's reports of David Petraeus' closed-door testimony", rev4cvWkHKKJ4sKS#s000).
    [Theory]
    [InlineData("The shares rose on [|reports that|] the company was in talks.")]
    [InlineData("Stocks fell on [|rumors that|] the bank would fail.")]
    [InlineData("The senator faced questions over [|reports suggesting|] that he had lied.")]
    [InlineData("[|Friday's reports of|] his closed-door testimony suggested that the agency knew.")]
    [InlineData("[|Unconfirmed reports that|] the general had fled spread quickly.")]
    [InlineData("She was unaware of [|reports that|] in some instances officials assumed the worst.")]
    [InlineData("Given the [|reports of|] poor organization by the Trump campaign, Cruz won the delegates.")]
    [InlineData("The ministry could not confirm [|rumors that|] grenades were found in the truck.")]
    [InlineData("Traders sold on [|swirling rumors that|] the bank would fail.")]
    [InlineData("Lurking in the background was the [|rumor that|] operatives had a tape.")]
    [InlineData("There had previously been [|speculation that|] a technical issue caused the crash.")]
    [InlineData("They all must have seen [|reports of|] patients who had the virus.")]
    [InlineData("The shares fell on [|reports that|] violence erupted at the plant.")]
    [InlineData("Trump used the statistic to validate [|speculation that|] technology companies are encoding bias.")]
    public void Reports_unowned_report_nouns_read_by_grammar(string markup) => Verify.VerifyMarkdown(markup);

    // The span of a finding after characters outside the Basic Multilingual Plane counts UTF-16 code units, as the
    // markup does (D4Lat1DKoo700yIv: three emoji before "rumors that"; a reader of the JSON that counts code points is
    // three characters off, the finding is not).
    [Fact]
    public void Spans_a_report_after_astral_characters_in_utf16()
        => Verify.VerifyMarkdown("Fans wept \U0001F62D\U0001F62D\U0001F62D at the news. The ministry cannot confirm [|rumors that|] grenades were found.");

    // An owner, a count, a denial or the verb: "Fox News reports that", "he reports that", "pleased to report that",
    // "no reports of", "the report of the Intergovernmental Panel", "media reports that" (a noun before it), a relative
    // clause after "that".
    [Theory]
    [InlineData("Fox News reports that the deal is off.")]
    [InlineData("He reports that the deal is off.")]
    [InlineData("I'm pleased to report that all the insurers agreed.")]
    [InlineData("There were no reports of injuries.")]
    [InlineData("The latest report of the Intergovernmental Panel on Climate Change tells us that time is short.")]
    [InlineData("The administration has pushed back on media reports that it was sparsely attended.")]
    [InlineData("Rumors that confirm people's biases spread fast.")]
    [InlineData("The board read NBC's report that the chief had resigned.")]
    [InlineData("A Senate panel released a report saying the company avoided taxes.")]
    [InlineData("He would hear all the rumors that the move gave rise to.")]
    [InlineData("He would like to see reports that show not just what rivals charge.")]
    [InlineData("Pro-government outlets published reports that support this unfounded accusation.")]
    [InlineData("The survey found false reports that the law was predominant.")]
    public void Does_not_report_owned_counted_or_verbal_reports(string text) => Verify.VerifyNoDiagnostics(text);

    // A vague agent of a passive of attribution ("by many", "often") or a vague quantifier that agrees: no one the
    // reader can check holds the view (tuning pool).
    [Theory]
    [InlineData("So when he told the paper he was open, it was [|taken by many as|] good news.")]
    [InlineData("The wins are [|often attributed to|] demographic change.")]
    [InlineData("That was unsurprising given what [|all sides agree|] is the weaker position.")]
    [InlineData("The plan was, [|by some accounts|], drafted in a week.")]
    public void Reports_vague_agents_of_attribution(string markup) => Verify.VerifyMarkdown(markup);

    // A passive of holding a view whose "by" agent the attribution reader takes as a vague source ("seen by many",
    // "considered by many") is DL3001's, reported on the agent's words: DL3002 gives way, so one phrase carries one
    // warning (19 allsides sentences carried both after sources52).
    [Theory]
    [InlineData("The business of sports is seen by many as a prime example of the inequities.")]
    [InlineData("The treaty was long considered by many as a failure.")]
    public void Gives_way_to_a_vague_agent_the_source_rule_reports(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // Guards: an owned report, a count of reports, and "reports of" with no frame word stay unflagged.
    [InlineData("The researchers filed dozens of reports of abuse with the board.")]
    [InlineData("Reporters stayed away from scurrilous rumors that couldn't be proven.")]
    public void Does_not_report_owned_or_counted_reports(string text) => Verify.VerifyNoDiagnostics(text);

    // The passive's own "by" agent names who describes, considers or told it; a "by" past another noun's "of" or a
    // verb's "to" is not that agent, and "by" with a lower-case group names no one.
    [Theory]
    [InlineData("The preacher has been described as an extremist by the Southern Poverty Law Center.")]
    [InlineData("The group is considered a terrorist organization by the U.S. and Israel.")]
    [InlineData("We were told by the White House that the speech would be short.")]
    [InlineData("The mayor, who has been considered for cabinet posts, declined to comment.")]
    public void Does_not_report_a_passive_with_its_named_agent(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("The launch [|is seen as|] part of efforts by North Korea to build a bomb.")]
    [InlineData("The city [|is regarded as|] likely to be taken by Russia.")]
    [InlineData("The fighter was [|reportedly|] paid by Democrats to investigate.")]
    [InlineData("The plan [|is considered a|] gamble by many in the party.")]
    public void Still_reports_a_by_that_is_not_the_passive_s_agent(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("Police believe the painting was stolen in 1990.")]
    [InlineData("The museum reported the theft on Monday.")]
    public void Does_not_report_named_believers(string text) => Verify.VerifyNoDiagnostics(text);

    // A named source closing the sentence holds the expectation or the report before it.
    [Theory]
    [InlineData("The minister is expected to announce the plan before the end of the year, Interior Minister Ana Ruiz said on Saturday.")]
    [InlineData("The agency reportedly raised concerns about the lab in 2018, according to the Washington Post.")]
    public void Does_not_report_what_a_closing_named_source_holds(string text) => Verify.VerifyNoDiagnostics(text);

    // Not when the named source is quoted, has its own clause, is joined by "and", or reports a view held by many.
    [Theory]
    [InlineData("Migrants take this route because [|many believe|] the other will fail, she said.")]
    [InlineData("\"The plan [|is expected to|] pass,\" said Senator Ruth Hale.")]
    [InlineData("The bill [|is expected to|] pass, and Ruth Hale said she would vote for it.")]
    [InlineData("The bill [|is expected to|] pass, Ruth Hale said he would vote for it.")]
    public void Still_reports_what_no_closing_source_holds(string markup) => Verify.VerifyMarkdown(markup);

    [Fact]
    public void Reports_in_plain_text_at_the_file_offset() =>
        Verify.VerifyPlainText("Local news.\n\nThe suspect [|reportedly|] fled to Spain.\n");

    // sources36: an estimate or count credited to no one, a reduced "expected to" after its noun or a comma, and an
    // adverb of how widely an expectation is held inside the passive.
    [Theory]
    [InlineData("[|By one estimate|], the app has 214 million users in the country.")]
    [InlineData("[|By some estimates|], the stadium could cost the city $3 billion.")]
    [InlineData("The change would save $2 billion a year, [|according to one estimate|].")]
    [InlineData("The campaign is targeting four states [|expected to|] be hotly contested next year.")]
    [InlineData("The rule takes effect after a vetting period [|expected to|] end soon.")]
    [InlineData("The judge, 87, [|widely expected to|] retire next year, stayed silent.")]
    [InlineData("He [|is widely expected|] Monday night to announce more troops.")]
    [InlineData("The program has long [|been criticized|] for being abused by US companies.")]
    public void Reports_unheld_estimates_and_reduced_expectations(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: "expected" as a clause's own active verb (a subject opening its clause, after a pronoun, a relative word or
    // "because"), an estimate with its maker named at the end, and a censure whose own agent is named.
    [Theory]
    [InlineData("Democrats expected to win the seat easily.")]
    [InlineData("Many voters expected to see change, but little came.")]
    [InlineData("She said she expected to leave by noon.")]
    [InlineData("It was not what the coaches expected to see.")]
    [InlineData("The mood soured because investors expected to earn more.")]
    [InlineData("By one estimate, the app has 214 million users, according to Pew Research.")]
    [InlineData("The program was criticized by the Senate for its cost.")]
    public void Does_not_report_active_expectations_or_held_estimates(string text) => Verify.VerifyNoDiagnostics(text);

    // sources38: hearsay as a state of affairs ("there was speculation" family): stories, complaints, talk and a sense
    // credited to no one, and "those who argue" with none of them named.
    [Theory]
    [InlineData("[|There have been stories|] about foreign governments giving to the foundation.")]
    [InlineData("[|There have been complaints|] that the paper ran the photos two days running.")]
    [InlineData("([|There is also a sense|] on the campaign's side that the system is unfair.)")]
    [InlineData("[|There also was talk|] that the cartel is considering a deeper cut.")]
    [InlineData("On the one hand, [|there are those who argue|] that the market must be curbed.")]
    public void Reports_hearsay_there_is(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: "there are plenty of reasons" and a plain existential hold no hearsay.
    [Theory]
    [InlineData("There are plenty of reasons to chalk this up to coincidence.")]
    [InlineData("There have been three storms this month.")]
    public void Does_not_report_plain_existentials(string text) => Verify.VerifyNoDiagnostics(text);

    // sources36: the outlet writing the story told by no one, as the writer's "we are told" is.
    [Theory]
    [InlineData("[|Fox News is told|] that the wage boost is not part of the talks.")]
    [InlineData("At the same time, [|Fox News is told|] House Democrats are wary.")]
    [InlineData("[|CNN has been told|] the talks stalled overnight.")]
    public void Reports_an_outlet_told_by_no_one(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: an outlet told to act, told by a named agent, not told, and no outlet before the telling.
    [Theory]
    [InlineData("CNN was told to leave the briefing room.")]
    [InlineData("Fox News was told by the White House that the talks had stalled.")]
    [InlineData("CNN was not told why the meeting moved.")]
    [InlineData("The reporter reached out to the office and was told he was away.")]
    public void Does_not_report_an_outlet_told_to_act_or_by_someone(string text) => Verify.VerifyNoDiagnostics(text);

    // sources41: "an estimated" before a quantity, with no source in the sentence to own the estimate.
    [Theory]
    [InlineData("[|An estimated|] 12 states have seen similar fraud schemes.")]
    [InlineData("There are [|an estimated|] 700,000 to 1.5 million people on the watch list.")]
    [InlineData("The pandemic has affected [|an estimated|] 2.7 billion workers worldwide.")]
    [InlineData("[|An estimated|] nearly half a million Syrians have died in the war.")]
    [InlineData("The new plant emits [|an estimated|] 17 percent more than the old one.")]
    [InlineData("Each new holiday costs [|an estimated|] $600 million in paid time off.")]
    public void Reports_an_estimate_owned_by_no_one(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a source in the sentence, before or after, named or vague, owns the estimate; "an estimated" before a noun
    // is an adjective, not a figure's source; the passive "is estimated" with its agent stays the phrases' reading.
    [Theory]
    [InlineData("According to the White House, an estimated 44 million workers do not have the benefit.")]
    [InlineData("Each new holiday costs an estimated $600 million in paid time off, according to a Fox News report.")]
    [InlineData("Rodriguez said the contracts will cost an estimated $100 per test.")]
    [InlineData("The budget office has not yet released an estimated cost for this version of the bill.")]
    [InlineData("The Congressional Budget Office estimated that an estimated 2 million people would lose coverage.")]
    public void Does_not_report_an_owned_estimate_or_an_estimated_noun(string text) => Verify.VerifyNoDiagnostics(text);
}
