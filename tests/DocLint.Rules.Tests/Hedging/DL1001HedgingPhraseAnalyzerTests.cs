using System.Collections.Immutable;
using DocLint.Analysis;
using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Hedging.HedgingPhraseAnalyzer>;

namespace DocLint.Rules.Tests.Hedging;

public sealed class DL1001HedgingPhraseAnalyzerTests
{
    [Theory]
    [InlineData("The minister will [|probably|] resign before the summer recess.")]
    [InlineData("[|Perhaps|] the council never read the auditors' letter.")]
    [InlineData("The delay was [|presumably|] caused by the strike at the port.")]
    [InlineData("The old bridge [|seems to|] need urgent repairs.")]
    [InlineData("[|It seems|] the budget was never put to a vote.")]
    [InlineData("The company is [|likely|] to miss its export target.")]
    [InlineData("The fire was [|most likely|] started by a faulty heater.")]
    [InlineData("[|Apparently|], the mayor knew about the contract for months.")]
    [InlineData("The strike will [|possibly|] spread to the docks, and [|maybe|] to the railways.")]
    [InlineData("The new stadium is [|arguably|] the most expensive in Europe.")]
    [InlineData("He is [|unlikely|] to win the seat.")]
    // A forecast compared with another is still a forecast: no multiplier, no between-groups adverb.
    [InlineData("The governor is as [|likely|] to win the seat as her rival.")]
    // Guards (hedges32): a subject's own "most likely to" is the author's forecast; a frame after a closed "whether or
    // not" clause is the author's.
    [InlineData("Rubio is still [|most likely|] to be the nominee.")]
    [InlineData("The policy is [|most likely|] to hurt immigrants.")]
    [InlineData("Of all the candidates, Sanders is the [|most likely|] to win those voters back.")]
    [InlineData("Immigration reform is the one [|most likely|] to pass.")]
    [InlineData("Whether or not it passes, [|I think|] the bill matters.")]
    // Guards (hedges34): "tend to" before a state or a possession, and an inference that is not negated keep the
    // author's hedge.
    [InlineData("Poorer people live near plants, which [|tend to|] have the worst air.")]
    [InlineData("I [|tend to|] think this phenomenon is a little overstated.")]
    [InlineData("I still [|tend to|] think that we ought to keep our guns.")]
    [InlineData("Her votes in the Senate do [|suggest that|] she would intervene again.")]
    // rev31: "believe in" before a time phrase is the author's belief in the clause after it, not trust in a value.
    [InlineData("[|I believe|] in 2019 the company lost money on every car.")]
    [InlineData("[|We believe|] in the coming weeks the numbers will fall.")]
    // "least likely" of a place or outcome, not a group's rate, stays the author's judgement (hedgelearn21).
    [InlineData("A recall looks least [|likely|] in Colorado, where organizers need the most signatures.")]
    // Guards (hedges55): an intensifier without a plural "be" before it, a bare causative complement, and a comparative
    // before a noun keep the author's forecast.
    [InlineData("It is increasingly [|likely|] that the bill will pass.")]
    [InlineData("The senator is particularly [|likely|] to object.")]
    [InlineData("The ruling makes it [|unlikely|] that the deal survives.")]
    [InlineData("But the more [|likely|] answer is that the crisis changed voters.")]
    // rev42: "how unlikely it is that" exclaims the author's doubt; it asks no degree.
    [InlineData("Anyone who has used a notary noticed how [|unlikely|] it is that they would prevent fraud.")]
    [InlineData("The plan will **[|probably|]** fail.")]
    [InlineData("The team was determined to win, and it will [|probably|] do so.")]
    [InlineData("The speech [|seemed|] directed at a domestic audience.")]
    // "it looks like" + a clause or a judgement is the author's inference, as "it seems" is (looks21).
    [InlineData("In short, [|it looks like|] the minister brought his donors into the department.")]
    [InlineData("Two years later, [|it looks like|] they have succeeded.")]
    // A causative verb with a clause break in its object, and a comparison without a pronoun subject, keep the hedge.
    [InlineData("He made the claim, and prices [|seem|] high.")]
    [InlineData("Trudeau was heard making what [|appeared to|] be a joke about the summit.")]
    [InlineData("The vote was closer than the polls [|seemed to|] show.")]
    [InlineData("A recording shows him [|appearing to|] confess to the theft.")]
    // The negated appearance is the same inference (hedges39): "appear to" and the bare "appear" both miss it.
    [InlineData("At a news conference, the police [|appeared not to|] know of his fate.")]
    [InlineData("Far too many critics [|appear not to|] care that the agents leaked the files.")]
    [InlineData("The mayor [|appears not to|] understand what the audit found.")]
    // The impersonal it/there frame (hedges40): copula, fillers, head, then a clause; no whole-token entry reaches it.
    [InlineData("[|There's a decent chance|] my parents will read this blog.")]
    [InlineData("[|It's possible|] voters will punish the party in November.")]
    [InlineData("[|There is now some reason to believe|] that top rates can reduce inequality.")]
    [InlineData("Given the thread, [|it's a safe bet|] that no verification process was taken.")]
    [InlineData("Now [|it is certainly plausible|] that the network edited out the ending.")]
    [InlineData("Since he ignores details, [|it's improbable|] that he knows the treaties.")]
    [InlineData("If the Senate acquits him, [|it's reasonable to assume|] that he will run again.")]
    // perf59: the frame is read only from a word of the subjects' lengths and first letters, in any case.
    [InlineData("[|THERE'S a decent chance|] my parents will read this blog.")]
    [InlineData("[|It Is certainly plausible|] that the network edited out the ending.")]
    [InlineData("\u201cYes\u201d \u2014 [|There is now some reason to believe|] that top rates can reduce inequality.")]
    [InlineData("If they see a difference, [|I'd say|] they are doing their jobs.")]
    // The author's own inference from things stays a hedge.
    [InlineData("But the city's problems [|suggest that|] meeting the goal will be difficult.")]
    [InlineData("Her record in Honduras [|suggests that|] she would intervene again.")]
    [InlineData("Signs of a weakening jobs picture [|suggest a|] turnaround from last week.")]
    [InlineData("Trump's many, many experiences as a witness [|suggest that|] he is more cautious under oath.")]
    // A bare "suggest(s)" before a clause, with things as the subject (hedges47).
    [InlineData("The outrage [|suggests|] the longtime chairman could find himself targeted.")]
    [InlineData("His initial staffing decisions [|suggest|] he's serious about the agenda.")]
    [InlineData("The overall performance [|suggests|] the economy continues to expand.")]
    // Guards of the comma participle's reach (hedges21; flagged with or without it): after a comma the participle hangs
    // on the clause before it, and what things did, or what a person did without speaking or writing, leaves the
    // author's inference.
    [InlineData("The limits have affected Muslims most, [|suggesting that|] the party's idea of freedom has narrowed.")]
    // The author's own thought stays the author's hedge; someone else's is theirs (see the exemptions below).
    [InlineData("I thought it was [|probably|] over by then.")]
    // The author's doubt or negated belief, as "I think" is.
    [InlineData("[|I don't think|] the council has the votes for the levy.")]
    // A guard of the consideration exclusion's reach (reported with or without it): a later "think about" leaves the
    // opening "I think" a belief.
    [InlineData("[|I think|] the council will think about the levy again.")]
    [InlineData("[|I doubt|] the mayor knew about the contract.")]
    [InlineData("[|I'm not sure|] the plan survives the winter.")]
    [InlineData("But [|my hunch is|] that the levy fails.")]
    // "apparent" before its noun, and "appear" with an adjective or participle, are the author's impression.
    [InlineData("The fire followed an [|apparent|] gas leak in the basement.")]
    [InlineData("The mayor's [|apparent|] reluctance angered the council.")]
    [InlineData("The judge [|appeared|] skeptical of the city's argument.")]
    [InlineData("The bill [|appears|] largely dead in the Senate.")]
    [InlineData("The governor [|appears|] poised to veto the bill.")]
    [InlineData("The mayor didn't [|appear|] worried about the audit.")]
    [InlineData("The plan breaks no law, the agency says; courts are [|unlikely|] to block it.")]
    // Before a present-tense verb ending in "s" the tagger tells the adverb from the adjective of "likely voters".
    [InlineData("The record total [|likely|] underestimates the number of people out of work.")]
    [InlineData("The organization [|likely|] has some members with ties to the company.")]
    [InlineData("Signaling she [|likely|] agrees with the aide, the speaker released a statement.")]
    [InlineData("The senator is [|most likely|] the next leader of the party.")]
    [InlineData("It's [|likely|] hospitals are trying to limit the damage.")]
    // hedges43: after a fused subject and "be" a capitalised name opening the clause leaves "likely" the predicate.
    [InlineData("It's [|likely|] Sanders' recognition of the union will push other candidates to follow suit.")]
    [InlineData("It\u2019s [|likely|] Jacqueline will run again.")]
    // hedges43: the generic "one" standing in for the author before a verb of inference.
    [InlineData("Based on his work, [|one suspects|] that the divide will overlap with class.")]
    [InlineData("[|One presumes|] liberals would care deeply about this.")]
    [InlineData("It was sent to Siberia, where [|one assumes|] the rations are limited.")]
    [InlineData("Better, [|one can only assume|], than selecting her as secretary of state.")]
    // hedges56: the author's stance in a first-person frame the lists lacked (pool and fresh14-42 misses, trimmed).
    [InlineData("And that, [|I now believe|], is precisely the problem.")]
    [InlineData("But [|I have to believe|] that she can't still cling to the hope.")]
    [InlineData("Again, [|I’m inclined to think|] that the most probable reason is a climate deal.")]
    [InlineData("And the presidential festivities, [|in my view|], feature two undesirable candidates.")]
    [InlineData("One reason, [|in our opinion|], is the nature of the grants.")]
    [InlineData("And [|I bet|] he wishes he didn't right about now.")]
    [InlineData("Unfortunately, [|I fear|] many of our politicians use the rallying power of demonizing.")]
    [InlineData("Cher's private security, who [|I assume|] were packing heat, pushed me out of the way.")]
    [InlineData("If you ask a black American, [|I’m guessing|] you'll find similar responses.")]
    [InlineData("[|My guess is|] that wages fell because workers were making less per hour.")]
    // rev43: after "what" a frame with a clause after it is an aside and keeps its hedge.
    [InlineData("The president tweeted what [|I believe|] were five consecutive tweets based on Fox's programming.")]
    [InlineData("It was, in what [|I suspect|] honest histories will describe as an act of desperation, a pivot.")]
    [InlineData("And [|I have a feeling that|] John Roberts is just repositioning on that one.")]
    // Guards: an obligation in the next clause leaves the belief a hedge.
    [InlineData("[|I think|] it rained all night; we must leave early.")]
    [InlineData("[|I believe|] the plan will fail.")]
    [InlineData("The punctuation is important ([|I believe|]) and every reader should notice it.")]
    // Guards (hedges22): a statement before a question's colon, and one before a question tag, keep their hedges.
    [InlineData("The fight will [|probably|] turn on one issue: can the president declare an emergency?")]
    [InlineData("It doesn't [|appear to|] be a winning issue, does it?")]
    [InlineData("The humiliation [|probably|] refers to the shooting, and as for Putin, well ... who knows?")]
    [InlineData("Having [|apparently|] flunked history, the mayor asked, \"Is there a difference?\"")]
    // hedges23: "more or less" before a noun phrase approximates it (CoNLL-2010 labels it); an aside's dash inside a
    // question does not end the statement before a negated auxiliary that opens the question.
    [InlineData("After the divorce she was described as [|more or less|] an orphan.")]
    [InlineData("If the council was bound the first time \u2014 and [|I believe|] it was \u2014 won't it be bound the next?")]
    // Guard (hedges25): the author's own "I don't think" keeps the hedge in its clause.
    [InlineData("But [|I don't think|] PolitiFact is [|likely|] to emerge with its credibility intact.")]
    // Guards (hedges25, from the whole-corpus sample): a participle that modifies a noun, a "to be" complement and a
    // comparison's clause leave the main clause's hedge the author's.
    [InlineData("The steps announced today are [|likely|] to be closely watched in Miami.")]
    [InlineData("A society that believes good government to be an impossibility is [|unlikely|] to keep industry honest.")]
    [InlineData("The fallout may tell a different story than Democrats now [|seem to|] be remembering.")]
    // Guard (UnmarkedReports.MaxPastVerb): three words past the reported clause's first finite verb the clause has
    // ended without a mark ("is dead and likely to"): the hedge is the author's.
    [InlineData("At first, the media never believed the bill was dead and [|likely|] to fail.")]
    // Guard (hedges28): "tend to" before a verb is still the hedge.
    [InlineData("The extremely rich [|tend to|] be extremely ambitious.")]
    // Guards (new50): the present "tend(s) to" keeps the hedge that the past "tended to" lost.
    [InlineData("Within countries, political identification [|tends to|] be the strongest divider of media attitudes.")]
    [InlineData("Operations involving the unit [|tend to|] be much more violent than those involving the cyberunits.")]
    // Guards (hedges29, TurnContinuations): a transcript excerpt that no later label resumes, a fact check's "THE FACTS:"
    // between two quotes, a capital label before a headline: the unlabelled paragraphs after them are the author's.
    [InlineData("TRUMP: We will win.\n\nCLINTON: We will see.\n\nThe race will [|probably|] tighten.")]
    [InlineData("TRUMP: We won big.\n\nTHE FACTS: Not so.\n\nThe count will [|probably|] change.\n\nTRUMP: We won.\n\nCLINTON: No.")]
    [InlineData("REM RIEDER: An important crusade\n\nThe rules will [|probably|] change.\n\nREM RIEDER: Another crusade")]
    public void Reports_hedges_in_the_authors_voice(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("The minister will [|probably|] resign.\n\nThe party has [|apparently|] chosen a successor.")]
    [InlineData("Line one is plain.\nThe vote was [|supposedly|] secret.")]
    public void Reports_hedges_in_plain_text(string markup) => Verify.VerifyPlainText(markup);

