using System.Collections.Immutable;
using DocLint.Analysis;
using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Sources.VagueSourceAnalyzer>;

namespace DocLint.Rules.Tests.Sources;

public sealed class DL3001VagueSourceAnalyzerTests
{
    [Theory]
    [InlineData("[|Experts say|] the reform will fail.")]
    [InlineData("[|Critics argue|] that the law goes too far.")]
    // An unnamed document closing the sentence (figures45's ClosesAfterDocument; rev34 narrowed what may precede it).
    [InlineData("Households spent a third of the money, [|research shows|].")]
    [InlineData("[|People familiar with the matter said|] the deal collapsed on Friday.")]
    [InlineData("The coach will leave in June, [|according to sources close to the club|].")]
    [InlineData("The plan, [|experts say|], will fail.")]
    [InlineData("[|Analysts warn|] that prices will keep rising.")]
    [InlineData("[|Critics point out|] that the law singles out one group.")]
    [InlineData("Turnout fell, [|as many|] have pointed out.")]
    [InlineData("[|Insiders say|] the chief executive will step down.")]
    [InlineData("The road reopened on 3 June, [|officials said|].")]
    [InlineData("[|Studies show|] that sleep improves memory.")]
    [InlineData("[|A U.S. official told|] reporters that the bombs were built at home.")]
    [InlineData("\"They are both similar,\" [|one Clinton insider told|] ABC News.")]
    [InlineData("No one is listening, [|according to a Republican briefed on the calls|].")]
    [InlineData("[|Numerous U.S. officials have cast doubt|] on that promise.")]
    [InlineData("After years of blame, [|some Republicans said|] they were responsible.")]
    [InlineData("Pirro said a counsel was needed, [|according to two people briefed on the discussion|].")]
    [InlineData("He replied, \"[|Multiple sources|] do say that, and it is framed carefully.\"")]
    [InlineData("In essence, what [|many Democrats|] have been arguing is that he should have waited.")]
    [InlineData("[|GOP lawmakers said|] the bill would not pass before the recess.")]
    [InlineData("The mayor resigned at a time when [|critics|] have been saying the budget was hidden.")]
    [InlineData("[|Supporters of the mayor tell|] us the audit was rushed.")]
    [InlineData("[|Experts|] were also sceptical that the leaders had ever intended to come.")]
    [InlineData("[|Most local election officials of both parties|], however, recognize that mail voting is necessary.")]
    [InlineData("[|Massive new leaks suggest|] numerous contacts during the campaign.")]
    [InlineData("\"We will win,\" [|said one aide|] who was in the room.")]
    [InlineData("The cost was higher than [|reported by several news outlets|].")]
    [InlineData("[|Some argue|] that the law goes too far.")]
    [InlineData("Prison numbers fell in 2015, and [|some say|] that is due to the memo.")]
    [InlineData("The tabloids heaped criticism on her, [|some argue|], that trafficked in old tropes.")]
    [InlineData("It is no surprise that [|some argue|] that the future favors the strong man.")]
    [InlineData("The bill ends the doctrine, which [|some|] have argued gives cover to abusive officers.")]
    [InlineData("He said, \"[|Some argue|] that the future favors the strong man.\"")]
    [InlineData("[|Health experts stress|] that even flawed statistics can be valuable.")]
    [InlineData("[|Civil rights advocates|] have long complained that the warrants are dangerous.")]
    [InlineData("The plan would send militia door to door, though [|experts caution|] that it could spread the virus.")]
    [InlineData("Still, this does not make essential jobs bad jobs, [|labor experts stressed|].")]
    [InlineData("The cuts would hurt the poorest towns, [|critics complained|]")]
    public void Reports_sources_the_reader_cannot_check(string markup) => Verify.VerifyMarkdown(markup);

    // A role or group noun with a participle or relative clause after it is read back past the usual nine tokens, up to
    // twelve, when the phrase opens its clause (branch anon23): the longer reach once stopped inside the phrase and left a
    // capitalised modifier ("U.S.", "Senate") as its first word, which read as a name.
    [Theory]
    [InlineData("[|A senior U.S. intelligence official involved in regional security issues said|] the strike could affect Russia's response.")]
    [InlineData("[|A U.S. official familiar with the composition of special operations forces told|] Fox News that the group would provide support.")]
    [InlineData("\"We seem to be declining,\" [|a federal official who oversees the administration of such tests told|] Education Week.")]
    [InlineData("[|Another person who worked in the Senate at the time told|] the NewsHour he recalled the scene.")]
    [InlineData("Al Jazeera could not verify the account, but [|a social worker who works closely with him at the MNFC says|] she believes him.")]
    public void Reports_a_long_post_modified_source(string markup) => Verify.VerifyMarkdown(markup);

    // Guards for the longer reach: a coordinated subject keeps its old reading (the conjunct after "and").
    [Theory]
    [InlineData("The Post and [|others who went on to pick up the story noted|] that the director was appointed by Obama.")]
    public void Keeps_the_short_reading_of_a_coordinated_long_subject(string markup) => Verify.VerifyMarkdown(markup);