    [Fact]
    public void Reports_hedges_at_their_position_in_the_markdown_source() =>
        Verify.VerifyMarkdown("# Council news\n\n> The vote was [|probably|] rigged.\n\n- The budget is [|presumably|] late.\n");

    [Theory]
    [InlineData("The minister resigned on Tuesday after the vote.")]
    [InlineData("Pollsters interviewed likely voters in three counties.")]
    [InlineData("Among likely voters, the incumbent leads by four points.")]
    // hedges43: "one" after a determiner is a quantified person, not the author's generic stand-in.
    [InlineData("No one suspects the mayor of taking the money.")]
    [InlineData("Not every one assumes the rations are limited.")]
    // hedges56 guards: a conviction stressed, not doubted, and a stance in a quotation stay unflagged.
    [InlineData("I firmly believe that every point I argued in my essay is correct.")]
    [InlineData("\"Realistically, in my view, it would take longer than that,\" the senator said.")]
    [InlineData("\"I bet you haven't heard about the accomplishments,\" Lara Trump said.")]
    // rev43: an opinion phrase before "should" is advice, as "I believe … should" is; "fear for" and a frame ending its
    // clause after "what" take an object, not a clause.
    [InlineData("In my view, we should enact reforms to both taxes and entitlements now.")]
    [InlineData("It was planted by a mother who, in my opinion, should be locked in prison for the rest of her life.")]
    [InlineData("The feedback loop you describe is one of the things I fear for the most.")]
    [InlineData("That night, I told the American people who I am and what I believe.")]
    [InlineData("She helps activists focus on the misalignment between what we believe and what we do.")]
    [InlineData("No one strongly suspects the mayor of taking the money.")]
    [InlineData("Three people were in custody and one suspect dead.")]
    [InlineData("Poverty is one of the most likely causes of the decline.")]
    [InlineData("The governor is her most likely successor.")]
    [InlineData("The poll surveyed 600 New Hampshire likely voters.")]
    [InlineData("Today likely voters divide by a close 49-46 percent.")]
    [InlineData("Sudden cardiac death often strikes unlikely victims.")]
    [InlineData("\"We will probably appeal,\" said Maria Lopez, the union's lawyer.")]
    [InlineData("Maria Lopez said the bridge would probably reopen in the spring.")]
    [InlineData("Run `perhaps --dry-run` before the real import.")]
    [InlineData("```\nprobably = True\n```")]
    [InlineData("\"Perhaps we will win,\" she said.")]
    [InlineData("According to the mayor, the bridge will probably reopen in spring.")]
    [InlineData("The mayor told reporters the bridge would possibly reopen in spring.")]
    // Guards (hedges39): the negated appearance under a report stays the source's.
    [InlineData("The senator said the court appeared not to accept the argument.")]
    [InlineData("\"The court appears not to care,\" she said.")]
    // Guards (hedges40): ability and opportunity, a denied frame, a quoted or reported one stay unflagged.
    [InlineData("It is possible to file the form online.")]
    [InlineData("There's a chance to win the title this year.")]
    [InlineData("There is no reason to believe that the mayor knew.")]
    [InlineData("It is not possible but certain that agents watched him.")]
    [InlineData("\"It's possible they announce something before June,\" said Jon Hill.")]
    [InlineData("The senator said there was a good chance the bill would pass.")]
    [InlineData("But there are other plausible explanations for the loss and the wins.")]
    [InlineData("It is a possible outcome of the talks.")]
    [InlineData("Likely voters favoured the incumbent.")]
    [InlineData("Young voters were less likely to have their ballots counted.")]
    [InlineData("Democrats are much more likely than Republicans to trust the news media.")]
    // The superlative ranks groups by a rate, as "less likely to" compares them (hedgelearn21).
    [InlineData("Adults 65 and older are the least likely to say the outbreak is a major threat.")]
    [InlineData("The aid goes to the survivors least likely to get help.")]
    [InlineData("Nonwhite voters are least likely to own a land line or least likely to answer pollsters.")]
    // After "what" or "if" an impersonal "it" frame names an appearance or a condition, not doubt (looks21).
    [InlineData("His account of what it looks like when a campaign collapses is vivid.")]
    [InlineData("If it looks like a duck and quacks like a duck, it is a duck.")]
    [InlineData("If it seems surprising that both parties agree, remember the polls.")]
    [InlineData("Any device can be used to spy on you even if it appears to be turned off.")]
    // A multiplier or a between-groups adverb makes it a rate too.
    [InlineData("Black women in Alabama are nearly twice as likely to die of the disease as white women.")]
    [InlineData("Teenagers who used cannabis were four times as likely to develop the syndrome.")]
    [InlineData("The typical Facebook user was half as likely to discuss the topic offline.")]
    [InlineData("Republicans and Democrats are about equally likely to say they followed the trial.")]
    [InlineData("Native Americans are disproportionately unlikely to have these documents.")]
    // hedges55: a chance measured, not forecast: a group's rate after an intensifier, a change of chance a causative
    // brings about, a degree asked, the second half of a correlative.
    [InlineData("Younger Americans are particularly likely to rely on social media for election news.")]
    [InlineData("Teenage Pilgrims were especially likely to steal the commune's crops.")]
    [InlineData("Hitler invaded the Soviet Union and made U.S. intervention more likely.")]
    [InlineData("Early testing is making it much more likely they will survive.")]
    [InlineData("The strength of one's ideology shapes how likely people are to accept a range of conspiracy theories.")]
    [InlineData("The more liberal your views, the more likely you were to mix with the opposite sex.")]
    // mend45: the first half's "less" comes from class-correlative-comparatives.
    [InlineData("The less you sleep, the more likely you are to fall ill.")]
    // An evidence verb whose subject is a person, a body, a document or a vague source reports that source.
    [InlineData("BBC defence correspondent Jonathan Marcus suggests that the president is washing his hands of Syria.")]
    [InlineData("Recent data from the Centers for Disease Control suggest that the virus spread early.")]
    [InlineData("Other analysts have suggested that the minister is not trying to punish anyone.")]
    [InlineData("He was right to suggest that the party would move left.")]
    [InlineData("No one knows how we came to this point. Some suggest that partisan news media have helped.")]
    // Guards of the bare "suggest" (hedges47): a person's proposal or reading, an evidence noun's finding, no clause
    // after it, a bare participle without a comma.
    [InlineData("She suggested a meeting with the mayor.")]
    [InlineData("Smith suggests the council is divided.")]
    [InlineData("Current estimates suggest the census will bring the state a new seat.")]
    [InlineData("Early research suggests we are in for a complex winter.")]
    [InlineData("The story is murkier than either account suggests.")]
    [InlineData("The delay suggests to some that he wanted more time.")]
    [InlineData("He has repeatedly been suggesting he'd sue his critics.")]
    [InlineData("Pelosi deflected the criticism, suggesting they did not want to help.")]
    [InlineData("Trump said he supports the deal, but suggests the president should wait.")]
    [InlineData("The complaint suggests widespread efforts to make adjustments.")]
    [InlineData("Democrats concede that the inquiry still seems certain to end in acquittal.")]
    // A caused impression ("makes it seem") and the standard of a comparison ("than it seemed"): not the author's doubt.
    [InlineData("Republicans avoid anything that makes it seem as though Washington runs the elections.")]
    [InlineData("Social media can make the world appear much darker than it is.")]
    [InlineData("The president's outbursts make my daughter's tantrums seem mature by comparison.")]
    [InlineData("His path is much narrower than it seemed a day ago.")]
    [InlineData("The case is hardly as contrarian as it might seem.")]
    // mend40: a form built on an impression verb (class-impression-verbs) sets the standard too; the bare verb after a
    // causative; a coordinated "suggests" (class-coordinators); an impersonal frame after "if" (class-impersonal-frame-subjects).
    [InlineData("The race was closer than it appeared to be in March.")]
    [InlineData("The ads make the senator seem out of touch.")]
    [InlineData("The senator praised the plan, but suggests the House should wait.")]
    [InlineData("If it seems too good to be true, walk away.")]
    // "indicate" whose subject is a document, a survey, a person or a pronoun reports that source, as "suggest" does
    // (and no "indicate" is a hedge in news since hedges49, class-indicate-forms).
    [InlineData("Senate records indicate that Burr sold his stocks in late January.")]
    [InlineData("More recent data indicate that police keep majority support.")]
    [InlineData("The campaign released a new poll indicating that Romney is within two points.")]
    [InlineData("He did not indicate that Congress expected to authorize the action.")]
    [InlineData("And they indicate that the rhetoric may not work.")]
    // "suggesting" straight after a document or a message, or after a comma that closes a document's clause, is that
    // source's reading (hedges21); the speech act's row is a guard (its reported clause exempts it already).
    [InlineData("The Times published a column suggesting that China would need to cooperate more closely.")]
    [InlineData("He deleted the posts suggesting that the congressman was involved.")]
    [InlineData("The report revised job gains upward by 95,000, suggesting a healthier job market than believed.")]
    [InlineData("\u201cIt would be nice,\u201d Trump told lawmakers, even suggesting a name for the measure.")]
    [InlineData("The plan has the support of, oh, maybe eight voters.")]
    [InlineData("The case is a smaller win than it appears to be.")]
    [InlineData("Among mail voters, 20 percent said they were likely to vote in person.")]
    [InlineData("\"These results suggest a second pathway,\" said Ana Ruiz, who led the study.")]
    [InlineData("Fryer's work has also determined that when police pull out, deaths tend to increase.")]
    // Learned cues that news reads as attribution, a determiner or an unnamed source (tools/cues/news-attribution-words.txt, reviewed-out.txt).
    [InlineData("The senator indicated that the vote would slip to June.")]
    [InlineData("Some other countries joined the pact in March.")]
    [InlineData("The kinase is thought to act upstream of the receptor.")]
    // Someone else's words without quotation marks: a speaker's reported clause, a transcript turn, an embedded tweet.
    [InlineData("Fauci did not weigh in on schools, but said it's unlikely a vaccine would be ready in time.")]
    [InlineData("The general thought it was probably over by then.")]
    [InlineData("TRUMP: We will probably win the state.")]
    // hedges27: a capital label with the speaker's role in brackets before the colon (Media Matters' transcripts).
    [InlineData("ART LAFFER (REAGAN ADMINISTRATION ECONOMIC ADVISER): Obama, who I believe was the reason, lost.")]
    [InlineData("The host asked. SEN. KAMALA HARRIS (D-CA): I think we are probably in a crisis.")]
    [InlineData("The vote is probably over. #DOMA \u2014 Jane Roe (@janeroe) June 26, 2013")]
    // An interview's "Q:"/"A:" turns, a mixed-case speaker who speaks as "I", "we" or "you", a paragraph set out after a
    // lead-in that reports speech or writing.
    [InlineData("Q: Will the bill pass? A: I think it probably will.")]
    [InlineData("Nick Gillespie: I think the towers will probably stay where they are.")]
    [InlineData("Glenn Greenwald wrote:\n\nThe protests will probably lead to a spike in infections.")]
    [InlineData("Gail: It will probably pass.\n\nBret: I doubt it.\n\nGail: We will see.")]
    // hedges29: a transcript turn runs on into the paragraphs after it that no label opens, up to the next label
    // (TurnContinuations): the guest's second paragraph is theirs, and so is a host's.
    [InlineData("AMY GOODMAN: What happened?\n\nALLAN NAIRN: It was a surprise.\n\nThe missiles will probably fly within minutes.\n\nAMY GOODMAN: Thank you.")]
    [InlineData("AMY GOODMAN: We turn now to Iran.\n\nThe talks will probably fail, I think.\n\nJOHN KERRY: They may.\n\nAMY GOODMAN: Why?")]
    // voice44: a label in capitals with a surname's particle in lower case (class-name-particles) is a speaker's in
    // capitals, so the guest's unlabelled paragraph carries on his turn; one speaker labelled twice (a speech in
    // excerpts) carries on into a paragraph that speaks as "I", "we" or "you".
    [InlineData("AMY GOODMAN: What happened?\n\nBILL McKIBBEN: It was hot.\n\nThe missiles will probably fly within minutes.\n\nAMY GOODMAN: Thank you.")]
    [InlineData("DR. CARSON: We need a tithe.\n\nWe will probably not need 10%.\n\nDR. CARSON: Here is my solution.")]
    // "apparent" as a predicate or a title, and "appear" for showing up or for how someone wants to look.
    [InlineData("It soon became apparent that the levee would hold.")]
    [InlineData("The problems were apparent from the first week.")]
    [InlineData("The prince is the heir apparent to the throne.")]
    [InlineData("The mayor appeared on local television on Tuesday.")]
    [InlineData("The governor will appear before the committee in May.")]
    [InlineData("The story appeared online on Wednesday.")]
    [InlineData("His name appears next to other officers in the filing.")]
    [InlineData("In their rush to appear tough, the ministers raised fines.")]
    [InlineData("Two photos of the same bridge can appear quite different.")]
    [InlineData("\"I don't think we have the votes,\" said Ana Ruiz, the council leader.")]
    // "think" before "about" or "of" is consideration or a definition, not belief in a claim.
    [InlineData("The deficit is one of the things I worry about most when I think about the budget.")]
    [InlineData("We think of a levy as a tax that every household pays.")]
    // A belief about what ought to be done is a conviction or a recommendation, not doubt about a fact.
    [InlineData("That is why we believe Republicans should take this issue head-on.")]
    [InlineData("I think we have to be very careful with these measures.")]
    [InlineData("What we believe, as gun owners, is that there needs to be legislation in place.")]
    [InlineData("I don't think the council must raise the levy this year.")]
    // A hedge inside a question asks about a possibility (hedges22).
    [InlineData("Have you ever argued with someone who seemed to have a comeback for everything you said?")]
    [InlineData("Does one tweet have a strong tie to the network, suggesting that the others were replies too?")]
    [InlineData("Backing an insurgency? Or maybe we could just bomb them from the air?")]
    // A lead-in without a reporting verb, then a paragraph that speaks as "I" in a report whose author never does: the
    // speaker's text (hedges22).
    [InlineData("James offered the following response on Monday:\n\nI believe he wasn't educated on the situation at hand.")]
    [InlineData("Via the Weekly Standard:\n\nNow, in terms of that, I think the focus has been on the public statements.")]
    // seg29: a lead-in that ends in a verb carrying on, answering or giving someone's words ("continued:", "replied:",
    // "read, in part:") sets out the paragraph after it, whether or not that paragraph says "I".
    [InlineData("McConnell continued:\n\nIt suggests that even Democrats are beginning to realize the process was rushed.")]
    [InlineData("I asked the analyst about this and he replied:\n\nThis time they have to defend more seats, maybe Georgia too.")]
    [InlineData("A statement on the paper's website read, in part:\n\nIt appears a candidate's name was omitted in one interview.")]
    // rev29: an adverb between the subject and the lead-in verb is passed over.
    [InlineData("McConnell then continued:\n\nIt suggests that even Democrats are beginning to realize the process was rushed.")]
    // hedges23: "more or less" softening a verb, an adverb or a comparison in news (class-degree-softeners).
    [InlineData("Like Huntsman in 2012, Kasich more or less lived in New Hampshire for weeks.")]
    [InlineData("Conservative whites are now more or less permanently freaked out.")]
    [InlineData("They are committed to preserving the system within (more or less) their existing borders.")]
    [InlineData("Voters sort by whether they think a recession is more or less likely next year.")]
    // hedges23: a dash that opens an aside, not the question, leaves the hedge before it asked.
    [InlineData("Are there super-spreaders\u2014people who seemingly infect everyone they breathe near\u2014as there were with SARS?")]
    // hedges25: a reporting verb's clause without "that", on a noun-phrase subject, is the speaker's, after a
    // coordinated verb too (first row; flagged before). Guards: the plain subject-verb reports stay exempt.
    [InlineData("Facebook did confirm the report, but said the total number was likely to be around half.")]
    [InlineData("Analysts said the spending bill will likely pass the Senate.")]
    [InlineData("Senate aides believe the bill is probably dead.")]
    // UnmarkedReports.MaxPastVerb: two words past the clause's first finite verb ("will very likely") is still the report.
    [InlineData("At first, the media never believed the bill would very likely pass.")]
    // hedges28: "tend to" before a determiner is the verb of caring for someone.
    [InlineData("Volunteers tend to a man in a wheelchair after the flood.")]
    [InlineData("Nurses tended to the wounded in the hallway.")]
    // mend39: every form of "tend" and "suggest" that opens a hedge entry (class-tend-forms, class-suggest-forms).
    [InlineData("The aide tends to the senator's schedule every morning.")]
    [InlineData("The party tends to see itself as the underdog.")]
    [InlineData("The report does not suggest a link between the two.")]
    [InlineData("The paper never suggests that the drug failed.")]
    // hedges30 (TrailingReports): a trailing attribution closed by a weekday or an addressee reports the clause before it.
    [InlineData("The state's maps were likely designed as partisan gerrymanders and must be redrawn, Judge Paul Ridgeway said Monday.")]
    [InlineData("The talks will probably fail, one source tells Axios.")]
    // hedges30 (SpokenRegister): a discourse marker of speech set off by commas, or a spelling of speech, outside
    // quotation marks makes the sentence a transcript's.
    [InlineData("I mean, most people probably think it's unlawful to discriminate against us.")]
    [InlineData("Even understanding what's gonna go on in 50 years is, I would say, probably very difficult.")]
    // hedges32: "most likely to" after a noun, after "the" or in a relative clause's predicate ranks a group by a rate.
    [InlineData("Cable news covers a few stories, usually the ones most likely to appeal to its audience.")]
    [InlineData("Pollsters weight the answers of voters most likely to cast ballots in November.")]
    [InlineData("Hostile partisans were also the most likely to donate money and vote.")]
    [InlineData("The report lists the factors that are most likely to contribute to radicalization.")]
    [InlineData("Older adults are the most likely to say the outbreak is a major threat.")]
    // hedges32: "whether or not" embeds the belief frame as "whether" does.
    [InlineData("We must address the question of whether or not we believe that government can do good.")]
    // hedges34: "tend to" before a verb of holding or voicing a view is a group's habitual view; "believe in" trusts a
    // thing or value; a negated "suggest"/"indicate" denies the inference.
    [InlineData("Economists tend to agree that health benefits sap wages.")]
    [InlineData("Because America loves a binary, we tend to view privilege as an all-or-nothing state.")]
    [InlineData("Conservatives tend to think the same way.")]
    [InlineData("Police officers have tended to view fatal encounters very differently.")]
    // new50: "tended to" is no entry: a past habit the author reports (fresh42, fresh47, fresh48; tune40, tune73, tune77).
    [InlineData("Overall, left-wing news tended to be in the top two results.")]
    [InlineData("Hillary Clinton has tended to credit the Obama administration for rescuing the economy.")]
    [InlineData("In the 1936 election, voters tended to reward Franklin Roosevelt myopically.")]
    [InlineData("Recessions in the modern era have tended to hit every 8 to 10 years.")]
    [InlineData("This is America, we believe in protest.")]
    [InlineData("I believe in old-school journalism.")]
    // rev31 guards: "in" before a thing to trust that is no definite time phrase.
    [InlineData("We believe in term limits for every office.")]
    [InlineData("I believe in the power of the vote.")]
    [InlineData("This study does not suggest that there is intentional favoritism.")]
    [InlineData("His silence doesn't indicate that he agrees with the plan.")]
    // hedges49: "indicate" is no hedge in news, with things as its subject too: the gold labels none of about 120
    // "indicate(s/d)/indicating" (two under "seem to"), 0 of about 20 with things ("The aggregate result indicates
    // that", "water in his lungs, indicating that", "a squeaker … would indicate that").
    [InlineData("The huge crowds at his rallies indicate that he will boost turnout.")]
    [InlineData("This could indicate that the party is coalescing around him.")]
    [InlineData("Spending has reached $2 million, indicating that the seat is in jeopardy.")]
    [InlineData("The aggregate result indicates that the overall bias of the site is 65% left.")]
    // Guards (rev44): a hedge inside the opening "with" phrase's report stays the speakers', and a report in the main
    // clause after the phrase still reaches its hedge.
    [InlineData("With polls showing the race will probably tighten, the senator flew home.")]
    [InlineData("With the vote near, officials said the bill will probably fail.")]
    public void Does_not_report_facts_quotations_reported_speech_or_code(string text) => Verify.VerifyNoDiagnostics(text);

    // A mixed-case label whose paragraph never says "I", "we" or "you" heads a section or a list item, and a lead-in
    // with no reporting verb announces the author's own text: both stay the author's.
    [Theory]
    [InlineData("Immigration: The court will [|probably|] rule by June.")]
    [InlineData("Seven: Triangulation. As I noted, they will [|probably|] try again.")]
    [InlineData("Canine Update: The dog [|seemed to|] know I was home.")]
    [InlineData("Allegation: In 1993 he was [|apparently|] annoyed and said, \"I heard you liked me.\"")]
    [InlineData("Here are the numbers:\n\nThe protests will [|probably|] lead to a spike in infections.")]
    [InlineData("Here is what I found:\n\nThe protests will [|probably|] lead to a spike in infections.")]
    [InlineData("Glenn Greenwald wrote:\n\nThe post was long.\n\nThe protests will [|probably|] lead to a spike in infections.")]
    // Guards (seg29): the lead-in verb counts only as its last word after a subject that is not the author's.
    [InlineData("Talks between the two groups continued on separate tracks:\n\nThe protests will [|probably|] lead to a spike in infections.")]
    [InlineData("Read more:\n\nThe protests will [|probably|] lead to a spike in infections.")]
    [InlineData("Here is what I read:\n\nThe protests will [|probably|] lead to a spike in infections.")]
    [InlineData("Key Reads:\n\nThe protests will [|probably|] lead to a spike in infections.")]
    [InlineData("It is the best summary that I've read:\n\nThe protests will [|probably|] lead to a spike in infections.")]
    // Guard (rev29): the author's "I" before an adverb is still the lead-in verb's subject.
    [InlineData("I asked him about the vote, and I then replied:\n\nThe protests will [|probably|] lead to a spike in infections.")]
    // Guards (hedges22): an author who writes "I" in a paragraph of their own, or in the lead-in, keeps the hedge after it.
    [InlineData("I have covered the council for a decade.\n\nThe mayor's answer was short:\n\n[|I think|] the levy will pass.")]
    [InlineData("My answer is short:\n\n[|I think|] the levy will pass.")]
    [InlineData("Advertisement:\n\nLet me be clear: rents will [|probably|] rise.")]
    // Guard (hedges27): a page's label with a bracketed date is no speaker's, and a bracket that is not a label's role
    // leaves the text the author's.
    [InlineData("UPDATE (May 29, 7:53 p.m.): The council will [|probably|] vote today.")]
    // rev44: a report inside an opening "with"/"despite" phrase reaches its comma only (OpeningClauses); the main
    // clause's hedge is the author's (allsides, after sources63's "polls showing": "it's likely that", "maybe").
    [InlineData("With polls showing Biden ahead by 10 points, [|it's likely that|] a liberal would fill the seat.")]
    [InlineData("With polls showing Trump holding a narrow lead, Cruz could use help, [|maybe|] a pep talk.")]
    [InlineData("With some saying the plan will fail, the mayor will [|probably|] delay it.")]
    [InlineData("The plan (a draft): it will [|probably|] pass.")]
    // Guards (voice44): one speaker's label twice leaves a paragraph between them that does not speak in person the
    // author's, and a lower-case run that is no particle ("BILL MxKIBBEN") makes no label in capitals.
    [InlineData("TRUMP: We won.\n\nThe count will [|probably|] change.\n\nTRUMP: We won.")]
    [InlineData("AMY GOODMAN: What happened?\n\nBILL MxKIBBEN: It was hot.\n\nThe missiles will [|probably|] fly within minutes.\n\nAMY GOODMAN: Thank you.")]
    public void Reports_hedges_after_section_labels_and_the_authors_lead_ins(string markup) => Verify.VerifyMarkdown(markup);