    // sources72: "involved" and "informed" open a reduced relative as "briefed" does, and after an inverted verb the
    // tagger's past tense for the participle no longer stops the source.
    [Theory]
    [InlineData("He was peeved, [|according to people informed about his day|].")]
    [InlineData("The effort stalled, [|according to Republican officials involved in the discussions|].")]
    [InlineData("The talks stalled, [|said people involved in the talks|].")]
    [InlineData("The talks stalled, [|said people briefed on the talks|].")]
    [InlineData("For example, [|according to an informed U.S. government official|], Beijing has told diplomats to push back.")]
    public void Reports_a_source_with_a_participle_qualifier(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a finite verb after an inverted verb's object is still its clause, and a participle with no preposition
    // after it is no qualifier ("the Republicans involved really believed"; "an informed official" stays a source, above).
    [Theory]
    [InlineData("The mayor, a staff attorney with the group, said many landlords involved the police.")]
    [InlineData("The mayor said officials informed reporters of the plan.")]
    [InlineData("It was possible to believe that some of the Republicans involved really believed the story.")]
    public void Does_not_report_a_participle_that_is_a_verb(string text) => Verify.VerifyNoDiagnostics(text);

    // sources29: a phrase found away from its verb that ends in its qualifier is reported with the qualifier's object
    // (Semantics/QualifierObjects), as GUIDELINES section 3 spans "A source familiar with what happened".
    [Theory]
    // sources71: the count is the source's, as the gold spans it ("two people familiar with the matter").
    [InlineData("It cited [|two people familiar with the matter|].")]
    [InlineData("The plan was outlined in interviews with [|several sources close to the mayor|].")]
    [InlineData("She met new [|people familiar with the matter|].")]
    // sources30: the article goes with its head and qualifier (Semantics/QualifiedSources), as in "A source familiar with".
    [InlineData("[|The sources familiar with Trump's thinking|] also told Bash he is concerned.")]
    [InlineData("[|A source familiar with what happened|] in the Situation Room on Wednesday told CNN that the mood was grim.")]
    public void Reports_a_qualified_source_with_the_qualifier_s_object(string markup) => Verify.VerifyMarkdown(markup);

    // anon24: "with (direct) knowledge of" after a source noun qualifies it as "familiar with" does (vague-source-nouns.txt),
    // and the object after "of" is reported with it; "two people with knowledge of the talks" stood too far from "said"
    // for the subject reader (fresh24 tYFwE6WvbxepnoNY#s089), and an object of "cited" has no verb of its own.
    [Theory]
    [InlineData("[|Two people with knowledge of the White House task force discussions|] said that they had not seen the report.")]
    [InlineData("It cited [|two officials with knowledge of the talks|].")]
    [InlineData("The paper relied on [|a source with direct knowledge of the negotiations|].")]
    public void Reports_a_source_with_knowledge_of_something(string markup) => Verify.VerifyMarkdown(markup);

    // sources30: a qualified source is read from its head (class-qualified-source-heads) and qualifier
    // (class-source-qualifier-phrases), not from a list of their products, so every head takes every qualifier and its
    // article: "the person familiar with", "officials familiar with", "someone close to", "an official close to" were
    // missing from vague-source-nouns.txt (allsides: "according to the person familiar with the plans", "the official
    // close to Iran's decision making said").
    [Theory]
    [InlineData("The state will move the equipment, [|according to the person familiar with the plans|].")]
    [InlineData("The account was described to Reuters by [|three officials familiar with the meetings|].")]
    [InlineData("Meanwhile, [|someone close to Kushner|] has suggested that he would be unlikely to seek a partner.")]
    [InlineData("It cited [|a senior official with knowledge of the talks|].")]
    public void Reports_any_qualified_source_head(string markup) => Verify.VerifyMarkdown(markup);

    // Guard: "with knowledge of" after no source noun is no source.
    [Theory]
    [InlineData("Anyone with knowledge of the crime should call police.")]
    [InlineData("The board acted with knowledge of the risks.")]
    public void Does_not_report_knowledge_without_a_source_noun(string text) => Verify.VerifyNoDiagnostics(text);

    // anon24: the vague object of "citing"/"quoting" (class-citing-participles.txt) is the source of the report, read as
    // the object of "according to" is (fresh24 eSjVBZ2C9MsnRp8u#s015).
    [Theory]
    [InlineData("The review alerted officials, the paper said [|quoting an unnamed senior official|].")]
    [InlineData("[|Citing two U.S. officials|], Bloomberg reported that he would resign.")]
    [InlineData("The AP reported the deal, [|citing anonymous sources|].")]
    public void Reports_the_vague_object_of_citing(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a citing that did not happen, a reason cited, and a named object are no vague source.
    [Theory]
    [InlineData("He said so without citing evidence.")]
    [InlineData("The story ran without citing anonymous sources.")]
    [InlineData("The paper ran the claim, not quoting unnamed officials.")]
    [InlineData("The city refused to release the name, citing threats against the officer and others.")]
    [InlineData("Quoting the Bible, Fincher then said the unwilling shall not eat.")]
    public void Does_not_report_an_unmade_citing_or_a_cited_reason(string text) => Verify.VerifyNoDiagnostics(text);

    // sources34: the vague object of a causative (class-speech-causing-verbs) made to say or judge something
    // (class-caused-speech-verbs) is the speaker, as the subject of "predict" would be (fresh28 z2MZeJ1FwTcDoLPX#s011).
    [Theory]
    [InlineData("Landlords reported strong collections, leading [|analysts to predict|] that they will fare better.")]
    [InlineData("The data was strong, prompting [|experts to warn|] that rents will rise.")]
    [InlineData("The vote failed, which led [|some Democrats to warn|] that the bill is dead.")]
    [InlineData("The vote failed, causing [|some experts to speculate|] that the bill is dead.")]
    public void Reports_the_vague_object_of_a_speech_causative(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a named object, a belief, a causative with no speaker, "leading" as an adjective and a causative under a
    // modal (a supposed cause: no one was made to say anything) report nothing.
    [Theory]
    [InlineData("The vote failed, which led Senator Warren to warn that the bill is dead.")]
    [InlineData("The ruling led many to believe that the case was over.")]
    [InlineData("The vote failed, leading to a second ballot in May.")]
    [InlineData("The data was strong, prompting fears of a bubble.")]
    [InlineData("The company hired leading analysts to study the market.")]
    [InlineData("The bias is a factor that may have led previous research to conclude that speech was higher.")]
    public void Does_not_report_a_named_or_believing_caused_speaker(string text) => Verify.VerifyNoDiagnostics(text);

    // sources29: the vague agent of a passive of saying, naming or judging is the clause's source
    // (class-agent-report-participles.txt), as "reported by multiple sources" already was.
    [Theory]
    [InlineData("Laachraoui was identified by [|law enforcement sources|] as a bomber.")]
    [InlineData("She is accused by [|sources|] of lying.")]
    [InlineData("She is described by [|sources|] as a loyalist.")]
    [InlineData("Their front-runner has been characterized by [|many political figures|] as a bully.")]
    [InlineData("The report was corroborated by [|two people familiar with the matter|].")]
    public void Reports_the_vague_agent_of_a_passive_report(string markup) => Verify.VerifyMarkdown(markup);

    // sources52: the vague agent of a passive of holding a view holds the view the clause states (fresh38 "acknowledged
    // by voting experts to", pool "derided by critics as", "considered by market pundits as", "believed by many in").
    [Theory]
    [InlineData("Mail-in ballots have long been acknowledged by [|voting experts|] to be more open to fraud.")]
    [InlineData("The gap has been shown by [|researchers|] to correlate with polarization.")]
    [InlineData("Those messages have been derided by [|critics|] as empty platitudes.")]
    [InlineData("The melt-up is considered by [|market pundits|] as the end phase of a bubble.")]
    [InlineData("It is even believed by [|many|] in Washington that the team fueled the talk.")]
    [InlineData("The business of sports is seen by [|many|] as a prime example of the inequities.")]
    [InlineData("The treaty was long considered by [|many|] as a failure.")]
    public void Reports_the_vague_agent_of_a_passive_view(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a named agent, a "by" of time, a reduced relative (no "be" or comma: "reports viewed by officials" were
    // read, not judged), a view still to come and an agent inside scare quotes report nothing.
    [Theory]
    [InlineData("The plan was criticized by the Brookings Institution as costly.")]
    [InlineData("A ruling is expected by the end of the month.")]
    [InlineData("The analysis relied on intelligence reports viewed by officials in 2016.")]
    [InlineData("The plan will be seen by critics as a retreat.")]
    [InlineData("The claim was derided by \"experts\" on the show.")]
    public void Does_not_report_a_named_timed_or_unrealised_view_agent(string text) => Verify.VerifyNoDiagnostics(text);

    // Guards: a future or infinitive passive is no one's report yet, and a named agent or the police is no vague one.
    [Theory]
    [InlineData("He will be accused by critics of exploiting them.")]
    [InlineData("The officers have yet to be identified by authorities.")]
    [InlineData("The decision was criticized by Senator Warren on Friday.")]
    [InlineData("The suspect was identified by police as John Smith.")]
    // rev24: a listed participle with a named agent ("criticized" above guards UnheldJudgements and, listed since
    // sources52, this reading too), and a modal of possibility across "have been" (AttributionReader.IsUnrealised, not
    // the modal check straight before "be").
    [InlineData("The claim was disputed by Senator Warren on Friday.")]
    [InlineData("The senator could have been accused by critics of lying.")]
    // sources30: one walk back over the verb group (AttributionReader.IsPassiveToCome) finds a supposing modal across
    // "have been" and an adverb before "be", which the two partial checks missed.
    [InlineData("By then the senator will have been accused by critics of lying.")]
    [InlineData("The claim would later be denied by officials.")]
    public void Does_not_report_an_unrealised_or_named_passive_agent(string text) => Verify.VerifyNoDiagnostics(text);

    // sources30: after "what", the vague subject of a past verb of characterising (class-characterising-verbs) is the
    // speaker of the characterisation the author repeats (fresh24 2twr6HdXtNZb4OVb#s001, pool hoJFxcrATe5UPLKi#s002).
    [Theory]
    [InlineData("The documentary exposed what [|one reporter called|] \"the darker side\" of SeaWorld.")]
    [InlineData("The country was experiencing what [|housing experts and advocates deemed|] an eviction crisis.")]
    [InlineData("He endured what [|one U.S. official called|] the worst case of abuse since the war.")]
    [InlineData("Russia used what [|one lawmaker described|] as propaganda on steroids.")]
    public void Reports_the_vague_speaker_of_a_characterisation(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a term of art in the present, a coined name, a supposition, a named speaker and a thing's name.
    [Theory]
    [InlineData("Communal farming creates what economists call the tragedy of the commons.")]
    [InlineData("Approval rose in what pollsters dubbed a rally effect.")]
    [InlineData("It was what one might have called a mistake.")]
    // rev25: a vague subject under "would", which the walk back to the subject passes as a verb filler: only the
    // supposing-modal check (AttributionReader.IsSupposedBetween) keeps it out. The row above passes without that check.
    [InlineData("It was what critics would have called a smear.")]
    [InlineData("He endured what Senator Warren called the worst case of abuse.")]
    [InlineData("The senator backed a bill called the Safe Streets Act.")]
    public void Does_not_report_a_term_a_supposition_or_a_named_characteriser(string text) => Verify.VerifyNoDiagnostics(text);

    // A plural group's expectation is its forecast ("expect" is no reporting verb for anyone else).
    [Theory]
    [InlineData("[|Experts expected|] all of these measures to depress participation.")]
    [InlineData("[|Economists|] were already expecting payroll gains to average 170,000 this year.")]
    [InlineData("The economy grew, though [|most economists|] are expecting a rebound later.")]
    // sources68: an unnamed many forecasts as a listed group does (tune75, tune76, tune82).
    [InlineData("[|Many expect|] the president would veto it.")]
    [InlineData("Yet [|some anticipate|] regional allies making new demands.")]
    public void Reports_a_group_expectation(string markup) => Verify.VerifyMarkdown(markup);

    // A group's charge, doubt or blame is its claim (class-group-stance-verbs): "accuse", "question", "dismiss" are no
    // reporting verbs for anyone else.
    [Theory]
    [InlineData("[|Human rights groups accused|] the army of burning villages.")]
    [InlineData("[|Critics charged|] that the hospital hid the waiting lists.")]
    [InlineData("[|Some observers|] have questioned the timing of the audit.")]
    [InlineData("The ruling, [|which experts dismissed|] as symbolic, changes little.")]
    [InlineData("The unrest spread, with [|some analysts suggesting|] the army had lost control.")]
    [InlineData("The causes are many, but [|political scientists|] mostly blame polarization.")]
    [InlineData("[|Many health experts and organizations|] have denounced the remarks as reckless.")]
    [InlineData("[|Rights groups condemned|] the verdict as political.")]
    public void Reports_a_group_stance(string markup) => Verify.VerifyMarkdown(markup);

    // A group's assumption, judgement or praise is its claim as well (sources38; pool misses: "Most experts
    // assume", "Analysts have posited", "Critics have characterized", "experts praised").
    [Theory]
    [InlineData("[|Most experts assume|] that the rules will be overhauled after the election.")]
    [InlineData("[|Analysts|] have posited that such proposals help the party.")]
    [InlineData("[|Critics|] have characterized the advertising campaign as greenwashing.")]
    [InlineData("First, [|experts praised|] the government's response to the storm.")]
    [InlineData("[|Some analysts suspect|] the talks will fail.")]
    public void Reports_a_group_assumption_or_judgement(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: taking office is an act; "suspects" is a noun and "suspected of" a charge; a passive or a named person's
    // praise has no unnamed holder.
    [Theory]
    [InlineData("Republicans assumed control of the House in January.")]
    [InlineData("Many suspects were arrested after the raid.")]
    [InlineData("Four officials suspected of fraud resigned.")]
    [InlineData("The officials were praised for their response.")]
    [InlineData("Trump praised the response of the governors.")]
    public void Does_not_report_an_act_a_noun_or_a_named_judgement(string markup) => Verify.VerifyMarkdown(markup);

    // Not a group's claim: a criminal charge, a passive, a named person, a noun "questions", a group's plan.
    [Theory]
    [InlineData("Two officials were charged with fraud last year.")]
    [InlineData("Four officials charged with fraud resigned.")]
    [InlineData("The protesters were accused of looting.")]
    [InlineData("Trump accused the press of bias.")]
    [InlineData("Many voters have questions about her record.")]
    [InlineData("Critics would question anything he did.")]
    // sources68: an unnamed many's own plan and a passive expectation hold no forecast.
    [InlineData("Many expect to vote early this year.")]
    [InlineData("Many were expected to attend the rally.")]
    public void Does_not_report_other_stances(string markup) => Verify.VerifyMarkdown(markup);

    // A group placed by a phrase after its head holds its claim as the bare group does (sources39; pool
    // W3CBxzC5ATVMVouR#s003, ig3S1EdArImYR6fr#s019): the group is the word before "in", "on" or "of", not the place.
    [Theory]
    [InlineData("[|Some Democrats in Congress|] have questioned whether the aid was lawful.")]
    [InlineData("[|Other observers of the case|] have questioned whether the memo was written later.")]
    [InlineData("[|Many on the center-left regard|] this as a dead debate.")]
    [InlineData("[|Critics of the waivers view|] them as an effort to keep the deal alive.")]
    public void Reports_a_placed_group_holding_a_claim(string markup) => Verify.VerifyMarkdown(markup);

    // A group's likening, playing down or echoing is its reading (sources39; pool CYA2WtwB6nnPbS4b#s015,
    // OnlcQxpAuIvT9Uif#s032, KUwIbCu0MbHUhgnR#s015).
    [Theory]
    [InlineData("[|Two Chinese officials likened|] the approach to the Korean War.")]
    [InlineData("[|Democratic officials downplay|] the significance of the vote.")]
    [InlineData("[|Other sources underscore|] that births are the only reason for the growth.")]
    [InlineData("[|Doctors and medical experts|] have also echoed similar concerns.")]
    public void Reports_a_group_likening_or_playing_down(string markup) => Verify.VerifyMarkdown(markup);

    // A group's doubt or dispute of a claim is its reading (sources51; fresh38 "Other analysts doubt that", fresh30
    // "Some critics disputed that figure as overblown").
    [Theory]
    [InlineData("[|Other analysts doubt|] that a rate cut will do much for earnings.")]
    [InlineData("[|Some critics disputed|] that figure as overblown.")]
    [InlineData("[|Many economists dispute|] the agency's estimate.")]
    public void Reports_a_group_doubt_or_dispute(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: the nouns "disputes" and "doubts" after a group or "some", a place "disputed" by no one named, a named
    // body's dispute.
    [Theory]
    [InlineData("The two allies have disputes over drilling rights.")]
    [InlineData("Some doubts remain about the plan.")]
    [InlineData("Tensions rose in the disputed region.")]
    [InlineData("The Sanders campaign disputes the notion that support transfers.")]
    [InlineData("Trump disputed the report.")]
    public void Does_not_report_a_dispute_noun_or_a_named_dispute(string text) => Verify.VerifyNoDiagnostics(text);

    // Guards: a partitive's head is its whole ("Many of them", "one of the outlets", "none of the others"); a ratio is a
    // poll's share; a thing's owner is no holder; a client after "for", a lay group, a named person and the noun "echo"
    // stay unreported.
    [Theory]
    [InlineData("One in three Republicans sees a recession as likely next year.")]
    [InlineData("Many of them consider the support of their partners as important.")]
    [InlineData("Some of us view these activities as too risky.")]
    [InlineData("The Times, one of the outlets most often accused of bias, defined the term.")]
    [InlineData("None of the others have been charged.")]
    [InlineData("Some of these tactics echoed the campaign of 2016.")]
    [InlineData("The experiences of former staffers underscore the nature of the case.")]
    [InlineData("Attorneys for the plaintiffs condemned the ruling.")]
    [InlineData("Some people in the town even derided the plan.")]
    [InlineData("The media echo chamber grew louder.")]
    [InlineData("Trump downplayed the virus in March.")]
    public void Does_not_report_a_partitive_a_ratio_or_a_thing_placed(string markup) => Verify.VerifyMarkdown(markup);

    // A partitive before a placed group: the head is the whole before the place, not the place (sources40; rev32 found
    // GroupHeadIndex stopping at the partitive "of" and judging these by "Congress" and "Washington").
    [Theory]
    [InlineData("[|Many of the Democrats in Congress|] have questioned whether the aid was lawful.")]
    [InlineData("[|Many of the critics in Washington accused|] him of lying.")]
    public void Reports_a_partitive_of_a_placed_group(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: read past the partitive, a thing placed stays a thing, and a count in the group still stops the reading.
    [Theory]
    [InlineData("Most of the tactics on display echoed the campaign of 2016.")]
    [InlineData("Some of the buildings in the city underscore the cost of the storm.")]
    [InlineData("Two of the 12 Democrats in Congress questioned the deal.")]
    public void Does_not_report_a_partitive_of_a_thing_placed(string markup) => Verify.VerifyMarkdown(markup);

    // A group whose ", including …" clause names a member speaks through that member (sources43; pool
    // TIsdW5Ivp9YlJSdf#s023, MQDzMJAauJ53kAHl#s012, xN62ZUHbsNyqOYrZ#s015, NsE8tcPN80Ompxa2#s012, g8luDctVX5maYtpf#s012,
    // bdJ4tHxou9k404v7#s009): the labels leave the group unlabelled.
    [Theory]
    [InlineData("Some Republicans, including President Trump, have accused her of delaying the vote.")]
    [InlineData("Some US lawmakers, including Sen. John McCain (R) of Arizona, have said that arming the rebels could turn the war.")]
    [InlineData("Former campaign officials, including Rick Gates, have also agreed to cooperate with Mueller.")]
    [InlineData("Others, including network host Jack Posobiec, claimed to have never heard the term.")]
    [InlineData("Some of them, including New Jersey Gov. Chris Christie, have said the ruling settles the question.")]
    [InlineData("Some moderate Republicans, including Senators Mitt Romney and Susan Collins, said the disclosures would sway the vote.")]
    // sources58: an example list names a member as "including" does (fresh33 ivq9g1rgKLX8LFXm#s036, tune56
    // R8eufWp1nfRzzOAN#s007: DL3001 findings at f59a87b6, unlabelled; the gold labels no group of this form).
    [InlineData("But critics, like presumptive Democratic nominee Joe Biden, were quick to point out that many states have started rolling back plans.")]
    [InlineData("But some critics, like Rep. Darrell Issa (R-Calif.), worry that the policy will be abused.")]
    [InlineData("Some senators, such as Sen. Ben Cardin, have said the bill goes too far.")]
    public void Does_not_report_a_group_that_names_a_member(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a member that is itself a group, a count, a role or a party's followers names no one.
    [Theory]
    [InlineData("[|Critics|], including some Republicans, have said the plan would fail.")]
    [InlineData("[|Many economists|], including three Nobel laureates, said the tariffs would hurt growth.")]
    [InlineData("[|Iranian officials|], including Iran's ambassador to the United Nations, said the strike would be answered.")]
    [InlineData("[|Some experts|], including Democratic Party loyalists, say the law will fail.")]
    [InlineData("[|Critics|], like many Democrats, say the law will fail.")]
    [InlineData("[|Other analysts|], like Nason, see it as a natural progression for the company.")]
    public void Reports_a_group_whose_members_are_not_named(string markup) => Verify.VerifyMarkdown(markup);

    // sources42: a definite back-reference to an anonymous-source head with no introduction in the document (the window
    // left it out) is the anonymous source it nearly always is (class-unintroduced-source-heads; fresh29
    // DOaOjOiAAjaJCP33#s008, fresh14 zIMBTStuioBAkgfP#s017, fresh21 kEOkQ6JQnCsGWgEC#s006, pool lXMXw8UDEp2K2r0O#s009).
    [Theory]
    [InlineData("The talks will resume in March, [|the people said|].")]
    [InlineData("It will be a difficult year in the region, [|the Pakistani official added|].")]
    [InlineData("[|The U.S. officials said|] the talks would resume.")]
    [InlineData("[|The US official told|] reporters the parade was cancelled.")]
    [InlineData("It would be paid for with a wealth tax, [|the person said|].")]
    // Were guards (backref29, sources35) before the gold's count was taken: the form is labelled 64 times, left 6.
    [InlineData("The sweep is lawful, [|the people said|].")]
    [InlineData("The vote is close, [|this person said|].")]
    // rev34: a second back-reference with no introduction between is reported as the first is.
    [InlineData("The vote is close, [|this person said|]. The talks are over. It is hard, [|this person added|].")]
    [InlineData("The sweep is lawful, [|the people said|]. The talks are over. It will go on, [|the people added|].")]
    // An "-ous" adjective among the modifiers is no plural noun of its own (rev34's finding; "The various officials said"
    // was reported before as a vague group).
    [InlineData("The plant was closed, [|the anonymous official said|].")]
    public void Reports_an_unintroduced_definite_source(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a named introduction names the role again; an owner keeps the speaker its own; a determiner inside a longer
    // phrase or after a clause word is no back-reference; a head outside the class ("the judge") is left.
    [Theory]
    [InlineData("Jane Roe, a White House official, spoke at noon. The plant was closed, the official said.")]
    [InlineData("The company's people said the plant was closed.")]
    [InlineData("The stories people told about the flood shaped the town.")]
    [InlineData("I knew it was no volunteer when the person said hello.")]
    [InlineData("In her ruling, the judge said the department had erred.")]
    public void Does_not_report_an_introduced_or_owned_definite_source(string markup) => Verify.VerifyMarkdown(markup);

    // A group's judgement of a thing "as" something is its claim (class-group-regarding-verbs; sources35, pool
    // FuC49y1FWCGtIoYW#s015, AjXQcFaibD0DE97y#s025, VZj6NDvt9yJZ7HKM#s005, oI0U2OiFCojHA4nU#s013).
    [Theory]
    [InlineData("The quip drew hoots from the audience, and [|critics saw|] it as an attack on his age.")]
    [InlineData("[|Critics saw|] it as an attempt to delegitimize the president.")]
    [InlineData("[|Political analysts consider|] Trump’s release of the letter as smart tactics.")]
    [InlineData("[|Some observers see|] this series of rebukes from the president and his allies as part of a wider conflict.")]
    [InlineData("[|Many economists view|] the tariff as a tax on consumers.")]
    // rev29: the judgement's "as" may follow a "such as" inside the object.
    [InlineData("[|Many economists see|] steps such as tariffs as a tax on consumers.")]
    public void Reports_a_group_regarding_a_thing_as(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: with no "as" the verb is an act of sight or thought; a reflexive object describes the group; a lay group's
    // or a party's reading is the author's account of its mood; a passive has no holder; one person's view is named.
    [Theory]
    [InlineData("The hearing comes as lawmakers consider a policing overhaul bill.")]
    [InlineData("But opponents see reason to keep the level static.")]
    [InlineData("Too many officers see themselves as enforcers, not protectors.")]
    [InlineData("Voters see the economy as the most important issue.")]
    [InlineData("Republicans view the bill as a power grab.")]
    [InlineData("The rule is viewed as a bureaucratic placeholder.")]
    [InlineData("Trump saw the recusal as a sign of weakness.")]
    [InlineData("Experts see as many as ten new cases a day.")]
    [InlineData("Black separatist groups saw a significant increase in number as well.")]
    [InlineData("Top advisers see no downside to staying in the race as they assess the coming weeks.")]
    // rev29: "such as" lists examples inside the object; it opens no judgement.
    [InlineData("Critics see problems in states such as Ohio and Texas.")]
    public void Does_not_report_other_regarding(string markup) => Verify.VerifyMarkdown(markup);

    // A group pointing to a thing cites it as its evidence, as "point out" reports (class-group-pointing-verbs; sources55,
    // fresh14 OzRaHf2qvGmzQH4t#s012, pool KfPfDVRvryDwcmcP#s019, kFoOaFhAxkYXgmmt#s004, Dl8Kze0tip5SPhFH#s007).
    [Theory]
    [InlineData("[|Critics|], however, point to the fact that he mentioned the September 11, 2001, attacks before the phrase in his speech.")]
    [InlineData("[|Others point|] to America’s failures to grapple with its racist past.")]
    [InlineData("[|Some point|] to a 1790 debate over where to locate Congress as the earliest example of delay tactics.")]
    [InlineData("[|Skeptics|] have pointed to past overtures by the Kim regime.")]
    public void Reports_a_group_pointing_to_a_thing(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a named person's, a record's or a party's "point to" is an act, the author's inference or its line; the
    // noun "point" has no group subject.
    [Theory]
    [InlineData("Gardner points to recent analysis showing rate increases of 23 percent.")]
    [InlineData("The data point to a slowdown in hiring.")]
    [InlineData("Democrats often point to the 2008 caucus as a turning point.")]
    [InlineData("Britain’s 10-year yield added one basis point to 1.396 percent.")]
    public void Does_not_report_other_pointing(string markup) => Verify.VerifyMarkdown(markup);

    // Inside quotation marks a bare group whose head is a source role is still a cited source (class-quoted-source-roles;
    // sources54, sources55: fresh16 MxY, fresh19, fresh28 and pool BASE misses); "people say" stays the speaker's anecdote.
    [Theory]
    [InlineData("The Post reported: “Sessions spoke twice last year with Russia’s ambassador, [|Justice Department officials said|], encounters he did not disclose.”")]
    [InlineData("\"There is no evidence that the president's email account itself was hacked, [|White House officials said|].")]
    [InlineData("“[|Finance experts|] have told POLITICO that the documents provided to us were complex.”")]
    [InlineData("“[|U.S. Russian experts note|] that President Vladimir Putin may take risky foreign policy steps.”")]
    public void Reports_a_quoted_bare_group_of_source_roles(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("“Now, people say that Philadelphia is our other major contender,” he said.")]
    [InlineData("“People have said under bond reform loads of good things have happened,” he said.")]
    [InlineData("“Iowa voters say 59 - 33 percent that the economy is good,” the pollster said.")]
    public void Does_not_report_a_quoted_bare_group_of_lay_people(string markup) => Verify.VerifyMarkdown(markup);

    // A group's view inside an embedded question or condition, or the view a relative clause defines the group by, is what
    // the sentence says about the group, not a view it cites (class-held-view-verbs; sources56: fresh22, fresh18, fresh26,
    // fresh38 and pool tune15 false alarms; the gold labels none of the form in any tune or fresh set).
    [Theory]
    [InlineData("Even if most Republicans believe Trump is bad for the long-term health of the party, they have a major here-to-there problem.")]
    [InlineData("The first step in countering political polarization is understanding what people of differing ideologies actually believe.")]
    [InlineData("Whether his supporters believed him or not, they liked what these promises said about his priorities.")]
    [InlineData("The implication is that many people who believe themselves independent of government support in fact rely heavily on it.")]
    [InlineData("Indeed, if some voters believed that President Trump might start moderating his tone, this budget should throw cold water on those predictions.")]
    public void Does_not_report_a_view_held_inside_an_embedded_clause(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a group's view in its own clause, "there are experts who think" and a verb of saying after "what" still cite
    // (pool tune70, tune37, tune20, tune67).
    [Theory]
    [InlineData("[|Many Republicans believe|] that Boehner simply cannot win another term as speaker.")]
    [InlineData("Right now the retirement age is rising from 65 to 67, and [|most people think|] it will have to go up to 70.")]
    [InlineData("But on the other side, [|there are political experts who think|] the nomination system has too little input from party hierarchies.")]
    [InlineData("News crews filmed them carrying away boxes of material in what [|officials said|] was part of that continuing investigation.")]
    public void Reports_a_view_held_in_its_own_clause(string markup) => Verify.VerifyMarkdown(markup);

    // rev41: "that's why"/"which is why" gives the reason for the group's view, which is the sentence's claim, and a dash
    // and "that" or a colon after "what … feared" spells the cited view out (allsides rows sources56 dropped).
    [Theory]
    [InlineData("[|That's why some analysts think|] the most likely outcome is this: a narrow win.")]
    [InlineData("[|Which is why some observers believe|] police reform is the issue most likely to crystallize the debate over the filibuster.")]
    [InlineData("The result would be what [|many pro-abortion rights advocates|] have long feared \u2014 that even without overturning Roe v Wade, abortion could be regulated out of existence.")]
    [InlineData("This intelligence report confirms what [|many experienced observers|] had feared and warned of \u2014 that the talk of amnesty is causing families to abandon their homes.")]
    public void Reports_a_held_view_the_sentence_cites(string markup) => Verify.VerifyMarkdown(markup);

    // A raising frame between a group and its reporting verb ("seem to", "appear to", "be quick to") leaves the group the
    // verb's subject; it used to end the subject at "to" (sources25, pool Rz5wpIjnXC2nFhgu#s010).
    [Theory]
    [InlineData("[|Democratic strategists|] seem to believe this means that Biden has cut into the lead.")]
    [InlineData("[|Some Republicans|] appear to believe that Sanders would be the easiest candidate to beat.")]
    [InlineData("After the speech, [|critics|] were quick to point out that the wall was never funded.")]
    [InlineData("[|Many|] were quick to condemn the move.")]
    public void Reports_a_group_across_a_raising_frame(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: "tend to" generalises about a group (the author's claim); a pronoun's "seems to" names its person; a lay
    // group's "seem to believe" is the author's inference (train rJQae21A3qwtNv7n#s001).
    [Theory]
    [InlineData("Americans tend to think that politics is a brutal show.")]
    [InlineData("Conservatives tend to blame liberal professors for the trend.")]
    [InlineData("He seems to believe his own propaganda.")]
    [InlineData("Investors seem to believe that the Federal Reserve will limit the damage.")]
    [InlineData("The president said he was on the ballot, and voters appear to have agreed.")]
    public void Does_not_report_a_generalisation_or_a_pronoun_across_a_raising_frame(string markup) => Verify.VerifyMarkdown(markup);

    // A plural subject of a verb of saying or believing, read by its grammar (UnnamedSubjects): no determiner but a
    // quantifier, lower-case modifiers, a plural common noun as head, whatever the head noun (pool VyrLmeyO2Hjm9ES6#s021,
    // kjupVOb4Y1KRY1Rp#s025, V8mqNa6CXh2A6nz3#s022; the corpus's classmates, slum-dwellers, environmentalists).
    [Theory]
    [InlineData("[|Defenders of this overcoverage insist|] Trump is the most newsworthy candidate.")]
    [InlineData("However, [|supporters of Facebook's new policy argue|] that tech companies should not moderate posts.")]
    [InlineData("[|Lawmakers on Capitol Hill said|] some sort of intervention is needed.")]
    [InlineData("[|Lawmakers on Capitol Hill said|] some sort of intervention is needed. It was a win for lawmakers.")]
    [InlineData("Neighbors called the police, [|classmates said|] he was obsessed with guns.")]
    [InlineData("[|Slum-dwellers in the city of Ahmedabad say|] they have been served eviction notices.")]
    [InlineData("But [|environmentalists warned|] that the rules create loopholes.")]
    public void Reports_an_unlisted_plural_group_as_subject(string markup) => Verify.VerifyMarkdown(markup);

    // sources28: a party's members with no quantifier are the party speaking, a named body (the annotators leave 18 of 24
    // such speakers in the pool and fresh14-22 unlabelled); class-party-members.txt.
    [Theory]
    [InlineData("Republicans have raised concerns about the White House's push to escalate tariffs.")]
    [InlineData("Senate Republicans said the bill would not pass before the recess.")]
    [InlineData("Republicans, however, said the demands amounted to asking him to break the law.")]
    [InlineData("Democrats in Congress said the plan would fail.")]
    [InlineData("The decision, House Democrats argue, is better left to voters.")]
    [InlineData("Democrats worry that the event may fall flat.")]
    public void Does_not_report_a_party_speaking(string text) => Verify.VerifyNoDiagnostics(text);

    // Guards for that reading: some of a party's members (class-party-subset-words.txt), its insiders ("familiar
    // with", "close to"), a party beside a vague group, and a role headed by a party's name stay vague.
    [Theory]
    [InlineData("[|Republicans familiar with the matter say|] the whip is feeling the heat.")]
    [InlineData("John McCain, R-Arizona, and [|other Republicans warned|] at his committee's hearing that Russia must suffer the consequences.")]
    [InlineData("[|Key Democrats say|] their preferred solution is to release families.")]
    [InlineData("[|Republican lawmakers said|] the deal was dead.")]
    [InlineData("Prosecutors would have to persuade a judge to block the sale permanently, [|a bar Democrats and gun control activists say|] is too high.")]
    public void Reports_some_of_a_party_s_members(string markup) => Verify.VerifyMarkdown(markup);

    // sources27: a stance voiced through a verb's object ("raised concerns", "expressed skepticism", "hold the opinion")
    // by an unnamed subject is the group's claim, as "warned" is (AttributionReader.VoicedByGroup).
    [Theory]
    [InlineData("[|Campaigners|] have raised concerns about the investigation.")]
    [InlineData("[|Several people expressed|] concern that the two nations may be heading into a long struggle.")]
    [InlineData("[|Others|] have expressed skepticism that the movement will achieve its goals.")]
    [InlineData("[|Many hold|] the opinion that the support of one nominee reflects an endorsement.")]
    public void Reports_a_stance_an_unnamed_group_voices(string markup) => Verify.VerifyMarkdown(markup);

    // sources32: a stance adjective with its complement, linked to a vague group by "be" or a linking verb across
    // auxiliaries and adverbs, or in "with"'s verbless clause, is the group's claim (AttributionReader.HeldInStance).
    [Theory]
    [InlineData("[|Infectious disease experts|] have been critical of the agency's failure to challenge the White House.")]
    [InlineData("[|Analysts|] are also concerned about the impact on others in the supply chain.")]
    [InlineData("But [|a number of business economists|] appear sufficiently concerned about the risks that they expect a recession.")]
    [InlineData("With [|election experts fearful|] of a contested result, the states began to prepare.")]
    [InlineData("[|Many economists|] are sceptical of the plan.")]
    [InlineData("[|Critics|] have grown increasingly wary of the deal.")]
    public void Reports_a_stance_adjective_an_unnamed_group_holds(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a lay group's or a party's mood, a modal's or a negated stance, a named body's, an adjective with no
    // complement, and a stance adjective used as a modifier stay unreported.
    [Theory]
    [InlineData("Voters are growing increasingly hopeful that the economy is turning around.")]
    [InlineData("Democrats were critical of the unilateral decision.")]
    [InlineData("Experts would be sceptical of such a claim.")]
    [InlineData("Analysts are not concerned about the impact.")]
    [InlineData("The Federal Reserve is concerned about inflation.")]
    [InlineData("Analysts were worried, and the market fell.")]
    [InlineData("Critical infrastructure experts met on Monday.")]
    [InlineData("People are worried about the future.")]
    // Guards (rev27): "hopeful" is no stance adjective and a capitalised "Democrats" is no vague source, so the two rows
    // above pass without the lay-group test (class-inferred-groups, class-party-members); these lay groups fail without it.
    [InlineData("Investors remain wary of the deal.")]
    [InlineData("Residents are concerned about the noise.")]
    public void Does_not_report_a_lay_negated_or_named_stance(string text) => Verify.VerifyNoDiagnostics(text);

    // A named subject's concern is its own act, a thing raises no one's, and a stance noun that is no object's head
    // ("raised concern levels"), or a modal's, voices nothing.
    [Theory]
    [InlineData("Chief Justice John Roberts expressed concern that Congress had gone too far.")]
    [InlineData("The video has raised new concerns over the camps.")]
    [InlineData("Residents raised the fear index in the survey.")]
    [InlineData("Some voters might express doubts about the plan.")]
    public void Does_not_report_a_named_or_unvoiced_stance(string text) => Verify.VerifyNoDiagnostics(text);

    // Guards for that reading: an act, not speech ("added 20,000 jobs", "tell women to smile"); a modal's supposed
    // saying; a wh-word's generalisation; a named conjunct; the parties of a case, as a bare "police said"; respondents
    // counted by a poll; a passive participle; an opener the document writes as a name (capitalised inside a sentence,
    // never in lower case: OpenerCasing, asked after the phrase's other words).
    [Theory]
    [InlineData("Employers added 20,000 jobs during the month.")]
    [InlineData("Furloughed employees generally maintain their health coverage.")]
    [InlineData("Then other men tell women to smile.")]
    [InlineData("If anyone proposed this show, producers would say it was unrealistic.")]
    [InlineData("It is hard to know what politicians say about the plan.")]
    [InlineData("Lawmakers and Mr. Trump agreed to focus on four areas.")]
    [InlineData("Prosecutors say he sold drugs to the victim.")]
    [InlineData("Majorities of white (70%) and Asian (64%) adults say they have had these conversations.")]
    [InlineData("Three-quarters reported not being able to cover basic expenses.")]
    [InlineData("Rapes and assaults reported in recent years have risen.")]
    [InlineData("Lawmakers on Capitol Hill said some sort of intervention is needed. It was a win for Lawmakers.")]
    public void Does_not_report_a_plural_subject_that_acts_supposes_or_is_counted(string markup) => Verify.VerifyMarkdown(markup);

    // A role beside a name describes a named source: the name set off by commas before it opens its clause, or follows it.
    [Theory]
    [InlineData("Last month, George Ferguson, a senior defense analyst with Bloomberg Intelligence said that costs would rise.")]
    [InlineData("But one Kurdish official, Razan Hiddo, declared that the people would refuse.")]
    [InlineData("\"It is a lot,\" says James Wallner, a former Senate staffer.")]
    public void Does_not_report_a_role_beside_its_name(string markup) => Verify.VerifyMarkdown(markup);

    // sources58: the name set off after the role may close on the sentence's end or on "of"/"from" and the person's body,
    // carry initials and titles, or be bodies after "the"; a count's partitive is as indefinite as "one of"; a name before
    // the role after any word describes it when the role says nothing itself (fresh20 7OG6WaWHCeVklhHA#s004, fresh21
    // rdSXHcsCCe5QHjtt#s025, fresh41 qnHXVL4Nyr6mD93t#s058, tune48 D2dA8l4yxNLZP0GN#s025, tune68 bOvZyM5CY0X5xsJB#s035,
    // fresh15 Qw0qOuzkSeZY6vmw#s015, fresh16 VuROso9RpOeGkyvI#s005; all DL3001 findings at f59a87b6, none labelled).
    [Theory]
    [InlineData("“It is a Bush family belief that we have to do more with Hispanic voters,” said a friend of Jeb Bush, Ana Navarro.")]
    [InlineData("Even forcing the companies to hold the records is problematic, according to another witness, Harley Geiger of the Center for Democracy and Technology.")]
    [InlineData("Two of Nepal's biggest international supporters, the World Bank Group and the Asian Development Bank, say they're ready to help the recovery effort.")]
    [InlineData("A fourth Senate Democrat, Michael Bennet from Gorsuch's home state of Colorado, has said he will not join in the filibuster.")]
    [InlineData("One of Trump’s top advisers, Homeland Security Secretary Kirstjen Nielsen, said on “Fox News Sunday” she did not recall the phrase.")]
    [InlineData("Butina — a Russian gun-rights activist who worked closely with Alexander Torshin, a senior official at the Russian central bank — pleaded guilty in April 2019.")]
    [InlineData("Consider the experience of Jonathan Marks, a conservative professor who writes extensively about higher education: He recounts it with amusement.")]
    public void Does_not_report_a_role_its_apposition_names(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a name run a verb follows is the next clause's subject; a single word names no one; a role whose own verb of
    // saying follows, past an aside, still speaks for itself (tune57 obcc17GWrnOnhq4E#s006 is labelled).
    [Theory]
    [InlineData("[|According to a senior Republican senator|], the Senate Judiciary Committee will call Kavanaugh to testify next Monday.")]
    [InlineData("[|According to two congressional officials|], Atkinson has been placed on leave.")]
    [InlineData("In New York City, [|an official with the mayor's office|], who asked not to be named, said the plan would fail.")]
    [InlineData("The army's decision came as a surprise to Prime Minister Niwattumrong Boonsongpaisan, [|an aide to the leader told|] CNN.")]
    public void Reports_a_role_no_apposition_names(string markup) => Verify.VerifyMarkdown(markup);

    // sources65: a request for anonymity keeps the source anonymous (fresh44 "The journalist, who declined to be
    // identified", tune66 "a U.S. official who asked not to be identified", both labelled); a negation inside the relative
    // clause describes the source, it is no absence of one ("according to no one" still is); and "told" never inverts, so
    // the subject before the comma speaks and the audience after it ("the Associated Press") names no one.
    [Theory]
    [InlineData("Kerry has been in touch with both countries, [|according to a U.S. official|] who asked not to be identified.")]
    [InlineData("The talks stalled, [|according to an official|] who was not authorized to speak publicly.")]
    [InlineData("[|The journalist|], who declined to be identified for security reasons, told CPJ that the police named the suspects.")]
    [InlineData("\u201cWe disagree with the ruling,\u201d [|a White House official|], who requested anonymity, told the Associated Press.")]
    public void Reports_a_source_kept_anonymous_by_request(string markup) => Verify.VerifyMarkdown(markup);

    // sources67: the source after "according to" or an inverted verb ends before a relative clause on its noun. The
    // clause's capitals no longer name the source (tune75 "one attendee who also spoke …", tune80 "a Trump supporter
    // named Mike who preferred …", both labelled and missed before) and the span stops at the noun.
    [Theory]
    [InlineData("Short said Trump is open to ideas, [|according to one attendee|] who also spoke on the condition of anonymity.")]
    [InlineData("\u201cHe\u2019s paid his taxes,\u201d [|said a Trump supporter named Mike|] who preferred not to give his last name.")]
    [InlineData("\u201cIt\u2019s all he talks about,\u201d [|said one adviser|] who has spoken with Trump and his top aides.")]
    [InlineData("The increase has ranged widely, [|according to state officials|] who briefed reporters Wednesday.")]
    public void Reports_a_source_up_to_its_relative_clause(string markup) => Verify.VerifyMarkdown(markup);

    // rev46: a second reading of the same source that starts inside the first's span and runs past it ("to two Senate
    // GOP officials who spoke anonymously to describe", read through the clause) is not reported again (allsides:
    // wa7UM7Qp, Ao1iUtw6, y6BqwM0K). Guard: a second source after the first's span is still reported.
    [Theory]
    [InlineData("It attempts to discourage the practice by withholding funds, [|according to two Senate GOP officials|] who spoke anonymously to describe legislation that is not yet public.")]
    [InlineData("The deal is close, [|according to an official familiar with the negotiations|] who wasn\u2019t authorized to describe them.")]
    [InlineData("The deal is close, [|according to an official|] who was in the room, and [|some analysts say|] it will pass.")]
    public void Reports_a_source_once_where_two_readings_overlap(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a definite role cut from its clause is no source (tune15, unlabelled, was reported through "researchers"
    // in the clause); a lone word keeps the clause that says who it is.
    [Theory]
    [InlineData("Researchers relied on census data, which according to the professor who chaired the panel of researchers, barred them from differentiating.")]
    [InlineData("The plan was delayed, according to Mayor Bill de Blasio who announced it on Monday.")]
    public void Does_not_report_a_source_its_relative_clause_made_vague(string markup) => Verify.VerifyMarkdown(markup);

    // sources66: an appositive or relative clause too long for the usual skip before the verb's comma, or broken by a
    // comma of its own, is skipped whole to its subject: a person named before it speaks (tune23's Abady, labelled
    // silent, and allsides' Glenn and Yasmin were read as "an attorney with …"), and an official before a long request
    // for anonymity is still reported (fresh44, labelled).
    [Theory]
    [InlineData("\u201cWe disagree with the ruling,\u201d [|a White House official|], who requested anonymity because the person was not authorized to speak publicly about a legal matter still underway, told the Associated Press.")]
    [InlineData("On Tuesday, [|a senior official|], who asked not to be named because the talks with the two governments are still going on, told reporters the deal was close.")]
    public void Reports_a_source_before_a_long_request_for_anonymity(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("Jonathan S. Abady, an attorney with Emery Celli Brinckerhoff & Abady LLP, the New York-based firm that represents Stein and her campaign, told The Daily Beast that legal efforts on the recount persist to this day.")]
    [InlineData("But Katie Glenn, an attorney for Americans United For Life, the pro-life group that drafted the brief, told the Times she has no illusions.")]
    [InlineData("Shamima Yasmin, 23, a medical nurse in West Bengal's Murshidabad district, who was among those evicted from her home, told Al Jazeera.")]
    [InlineData("Sen. Ben Sasse, a prominent critic of the nominee and possibly the man with the most apt last name in this election, said he still objected.")]
    public void Does_not_report_a_role_apposed_to_a_named_person(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("The plan failed, according to no one who was in the room.")]
    [InlineData("The journalist, who was later identified as Rahul Sharma, told CPJ that the police named the suspects.")]
    [InlineData("\u201cWe disagree with the ruling,\u201d Jen Psaki, the press secretary, told the Associated Press.")]
    public void Does_not_report_a_named_or_absent_source_beside_those_forms(string markup) => Verify.VerifyMarkdown(markup);

    // At the end of a clause the name is that clause's object, and the role after it speaks for itself.
    [Theory]
    [InlineData("The sanctions target companies close to President Vladimir Putin, [|a senior US official said|] Sunday.")]
    [InlineData("The talks begin at the White House, [|a U.S. official said|].")]
    [InlineData("[|A spokesman for the defense secretary|], James Mattis, said the article was not his.")]
    public void Reports_a_role_after_a_clause_ending_in_a_name(string markup) => Verify.VerifyMarkdown(markup);

    // Not a group's forecast: a supposition, the group's own plan, everyone, a poll's share. The first four rows are each
    // reported once its exclusion in AttributionReader.HeldByGroup is taken out (checked by tidy18). The last two are
    // guards only: a passive and a named person stay unreported even with those exclusions taken out, and the rows keep
    // the reading from being widened to them.
    [Theory]
    [InlineData("Economists would expect a rebound later.")]
    [InlineData("Democrats expect to bring the bill to the floor by July.")]
    [InlineData("People expect a president to respond to a moment like this.")]
    [InlineData("In the poll, 67 percent of economists expect a rebound.")]
    [InlineData("The officials were expected to attend the meeting.")]
    [InlineData("Trump expected the deal to pass.")]
    public void Does_not_report_other_expectations(string markup) => Verify.VerifyMarkdown(markup);

    // A stance verb closing the sentence reports only straight after a plural group: a named person, or a word between
    // group and verb, leaves it unread ("the point the experts repeatedly stressed." is an object's relative clause).
    // The first row is reported once ReportingVerbReader.IsGroupStanceClosingSentence stops asking for the group straight
    // before the verb; the second is a guard only (a singular "the union" stays unreported either way).
    [Theory]
    [InlineData("That was the point the experts repeatedly stressed.")]
    [InlineData("It was the one thing the union stressed.")]
    public void Does_not_read_a_closing_stance_verb_without_a_group_before_it(string markup) => Verify.VerifyMarkdown(markup);

    // A role named again: "the strategist" speaks as anonymously as its introduction did ("a veteran Democratic
    // strategist"), and the role named beside a person ("Jane Roe, a Republican strategist") is that person.
    [Theory]
    [InlineData("Can he recover? a veteran Democratic strategist asked. It will be hard, [|the strategist said|].")]
    [InlineData("[|A senior Pakistani official warned|] Tuesday. It is posturing, [|the Pakistani official added|].")]
    [InlineData("A strategist spoke to us. \"It is a tender period,\" [|said the veteran Democratic strategist|].")]
    [InlineData("An aide briefed us on Monday. The vote slipped a week, [|according to the aide|].")]
    [InlineData("[|A person close to the network insists|] he was vetted. \"He was clean,\" [|this person says|].")]
    [InlineData("[|A person familiar with the talks|] spoke to us. He has gotten the bug, [|according to this person|].")]
    public void Reports_a_role_named_again_after_an_anonymous_introduction(string markup) => Verify.VerifyMarkdown(markup);

    // "this person" with no unnamed introduction before it, or not speaking, is no source (sources35: the corpus's
    // "How do they know that this person even wrote this?", "this person would write a tell-all").
    [Theory]
    [InlineData("Who wrote the op-ed? How do they know that this person even wrote this?")]
    [InlineData("A person we trust will lead the agency. Years from now, this person would write a tell-all.")]
    public void Does_not_report_this_person_unintroduced_or_silent(string text) => Verify.VerifyNoDiagnostics(text);

    // A plural source introduced bare ("people familiar with the matter", "two U.S. officials") and named again ("the
    // people said", "The U.S. officials said") is as unnamed as it was (backref29, fresh29's misses).
    [Theory]
    [InlineData("China will buy more, [|people familiar with the matter said|]. It could do that again, [|the people said|].")]
    [InlineData("The sweep starts next month, [|according to U.S. officials|]. [|The U.S. officials said|] it was lawful.")]
    [InlineData("[|Two officials said|] the item was in the brief. It was read in March, [|according to the officials|].")]
    [InlineData("[|Sources close to the team describe|] a rift. \"He is done,\" [|the sources said|].")]
    public void Reports_a_plural_source_named_again_after_a_bare_introduction(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a plural that was never a source ("people who searched"), a people of a country, a plural never introduced.
    [Theory]
    [InlineData("Some people who searched for the tweet saw nothing. The people said they were upset.")]
    [InlineData("We want the American people to understand. The people spoke up against them.")]
    public void Does_not_report_a_plural_never_introduced_as_a_source(string text) => Verify.VerifyNoDiagnostics(text);

    // Accounts by a kind of outlet are unnamed reports; a user's accounts are no source (vague-source-nouns.txt).
    [Theory]
    [InlineData("[|According to news accounts|], the younger brother was a respected student.")]
    [InlineData("Meat glue is in many foods, [|according to industry accounts|].")]
    public void Reports_accounts_by_a_kind_of_outlet(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("On the network's social media accounts viewers found a message.")]
    [InlineData("He had no bank accounts, according to his lawyer.")]
    public void Does_not_report_a_users_accounts(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("Jane Roe, a Republican strategist, said the bill would pass. The vote is close, the strategist added.")]
    [InlineData("Republican strategist Jane Roe said the bill would pass. The vote is close, the strategist added.")]
    [InlineData("Jane Roe, a State Department official, spoke first. The talks are over, the official said.")]
    public void Does_not_report_a_role_named_again_after_a_named_introduction(string text) => Verify.VerifyNoDiagnostics(text);

    // The anonymous role must speak: not as an owner, an object or a worker reporting for duty.
    [Theory]
    [InlineData("A strategist spoke to us. The strategist's memo was leaked.")]
    [InlineData("An officer stood guard. \"We want to know,\" Mohammed told the officer.")]
    [InlineData("An aide called. In the late spring, the aide reported to work early.")]
    public void Does_not_report_a_role_that_does_not_speak(string text) => Verify.VerifyNoDiagnostics(text);

    // A group's worry or speculation is its claim; the plain forms of "declare" and its kin report before their clause.
    [Theory]
    [InlineData("[|Liberals worry|] that the event may fall flat.")]
    [InlineData("At the same time, [|some lawmakers speculate|] that the leak was meant to halt the raids.")]
    [InlineData("[|Critics worried|], however, that the rule would not stop the separations.")]
    [InlineData("[|Supply chain experts declare|] that the shelves will fill again.")]
    public void Reports_a_group_s_worry_speculation_or_declaration(string markup) => Verify.VerifyMarkdown(markup);

    // A bare or quantified group of people or bodies, its head a plural noun a compound may modify; an unnamed poll or
    // study introduced by "a" or "one".
    [Theory]
    [InlineData("[|Human rights groups say|] the police detained hundreds of protesters.")]
    [InlineData("[|Civil liberties groups argue|] that the law threatens free speech.")]
    [InlineData("Privately, [|some Labour allies say|] the leader should step aside.")]
    [InlineData("The plant was running at half speed, [|former factory employees said|].")]
    [InlineData("[|A recent poll found|] that most voters distrust the council.")]
    [InlineData("[|A 2015 metastudy showed|] that the effect grows with age.")]
    [InlineData("The tax would cost each household a little, [|according to one analysis|].")]
    public void Reports_unnamed_groups_polls_and_studies(string markup) => Verify.VerifyMarkdown(markup);

    // sources24: an unnamed study stays unnamed through a post-modifier that says whom or what it studied, capitals there
    // being the studied people; a maker after the noun, in the phrase or after it, names it.
    [Theory]
    [InlineData("Last month, [|a survey of Palestinians found|] support for an armed truce at 57 percent.")]
    [InlineData("For example, [|a poll of Atlanta Braves fans found|] that most opposed the change.")]
    [InlineData("[|A survey of American teens reported|] that few of them use the site.")]
    [InlineData("The fees rose, [|according to a new analysis of state records|].")]
    public void Reports_an_unnamed_study_of_a_subject(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("A survey of voters by Gallup found that most backed the plan.")]
    [InlineData("A study of twins published in Nature found that height is inherited.")]
    [InlineData("Traffic fell in large cities, according to an analysis of Safegraph.com data by researchers at the American Enterprise Institute.")]
    [InlineData("Few had been infected, according to a survey of people in grocery stores and community centers released by the governor's office.")]
    public void Does_not_report_a_study_whose_maker_follows(string text) => Verify.VerifyNoDiagnostics(text);

    // study40: one reader (UnnamedStudies) decides both the phrase's kind and the figure rules' flag. A post-modifier
    // that is neither a studied subject nor a named maker ("last year", "conducted this spring") leaves the study unnamed
    // (both fail at 7144214e, where only a studied subject was read through); a maker participle straight after the
    // phrase reaches its name ("published in the Lancet"), and a study noun inside a compound ("a poll worker") is none.
    [Theory]
    [InlineData("[|A survey last year found|] that most adults support the plan.")]
    [InlineData("Most adults support the plan, [|according to a survey conducted this spring|].")]
    public void Reports_a_study_whose_post_modifier_names_no_maker(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("A 2017 study published in the Lancet, a leading medical journal, estimated that most of the deaths were preventable.")]
    [InlineData("A poll worker said that most of the ballots were late.")]
    public void Does_not_report_a_study_named_after_its_participle_or_a_compound(string text) => Verify.VerifyNoDiagnostics(text);

    // sources24: a colleague or a CEO introduced by "a"/"one" is an anonymous role; before a name the role is a title.
    [Theory]
    [InlineData("When I was a new lawyer, [|a more seasoned colleague told|] me the rule.")]
    [InlineData("It is over, [|one well-known tech CEO tells|] The Verge.")]
    [InlineData("[|A Republican Senate aide said|] the vote would fail.")] // guard: a party word before a capital still modifies the role
    public void Reports_an_anonymous_colleague_or_chief_executive(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("According to a memo by the company CEO Doug McMillon, sales fell.")]
    [InlineData("According to a paper by my colleague Dan Griswold, tariffs hurt exporters.")]
    public void Does_not_report_a_role_that_titles_a_name(string text) => Verify.VerifyNoDiagnostics(text);

    // An unnamed report is a study no reader can look up; an adverb of the verb group ("consistently", "generally")
    // stands between the subject and its verb as "also" does, and the source is reported without it.
    [Theory]
    [InlineData("The neighbor chased the shooter in a truck, [|a report says|].")]
    [InlineData("And though [|polls|] have consistently shown that most voters want them to stay, the mayor waits.")]
    [InlineData("[|Scholars|] generally agree that the rates are normal.")]
    public void Reports_unnamed_reports_and_sources_before_an_adverb(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("The most frequently cited reason is their discontent with the press.")]
    [InlineData("A Pentagon report says the base will close.")]
    public void Does_not_report_a_frequency_or_a_named_report(string text) => Verify.VerifyNoDiagnostics(text);

    // A work whose author follows "by" is the author's: the role word inside a body's name ("Teacher" in the National
    // Council on Teacher Quality) is no anonymous member (figures24). An author who is one keeps the work vague (guard).
    [Theory]
    [InlineData("According to a 2012 analysis by the National Council on Teacher Quality, no state required it.")]
    [InlineData("According to a memoir by former national security adviser John Bolton, he did not care.")]
    public void Does_not_report_a_work_by_a_named_author(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("[|A study by a Brown University economist|] has found that polarization grew fastest among the old.")]
    public void Reports_a_work_by_an_anonymous_member(string markup) => Verify.VerifyMarkdown(markup);

    // A sentence's capitalised first word names a poll's or a study's owner when the text writes it so elsewhere, or
    // spells it as an acronym; an ordinary opener ("Opinion polls") and an agency's people ("IRS officials") do not.
    [Theory]
    [InlineData("Gallup polls show that most voters distrust the council. The numbers come from Gallup.")]
    [InlineData("EPA data shows that the river is cleaner.")]
    public void Does_not_report_a_poll_or_data_owned_by_a_name_at_the_sentence_start(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("[|Opinion polls show|] that most voters distrust the council. The opinion of the mayor differs.")]
    [InlineData("[|Gallup polls show|] that most voters distrust the council. The gallup poll was late.")]
    [InlineData("[|IRS officials said|] the forms were late.")]
    public void Reports_a_poll_whose_opener_is_only_capitalised_and_an_agency_s_people(string markup) => Verify.VerifyMarkdown(markup);

    // A named owner before critics or supporters says whom they oppose or back; the speakers stay unnamed.
    [Theory]
    [InlineData("But [|Obama's critics say|] the deal rewards the regime.")]
    [InlineData("The rule, [|Trump's fiercest supporters argue|], protects jobs.")]
    [InlineData("The scheme was a sweetheart deal, [|according to Chao's critics|].")]
    [InlineData("But [|Pelosi's allies say|] holding out strengthened her hand.")]
    [InlineData("Members want a vote, although [|the speaker's allies warn|] that retaliation could follow.")]
    [InlineData("[|The bill's backers say|] it is the only workable compromise.")]
    public void Reports_critics_and_supporters_of_a_named_owner(string markup) => Verify.VerifyMarkdown(markup);

    // "defenders" with a named owner is read as "critics" is (sources59: 5 of 6 such subjects labelled in the pool and
    // fresh14-42); the defenders acting, not speaking, stay unreported.
    [Theory]
    [InlineData("[|Clinton's defenders say|] the emails were never classified.")]
    [InlineData("[|FDR's defenders pointed out|] that the country had just been attacked.")]
    public void Reports_defenders_of_a_named_owner(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("Kavanaugh's defenders gathered outside the court on Monday.")]
    [InlineData("The senator's defenders were outnumbered at the rally.")]
    public void Does_not_report_defenders_of_a_named_owner_acting(string text) => Verify.VerifyNoDiagnostics(text);

    // A study noun straight before a participle of finding reports as "polls show" does (sources63).
    [Theory]
    [InlineData("When I read [|polls showing|] that capitalism is viewed with increasing negativity, I can't help but feel uneasy.")]
    [InlineData("The agency apologised, particularly after [|a report showing|] it had broken privacy rules.")]
    [InlineData("Trump benefitted greatly from the coverage, with [|one study finding|] he had received free exposure.")]
    [InlineData("It is unclear, with [|most polls showing|] a neck-and-neck race, how the ads are playing out.")]
    public void Reports_a_study_before_a_participle_of_finding(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a named or owned study, a study a named subject issues, and a participle after no study noun.
    [Theory]
    [InlineData("The public agrees, with a Rasmussen poll finding that most of them want to see the records.")]
    [InlineData("This morning, the Economic Policy Institute dropped a report showing that employers are charged.")]
    [InlineData("On Friday, the Bureau of Labor Statistics released its monthly jobs report showing the economy added jobs.")]
    [InlineData("Traders parsed data showing a loss of jobs in April.")]
    [InlineData("A video showing the arrest spread online.")]
    public void Does_not_report_a_named_study_or_a_non_study_before_a_participle(string text) => Verify.VerifyNoDiagnostics(text);

    // A noun of doubt, fear or a shared view straight before "among" credits the view to the group after it (sources64).
    [Theory]
    [InlineData("Reopening campuses in the fall has raised significant [|concern among some epidemiologists|].")]
    [InlineData("“It's different this time” has been a frequent [|sentiment among historians|], activists and other experts.")]
    [InlineData("There's a school of [|thought among some campaign observers|] that too much money has clouded his judgment.")]
    [InlineData("There is no [|consensus among political scientists|] on the cause.")]
    public void Reports_a_view_held_among_a_group(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a poll's share, a lay group, a party, a named or anaphoric group, and a noun that is no view.
    [Theory]
    [InlineData("The bill has strong support among black voters in the South.")]
    [InlineData("Sentiment among voters changes when the question is put another way.")]
    [InlineData("That argument hasn't quelled the panic among veteran Republicans.")]
    [InlineData("The plan has caused concern among Republicans in Congress.")]
    [InlineData("A common concern among those researchers is the tendency to form echo chambers.")]
    [InlineData("Jobs were the top concern among all adults in the poll.")]
    [InlineData("The rally has raised concern among investors that the gains have gone too far.")]
    public void Does_not_report_a_view_among_a_lay_named_or_polled_group(string text) => Verify.VerifyNoDiagnostics(text);

    // A name that modifies a stance noun, with no owner's "'s", is whom the group backs or opposes; the speakers stay
    // unnamed (sources44).
    [Theory]
    [InlineData("[|Obamacare defenders say|] its tax is not quite a tax.")]
    [InlineData("[|Other Trump defenders noted|] that the remark was clarified later.")]
    [InlineData("But [|longtime Bush supporters say|] the campaign has lost its way.")]
    [InlineData("[|Some Trump loyalists argue|] that the count was rigged.")]
    [InlineData("The bill is doomed, [|Medicaid opponents said|].")]
    [InlineData("[|Supporters of the bill say|] it will lower costs.")]
    public void Reports_a_stance_group_modified_by_a_name(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: the same groups acting, an owner's forecast, a determiner, and named members in apposition.
    [Theory]
    [InlineData("Trump supporters gathered outside the courthouse on Monday.")]
    [InlineData("Sanders supporters will show up for Biden in November.")]
    [InlineData("Her supporters hope she is seeing a wave.")]
    [InlineData("Trump allies Laura Ingraham and Ann Coulter said Trump would be impeached.")]
    [InlineData("The White House and its Democratic allies accused Republicans of lying.")]
    [InlineData("Opponents of the ban like Larry Nordal of Deerfield cited their rights.")]
    public void Does_not_report_a_stance_group_acting_or_named(string text) => Verify.VerifyNoDiagnostics(text);

    // Reports by a kind of outlet that the attribution reader loses (sources45): a time after "according to … reports",
    // a quantified or capitalised subject, the passive "widely reported in the media".
    [Theory]
    [InlineData("[|According to press reports|] this week, the organization is considering bankruptcy.")]
    [InlineData("[|According to local media|] on Tuesday, the delegation was turned away.")]
    [InlineData("[|Multiple media reports|] have confirmed details of the claim.")]
    [InlineData("[|Media reports said|] the company paid the actress.")]
    [InlineData("Their gaffes have been [|widely reported in the media|].")]
    public void Reports_media_reports_as_the_source(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: an outlet that names itself keeps its reports named.
    [Theory]
    [InlineData("The Associated Press reports that the talks failed.")]
    [InlineData("ABC News reports said the talks failed.")]
    [InlineData("The senator rejected the media reports as false.")]
    public void Does_not_report_a_named_outlets_reports(string text) => Verify.VerifyNoDiagnostics(text);

    // Two vague groups joined by "and" are one source, reported whole; a name in either half leaves it named.
    [Theory]
    [InlineData("The talks would start again, [|Iraqi officials and experts said|].")]
    [InlineData("[|GOP lawmakers and aides said|] the meeting went well.")]
    [InlineData("But [|immigration advocates and Democrats say|] it would cause more problems than it solves.")]
    public void Reports_coordinated_vague_groups_whole(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("Trump and Republicans said the bill was fair.")]
    [InlineData("More than 60 percent of both Republicans and Democrats said they were tired.")]
    [InlineData("The president and his allies have said the question is important.")]
    public void Does_not_report_coordinated_groups_with_a_name_or_a_survey(string text) => Verify.VerifyNoDiagnostics(text);

    // A worry straight before its clause, without "that"; the participle after "with" and its subject; fretting before
    // its clause; polling credited to no one.
    [Theory]
    [InlineData("[|Some analysts worry|] it could feed into higher inflation.")]
    [InlineData("But [|other Democrats worry|] the issue would turn off swing voters.")]
    [InlineData("The law passed, with [|some saying|] it went too far.")]
    [InlineData("The strike was controversial, with [|Obama administration critics saying|] he was entitled to due process.")]
    [InlineData("[|Some aides fret|] that the talks sow confusion.")]
    [InlineData("[|Polling suggests|] that Democrats are winning the debate.")]
    [InlineData("In Arizona, [|new polling shows|] Biden ahead by 20 points.")]
    public void Reports_bare_worries_participles_complaints_and_polling(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("It worried the president greatly.")]
    [InlineData("Four members went on record to say how worried they are about the party.")]
    [InlineData("The deal was struck, with some say in the matter left to the states.")]
    [InlineData("Edison's polling also found that Sanders won most caucus-goers.")]
    [InlineData("As the polling center noted, perceptions are not always on par with reality.")]
    [InlineData("The Monmouth survey finds him polling nationally at 30 percent.")]
    [InlineData("His allies argue that the deal is fair.")]
    public void Does_not_report_graded_worries_nouns_or_owned_polling(string text) => Verify.VerifyNoDiagnostics(text);

    // sources16: "indicate" reports a record or body of evidence as its subject, and media, with any adjective or country
    // before them, are a group no reader can ask.
    [Theory]
    [InlineData("[|Reports indicate|] that the company lost money last year.")]
    [InlineData("[|New evidence indicates|] that the virus spread earlier.")]
    [InlineData("[|According to US media reports|], the agency has concluded that the prince ordered it.")]
    [InlineData("[|Chinese state media|] have said only that the exercises had been planned.")]
    [InlineData("The fire spread quickly, [|according to local media|].")]
    [InlineData("[|Local media reported|] that the bridge was closed.")]
    [InlineData("[|Media outlets reported|] that people were seen being pulled from the streets.")]
    public void Reports_indicating_evidence_and_unnamed_media(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("About half of Democrats correctly indicate that the bill passed.")]
    [InlineData("Republican wins would indicate that voters are unhappy.")]
    [InlineData("He did not indicate that he would resign.")]
    [InlineData("According to Fox News reports, the deal is done.")]
    [InlineData("The media reported that the deal is done.")]
    [InlineData("But Lewis' research also indicates that they may be more accepting.")]
    public void Does_not_report_people_indicating_named_reports_or_the_media(string text) => Verify.VerifyNoDiagnostics(text);

    // sources15: the subject read back from a verb stops at another verb group, and a vague noun counts only where it
    // heads its phrase.
    [Theory]
    [InlineData("The city as a whole has been breaking single-day records for new confirmed cases.")]
    [InlineData("The courts are full, meaning many people won't have their claims heard for years.")]
    [InlineData("The senator, who quietly encouraged his supporters to believe the count was rigged, lost.")]
    [InlineData("We have many stories of courage still waiting to be told.")]
    [InlineData("On the last day, many staffers were told to stay home.")]
    [InlineData("What do Democrats say?")]
    [InlineData("Through the new site, people can find help for free.")]
    [InlineData("More than twice as many voters believed the mayor than believed her rival.")]
    public void Does_not_report_words_of_another_verb_group_or_a_compared_count(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("A trifecta of events had set him off in a way that [|two officials said|] they had not seen before.")]
    [InlineData("[|Economists increasingly fear|] that the dropouts will not return.")]
    [InlineData("[|Economists and industry consultants|], however, maintain that the buyers will pay.")]
    [InlineData("The talks stalled, [|according to officials involved in the discussions|].")]
    [InlineData("[|Many prominent Republicans|] are saying they will not vote for him.")]
    [InlineData("[|Sources who have spoken on the condition of anonymity said|] the deal is off.")]
    public void Reports_the_vague_head_of_the_verb_s_own_subject(string markup) => Verify.VerifyMarkdown(markup);

    // A relative "who" after a comma gives its verb the vague group before it, past phrases that are no source; a phrase
    // already the source of an inverted verb is reported once.
    [Theory]
    [InlineData("The tariffs drew criticism from business and [|industry groups|] on both sides of the border, who have warned of higher costs.")]
    [InlineData("The letter gives ammunition to [|the mayor's critics|], who say he acted like a partisan.")]
    [InlineData("Criticism has grown from [|some business leaders|], who fear that rates will rise.")]
    [InlineData("\"The mission matters,\" [|said the official|], who added that the number could grow.")]
    public void Reports_a_vague_group_before_a_relative_who(string markup) => Verify.VerifyMarkdown(markup);

    // sources69: a second reading of the same source that overlaps the first without lying inside it (the phrase ends
    // before its relative clause for "according to", the anonymity verb reads it with the clause) is reported once
    // (allsides, verbatim). The last row is the guard: two sources side by side are two findings.
    [Theory]
    [InlineData("The president's plan also would include a corporate tax overhaul, [|according to an official familiar with the negotiations|] who wasn't authorized to describe them publicly and asked to not be identified.")]
    [InlineData("It attempts to discourage the practice by withholding federal funds to police agencies that allow them, [|according to two Senate GOP officials|] who spoke anonymously to describe legislation that is not yet public.")]
    [InlineData("[|Officials said|] the plan stalled, and [|people familiar with the talks said|] it would not return.")]
    public void Reports_an_overlapping_second_reading_once(string markup) => Verify.VerifyMarkdown(markup);

    // A named antecedent, or a group placed at a named body, is no vague source for the relative clause.
    [Theory]
    [InlineData("The plan was announced by William Barr, who said the review would be quick.")]
    [InlineData("The plan drew praise from officials at the Treasury, who said it would work.")]
    public void Does_not_report_a_named_antecedent_of_a_relative_who(string text) => Verify.VerifyNoDiagnostics(text);

    // Staff of a named owner work for someone the reader can ask: "Biden's advisers", "Goldman's analysts". (Allies and
    // backers are no staff: they are read like supporters, above.)
    [Theory]
    [InlineData("Biden's advisers say the trip was cancelled.")]
    [InlineData("The bank would cut rates, Goldman's analysts said.")]
    [InlineData("Obama's critics met in the town hall on Tuesday.")]
    public void Does_not_report_a_named_owner_s_staff(string text) => Verify.VerifyNoDiagnostics(text);

    // A count of members or workers is a tally, a capitalised modifier is a name, and a study with a name in its phrase
    // is checkable; a noun-verb after an adjective or before "be"/"have" is a plural noun, not a verb of saying.
    [Theory]
    [InlineData("Six council members have announced that they will retire.")]
    [InlineData("AIIMS doctors write to the minister.")]
    [InlineData("A Gallup poll found that most voters distrust the council.")]
    [InlineData("A survey by the Pew Research Center found that most voters distrust the council.")]
    [InlineData("Most jobs reports are released on a Friday.")]
    [InlineData("The activists made several misleading claims on Thursday.")]
    [InlineData("The figure was better than the most dire estimates on Wall Street.")]
    public void Does_not_report_tallies_named_studies_or_plural_nouns(string text) => Verify.VerifyNoDiagnostics(text);

    // Not a source: someone's own document, where people or things come from, a think tank; nor a worry or a
    // confirmation that is a noun or an infinitive.
    [Theory]
    [InlineData("Maria Lopez said her research showed that curiosity is common among converts.")]
    [InlineData("Economists whose own research suggests the tax would work were not invited.")]
    [InlineData("The bureau counted 900 homicides in 2008, according to the bureau's data.")]
    [InlineData("Some came from as far away as Toronto.")]
    [InlineData("Most of the firearms used in crimes come from states with weaker laws.")]
    [InlineData("She wrote in City Journal, a publication of the conservative think tank Manhattan Institute, that bags spread viruses.")]
    [InlineData("The officials declined to confirm that the talks had failed.")]
    [InlineData("There were also worries that the bridge would close.")]
    [InlineData("Her most passionate statement is to defiantly declare that she will not leave.")]
    public void Does_not_report_owned_documents_origins_or_compound_nouns(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("Maria Lopez, an economist at the University of Leeds, said the reform will fail.")]
    [InlineData("The Office for National Statistics said unemployment rose in May.")]
    [InlineData("Critics of the plan met in the town hall on Tuesday.")]
    [InlineData("Experts at the [Met Office](https://www.metoffice.gov.uk) say the storm will pass by Sunday.")]
    [InlineData("`experts say` is a phrase our style guide discourages.")]
    [InlineData("Researchers at Oxford University found that sleep improves memory.")]
    [InlineData("The figure was stated as fact with no source.")]
    [InlineData("Underlying conditions were common, according to the data.")]
    [InlineData("The app could let hackers change votes, the researchers found.")]
    [InlineData("The most liberal respondents said they trust most outlets.")]
    [InlineData("The lawmakers said the bill would not pass before the recess.")]
    [InlineData("His aides said the trip was cancelled.")]
    [InlineData("Analysts at Barclays Capital said the bank would cut rates.")]
    [InlineData("\"When I travel, people say the roads are worse,\" the mayor said.")]
    [InlineData("Officials at the Federal Reserve were sceptical that rates would fall.")]
    [InlineData("I am confident that the answer is still no.")]
    [InlineData("The expert consensus is to expect about 200,000 deaths this year.")]
    [InlineData("The weather was so bad that the match was cancelled.")]
    [InlineData("In many states, reform is still sorely needed.")]
    [InlineData("Most polling places are on public property.")]
    [InlineData("Democrats put the broadest possible definition on the word.")]
    [InlineData("Someday someone might find the tweet offensive.")]
    [InlineData("Ana Ruiz, a nurse who has worked at the county hospital in Spokane for twenty years, says most of her patients have tried several diets.")]
    [InlineData("The only way to find how many people were infected is to test widely.")]
    [InlineData("The chain reported quarterly sales that missed some analysts' estimates.")]
    [InlineData("The new rules give parents some say in the matter.")]
    [InlineData("There is some fear that the plant will close.")]
    [InlineData("Some estimates in recent years have put the cost higher.")]
    [InlineData("Wary readers came to treat any new study with caution.")]
    [InlineData("The president stressed the unity of the graduating class.")]
    [InlineData("Critics complained about the order, which named seven countries.")]
    public void Does_not_report_named_sources_or_non_attributions(string text) => Verify.VerifyNoDiagnostics(text);

    // A reporting verb with its act particle, or "found" with the state a body is found in, is an act or a discovery, not
    // a report (class-phrasal-act-verbs.txt, class-discovery-states.txt): its vague subject is no source.
    [Theory]
    [InlineData("Last year, five people showed up.")]
    [InlineData("Many more GOP voters showed up early this time than in April.")]
    [InlineData("RNC officials put on a happy face Sunday evening at a press conference.")]
    [InlineData("At first, UT officials put him off, suggesting he attend another school.")]
    [InlineData("Many others put out calls for more gun control within a few hours.")]
    [InlineData("Authorities found Kelley dead in his car several miles from the scene.")]
    [InlineData("Authorities found 39 people dead in a truck on Wednesday.")]
    public void Does_not_report_an_act_or_a_discovery(string text) => Verify.VerifyNoDiagnostics(text);

    // Guards: a particle after "it" or a place after an object pronoun, and a finding whose clause holds a state word.
    [Theory]
    [InlineData("[|State wildlife officials|] have found some of its residue in the carcasses.")]
    [InlineData("In Iowa, [|the last two polls|] have put him in second place.")]
    [InlineData("[|Researchers found|] that patients who were alive a year later had taken the drug.")]
    [InlineData("[|Experts say|] the virus shows up in the blood.")]
    public void Still_reports_findings_and_estimates_near_acts(string markup) => Verify.VerifyMarkdown(markup);

    // One person introduced indefinitely as the speaker of a verb of saying, or after "according to" or an inverted
    // "said", is unnamed whatever the noun (UnnamedSubjects.IsIndefiniteSpeaker / IsIndefinitePerson).
    [Theory]
    [InlineData("[|A man said|] the book saved his marriage.")]
    [InlineData("\"I was propositioned every day,\" [|one woman told|] the Post.")]
    [InlineData("[|A longtime donor told|] the paper that the campaign was broke.")]
    [InlineData("[|One of them said|] that a businessman served as an intermediary.")]
    [InlineData("\"We are done,\" [|one of our interviewees opined|].")]
    [InlineData("(This is [|according to one of those in attendance|].)")]
    [InlineData("He has, [|according to one of these people|], enlisted his daughter.")]
    [InlineData("The deal is off, [|according to a well-placed journalist|].")]
    [InlineData("\"He is untouchable,\" [|said a retired supervisor|] who knows the director.")]
    public void Reports_an_indefinite_speaker_whatever_the_noun(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a thing, a share of respondents, a title, a participle and a speaker named beside the noun stay unreported.
    [Theory]
    [InlineData("According to a schedule of the meeting, the attendees focused on 2013.")]
    [InlineData("Another policy document says there is a maximum pay of $27 per month.")]
    [InlineData("A placard saying the war is over is seen at the rally.")]
    [InlineData("So though a majority of the uninsured say the law has not affected them yet, they worry.")]
    [InlineData("A federal judge said the law was void.")]
    [InlineData("A spokesman, John Smith, said the plan would fail.")]
    [InlineData("A statement said the plant would close.")]
    [InlineData("\"This is a great day for America,\" said one of their lawyers, David Boies.")]
    [InlineData("There was no plan to protest, said one of the dissenters, Ryan P. Haygood, a former lawyer.")]
    public void Does_not_report_an_indefinite_thing_or_a_named_speaker(string text) => Verify.VerifyNoDiagnostics(text);

    // allowed_terms silences a finding whose words contain the term, whether the term is a built-in phrase or only a
    // word of a source phrase the semantic layer read as vague; findings without it stay.
    [Theory]
    [InlineData("People familiar with the matter said the deal collapsed.", "people familiar with")]
    [InlineData("Analysts at big banks warn that prices will keep rising.", "analysts")]
    [InlineData("[|Experts say|] the reform will fail; analysts warn that prices will rise.", "analysts")]
    public void Allowed_terms_silence_findings_that_contain_them(string markup, string allowed) =>
        Verify.VerifyMarkdown(markup, Options("doclint.DL3001.allowed_terms", allowed));

    // additional_terms flags the phrase wherever it stands, even a short one the built-in list would need a verb for.
    [Theory]
    [InlineData("The deal, [|word on the street|] has it, collapsed.", "word on the street")]
    [InlineData("The deal collapsed, the [|grapevine|] says.", "grapevine")]
    public void Additional_terms_are_reported_wherever_they_stand(string markup, string added) =>
        Verify.VerifyMarkdown(markup, Options("doclint.DL3001.additional_terms", added));

    // rev34's finding in figures45's closing document: a relative clause, a preposition or an auxiliary between the comma
    // and the sentence-final "research projects." makes it no record subject of a closing verb ("…, research shows." is
    // reported above).
    [Theory]
    [InlineData("The city spent $5 million last year, which paid for new research projects.")]
    [InlineData("The council met twice, with funds set aside for new research projects.")]
    public void Does_not_read_a_clause_before_a_closing_plural_as_a_document(string text) => Verify.VerifyNoDiagnostics(text);

    // studymaker39: an unnamed study is an opener and at most three lower-case words before the study noun, as the
    // figure rule reads it; a longer run is no study but a person or thing the phrase ends on (allsides, at b9d08aac all
    // three read as vague sources).
    [Theory]
    [InlineData("According to a distribution list at the bottom of the report, the document was shared with the White House.")]
    [InlineData("Davis was having a tough time raising money and his own poll showed him in third place.")]
    public void Does_not_read_a_long_phrase_ending_at_a_study_noun_as_an_unnamed_study(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("[|A recent battleground poll found|] the race tied.")]
    public void Reads_an_opener_and_three_modifiers_as_an_unnamed_study(string markup) => Verify.VerifyMarkdown(markup);

    // rev39: a share of the study's respondents before the noun is no person or list; the bound of three words does
    // not hold after "N percent" (fresh39 lost this labelled sentence to the bound).
    [Theory]
    [InlineData("Maybe that's why [|a full 45 percent of people in the survey said|] the penalty was too harsh.")]
    public void Reads_a_share_of_a_study_s_respondents_as_an_unnamed_study(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("One of the authors of that report said the penalty was too harsh.")]
    public void Does_not_read_a_person_before_a_study_noun_as_an_unnamed_study(string text) => Verify.VerifyNoDiagnostics(text);

    private static AnalyzerOptions Options(string key, string value) => new(ImmutableDictionary<string, string>.Empty.Add(key, value));
}