    // hedges37: "possibly" after a denied, asked or limiting modal stresses the modal; it doubts nothing.
    [Theory]
    [InlineData("But he could not have possibly done any of the things he is accused of.")]
    [InlineData("It is not clear what the senator could possibly have said to satisfy the governor.")]
    [InlineData("He questioned how people could possibly discover the truth without open debate.")]
    [InlineData("At that time, that was as good as we could possibly get.")]
    [InlineData("The prince couldn't possibly monitor every employee.")]
    [InlineData("Nobody could possibly monitor three million employees.")]
    public void Does_not_report_an_emphatic_possibly(string text) => Verify.VerifyNoDiagnostics(text);

    // Guards (hedges37): an affirmative "could possibly" doubts, in a main clause or a relative.
    [Theory]
    [InlineData("The bill could [|possibly|] pass next week.")]
    [InlineData("The state is monitoring more than 8,400 people who could [|possibly|] have the virus.")]
    [InlineData("As expected, the vote could [|possibly|] slip to June.")]
    public void Reports_an_affirmative_possibly(string markup) => Verify.VerifyMarkdown(markup);

    // hedges27: a podcast transcript that prints each speaker's name alone on a line (The Daily, Vox). The guest's
    // paragraphs are their words; the host asks (a third of their turns end on a question), speaks in the outlet's voice
    // and keeps the hedge.
    [Fact]
    public void Reads_a_guests_paragraphs_under_a_name_line_as_quoted() =>
        Verify.VerifyMarkdown(
            "Today, a ruling on jobs.\n\nmichael barbaro\n\nWhat did the court say?\n\nadam liptak\n\nMost people I think, think it will probably hold.\n\n" +
            "michael barbaro\n\nIt will [|probably|] reach the Senate, won't it?\n\nadam liptak\n\nIt might.\n\n" +
            "michael barbaro\n\nAnd then?\n\nadam liptak\n\nThe states will probably follow.\n");

    // The Daily's host hands over with "Right." or "OK." as often as with a question; the one who asks most is the host.
    [Fact]
    public void Reads_the_speaker_who_asks_most_as_the_host() =>
        Verify.VerifyMarkdown(
            "michael barbaro\n\nSo what happened?\n\nalex burns\n\nI think the vote will probably slip.\n\nmichael barbaro\n\nRight.\n\n" +
            "alex burns\n\nIt might pass in June.\n\nmichael barbaro\n\nOK. It will [|probably|] slip.\n\nalex burns\n\nMaybe so.\n\n" +
            "michael barbaro\n\nGot it.\n\nalex burns\n\nIt could.\n");

    // Guard (hedges27): repeated short lines nobody asks under are a list's headings, and the text stays the author's.
    [Fact]
    public void Keeps_the_authors_hedges_under_repeated_heading_lines() =>
        Verify.VerifyMarkdown(
            "Fifth grade\n\nScores will [|probably|] rise.\n\nSixth grade\n\nScores fell.\n\nFifth grade\n\nReading rose.\n\n" +
            "Sixth grade\n\nMath fell.\n\nFifth grade\n\nScience rose.\n\nSixth grade\n\nArt fell.\n");

    // genre28: an interview printed as bare questions and answers (no labels, no name lines), introduced as one. The
    // guest's answers are their words, as a labelled transcript's turns are; the introduction and the questions stay the
    // outlet's.
    [Fact]
    public void Reads_the_answers_of_an_interview_printed_without_labels_as_quoted() =>
        Verify.VerifyMarkdown(
            "We caught up with Jason DeParle, who [|probably|] knows the story best.\n\nWhy did you move in with the family?\n\n" +
            "I think it was the only way to learn. They will probably stay.\n\nWhat surprised you most about the women?\n\n" +
            "I suspect it was the speed of it.\n\nDo you expect the new rules to last?\n\nI think so. It seems likely.\n");

    // Guards (genre28): the same shape with no interview word before it is an explainer's questions to the reader, and a
    // numbered list of questions is the author's; both keep the author's hedges.
    [Fact]
    public void Keeps_the_authors_hedges_after_questions_to_the_reader() =>
        Verify.VerifyMarkdown(
            "Here is what the new rules mean.\n\nCan you still get a refund?\n\nYou can [|probably|] get one.\n\n" +
            "Will your fee rise?\n\nIt will [|probably|] rise.\n\nDo you need to apply?\n\nThe rules [|seem to|] say no.\n");

    [Fact]
    public void Keeps_the_authors_hedges_after_a_numbered_list_of_questions() =>
        Verify.VerifyMarkdown(
            "In the interview, the committee should ask three questions.\n\n1. Can you tell us why you appointed the board?\n\n" +
            "They will [|probably|] not ask.\n\n2. Did you read the report?\n\nThey [|seem to|] avoid it.\n\n" +
            "3. Will you testify again?\n\nThe answer is [|probably|] no.\n");

    // Guard (rev28): an interview word and two addressed questions, each answered, are a column's questions, not an
    // interview (QuestionAnswerTurns wants three); the answers keep the author's hedges.
    [Fact]
    public void Keeps_the_authors_hedges_after_two_addressed_questions() =>
        Verify.VerifyMarkdown(
            "I spoke with the mayor last week.\n\nCan you still get a refund?\n\nYou can [|probably|] get one.\n\n" +
            "Will your fee rise?\n\nIt will [|probably|] rise.\n");

    // In a conversation printed in mixed case, whoever asks (a third of their turns end on a question) wrote it up: the
    // interviewer's hedge is the author's, the guest's is quoted.
    [Fact]
    public void Reports_the_hedges_of_a_conversations_interviewer_but_not_of_the_guest() =>
        Verify.VerifyMarkdown(
            "Libby Nelson: Will the bill pass?\n\nElizabeth Green: It will probably pass.\n\n" +
            "Libby Nelson: It will [|probably|] stall in the Senate, won't it?\n\nElizabeth Green: No.\n");

    // Cues learned from CoNLL-2010 train by tools/cues (rules/lexicons/hedges-learned.txt), in the author's voice.
    [Theory]
    [InlineData("There is a [|possibility that|] the levee fails before spring.")]
    [InlineData("The levee does [|not appear|] to hold the river back.")]
    // Guards (hedges26): an open question with a named subject stays a hedge in news (CoNLL-2010's reading; the tuning
    // sets hold none).
    [InlineData("Whether the treaty binds the new government [|is unclear|].")]
    [InlineData("Was the inspector also looking at the dinners? That [|remains unclear|].")]
    public void Reports_cues_learned_from_labelled_uncertainty(string markup) => Verify.VerifyMarkdown(markup);

    // hedges26: "it is (not) clear whether", "it is unclear", "it remains unclear" on the anticipatory "it"
    // (class-open-question-hedges): news says what is not yet known, and most tuning sentences leave it unlabelled;
    // research and reference prose keep CoNLL-2010's reading. Every row was flagged in news before.
    [Theory]
    [InlineData("The businesses must keep their distance, Kemp said, but [|it remains unclear|] how the rule will work.")]
    [InlineData("It [|is unclear|] how the council will pay for the stadium.")]
    [InlineData("[|It is not clear whether|] the SDF would comply with the agreement.")]
    [InlineData("It was also [|unclear whether|] the SDF would comply with the agreement.")]
    // new50: "it's" is the anticipatory "it" and its copula in one token (fresh33, fresh48; tune67, tune76).
    [InlineData("The White House has directed officials not to comply, and it's [|unclear whether|] Trump would follow through.")]
    [InlineData("It\u2019s [|not clear whether|] those details have been worked out in advance of the announcement.")]
    [InlineData("It\u2019s currently [|unclear whether|] the wording of the text is a drafting error.")]
    public void Does_not_report_an_open_question_in_news_but_does_in_research(string markup)
    {
        Verify.VerifyNoDiagnostics(markup.Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal));
        Verify.VerifyMarkdown(markup, new AnalyzerOptions(ImmutableDictionary<string, string>.Empty.Add("doclint_genre", "research")));
    }

    // hedges49: news reads no "indicate" entry (class-indicate-forms), while the research model still reads hedges.txt's;
    // there a negated "indicate" or "suggest" denies the inference and is no candidate (mend39).
    [Theory]
    [InlineData("The results [|indicate that|] the kinase binds the receptor.")]
    [InlineData("The stain was weak, [|indicating that|] the protein is unstable.")]
    public void Does_not_report_indicate_in_news_but_does_in_research(string markup)
    {
        Verify.VerifyNoDiagnostics(markup.Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal));
        Verify.VerifyMarkdown(markup, new AnalyzerOptions(ImmutableDictionary<string, string>.Empty.Add("doclint_genre", "research")));
    }

    [Theory]
    [InlineData("These data do not indicate that the kinase binds the receptor.")]
    [InlineData("These data do not suggest that the kinase binds the receptor.")]
    public void Does_not_report_a_denied_inference_in_research(string text) =>
        Verify.VerifyMarkdown(text, new AnalyzerOptions(ImmutableDictionary<string, string>.Empty.Add("doclint_genre", "research")));

    // hedges58: the author's comment set off after a report ends it (AuthorComments): a hedge adverb before a participle
    // or a purpose (tune60, tune69, tune78, tune24, tune50, tune17; fresh26), an appositive noun and its relative clause
    // (tune65, tune43; fresh22, fresh43). Each was silent before, read as the speaker's.
    [Theory]
    [InlineData("\"Judges don't like us too much, I guess,\" Mr. Trump said, [|perhaps|] referring to a federal judge in Maryland.")]
    [InlineData("Burr said he had rejected Google's offer to send Mr. Walker, [|apparently|] in an effort to force a more senior executive to appear.")]
    [InlineData("Of this group, only Warren has announced officially \u2014 [|perhaps|] to box out Sanders.")]
    [InlineData("Jordan acknowledged as much during an interview on Fox News, [|seemingly|] contradicting his earlier pleas of ignorance.")]
    [InlineData("The inspector general said that the whistleblower claimed firsthand knowledge -- a claim that [|appeared to|] conflict with documents sent to Congress.")]
    [InlineData("Roberts wrote in 2012 that the law could stand \u2014 a decision that is [|unlikely|] to endear the ruling to the chief justice.")]
    public void Reports_a_hedge_in_the_authors_comment_after_a_report(string markup) => Verify.VerifyMarkdown(markup);

    // The nearest forms stay the speaker's: a hedge participle after a reported forecast carries it on, a bare ", which"
    // and a plain participle go on with the report, and a report resumes after an appositive closed inside its subject.
    [Theory]
    [InlineData("Borelli told CNN he thinks prosecutors will move quickly before Snowden can leave, possibly to seek asylum.")]
    [InlineData("Marra says she and her colleagues have several proposals for trials in humans, which are likely to start next year.")]
    [InlineData("The mayor said the plan would fail, saying it was probably too late.")]
    [InlineData("The researchers say that drug forums \u2014 a catch-all for hubs that are often encrypted \u2014 are probably a research tool.")]
    public void Does_not_report_a_hedge_that_goes_on_with_a_report(string text) => Verify.VerifyNoDiagnostics(text);

    // hedges58: "likely" after an article or possessive and before the singular noun that heads its phrase forecasts a
    // thing (fresh28, fresh43, tune68, tune70). A plural and a race's role stay adjectives.
    [Theory]
    [InlineData("Republicans have a majority in the committee, which sets Kavanaugh up for a [|likely|] positive recommendation from the panel.")]
    [InlineData("Brian Schweitzer, his [|likely|] replacement as Democratic nominee, has huge name recognition.")]
    [InlineData("Given the [|likely|] direction of the Court in coming years, progressives are rethinking their approach.")]
    [InlineData("After Clinton appeared on the Hill, her [|likely|] successor will begin confirmation hearings today.")]
    [InlineData("You can start by penciling in 39 delegates for Trump as the [|likely|] winner in Delaware.")]
    [InlineData("Palin is a [|likely|] speaker at next week's convention, as a strong and early Trump supporter.")]
    public void Reports_likely_that_forecasts_a_thing(string markup) => Verify.VerifyMarkdown(markup);

    // hedges59: the determiner may open the sentence ("His likely successor", allsides); a title's capitals stay silent.
    [Theory]
    [InlineData("His [|likely|] successor, a federal prosecutor from Brooklyn, has broad support in the Senate.")]
    [InlineData("The [|likely|] cause of this small difference was the way the authors adjusted their data.")]
    [InlineData("Her [|likely|] approach to the economy, more of the same, is attractive to investors.")]
    public void Reports_likely_that_forecasts_a_thing_at_the_sentences_start(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("His Likely Successor Takes the Oath")]
    [InlineData("The likely voters in Ohio lean toward the incumbent.")]
    public void Does_not_report_likely_at_the_start_of_a_title_or_before_a_group(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("The likely Democratic nominee spoke in Ohio on Tuesday.")]
    [InlineData("Mike Huckabee, a likely contender for the nomination, spoke in Iowa.")]
    [InlineData("Among the likely voters, Romney leads by four points.")]
    [InlineData("He was an unlikely hero of the campaign.")]
    [InlineData("A federal district court blocked the new rules in 2016 as a likely violation of the Constitution.")]
    [InlineData("Putin would see the chaos unleashed by the move as a likely strategic advantage.")]
    [InlineData("Such an approach, under consideration by top Republicans as a likely scenario, would set the stage for a battle.")]
    public void Does_not_report_likely_that_labels_a_role_or_a_group(string text) => Verify.VerifyNoDiagnostics(text);

    // hedges60: a supposition-noun entry hedges after an existential "there", a copula or "leaves open", past fillers.
    [Theory]
    [InlineData("There's also [|the possibility that|] the president knows something new.")]
    [InlineData("But there is a clear [|possibility that|] the report still contains evidence of misconduct.")]
    [InlineData("There remains [|the hypothesis that|] the leak came from inside the agency.")]
    [InlineData("This leaves open [|the possibility that|] the Senate will turn to the courts.")]
    [InlineData("With just days remaining, it is a distinct [|possibility that|] the victory lap could be shortened.")]
    [InlineData("One issue that has not received attention is [|the possibility that|] humans are spreading the virus.")]
    public void Reports_a_supposition_the_sentence_states(string markup) => Verify.VerifyMarkdown(markup);

    // Its object, a relative's head, a denied or counterfactual frame: a supposition someone weighs (the gold leaves
    // these unlabelled in 2 fresh sets and 10 pool articles).
    [Theory]
    [InlineData("To test the hypothesis that the web drives polarization, the authors used survey data.")]
    [InlineData("In addition, the researchers wanted to examine the hypothesis that people infer social class from speech.")]
    [InlineData("He was criticized by the left, which was concerned about the possibility that restricting travel could promote bias.")]
    [InlineData("His strategy of sitting out the early states is pegged to the possibility that Biden falters.")]
    [InlineData("He is in danger of falling short of the threshold, a possibility that has started to sink in.")]
    [InlineData("This, of course, is not a possibility that Trump is capable of entertaining.")]
    [InlineData("Had I been told to leave, there would have been a distinct possibility that I smarted off.")]
    [InlineData("His entire strategy is pegged to the possibility that Biden falters.")]
    public void Does_not_report_a_supposition_someone_weighs(string text) => Verify.VerifyNoDiagnostics(text);
}
