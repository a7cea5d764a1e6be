using System.Collections.Immutable;
using DocLint.Analysis;
using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Hedging.EpistemicModalAnalyzer>;

namespace DocLint.Rules.Tests.Hedging;

public sealed class DL1002EpistemicModalAnalyzerTests
{
    [Theory]
    [InlineData("The new tax [|could|] push small firms out of the market.")]
    [InlineData("The merger [|may|] cost hundreds of jobs in the north.")]
    [InlineData("The rebels [|might|] retreat before the winter.")]
    // hedges35 guards: a finite clause after "according to X" is the author's again, and so is the main clause after a
    // relative clause that holds an attribution.
    [InlineData("The plan [|could|] fail, according to a memo, and the mayor will resign.")]
    [InlineData("The plan [|could|] fail, according to a memo that the mayor wrote.")]
    // hedges36: a clause break between the modal and a trailing "according to X" leaves the modal's clause the author's.
    [InlineData("What was said [|may|] be known only to them, but after the meeting, Smith told aides to leave, according to three sources.")]
    [InlineData("The deal [|could|] collapse; the mayor met the donors twice, according to a memo obtained by the paper.")]
    [InlineData("The bill, which Smith said would pass, [|may|] still fail.")]
    [InlineData("The tax, which he says would raise $800 billion, [|could|] hurt growth.")]
    [InlineData("The reservoir [|may|] run dry, and the farms [|could|] lose their harvest.")]
    [InlineData("That [|may|] be because most voters do not call it a war, according to a poll released Monday.")]
    [InlineData("The vote [|may|] not be final, but the count is nearly done.")]
    [InlineData("That [|may|] be why the pieces differ, but other readers disagree.")]
    [InlineData("The shares [|might|] rise while the dollar falls.")]
    [InlineData("It [|might|] go higher, but not greatly so.")]
    // A modal perfect without a condition contrary to fact is the author's guess about the past.
    [InlineData("The virus [|may|] have mutated into a more virulent form.")]
    [InlineData("The senator [|might|] have also misread the polls.")]
    [InlineData("She [|could|] have been at the meeting.")]
    // Not a gapped relative: a time noun before the subject, a preposition before "which", a noun's content clause.
    [InlineData("Next year the deficit [|could|] rise.")]
    [InlineData("The storm dealt a blow from which the town [|may|] never recover.")]
    [InlineData("Aides still raised the possibility he [|may|] win.")]
    [InlineData("We are optimistic that the talks [|could|] resume.")]
    [InlineData("My worry is that the talks [|could|] fail.")]
    // A claim noun that is the sentence's subject: its clause ends before the main verb, whose modal is the author's.
    [InlineData("Trump's suggestion that the changes were due to politics [|could|] hamper his case.")]
    [InlineData("Voters reject the argument that the tax is fair, and some [|could|] switch sides.")]
    [InlineData("While the argument that rivals help is valid, the party [|could|] split.")]
    [InlineData("I would add that the mayor's assertion that the fee was improper [|may|] not be accurate.")]
    [InlineData("It is natural to think the plan [|might|] fail.")]
    // hedges41 guard: "add" reports only before "that", "," or ":" (class-clause-speech-verbs); the rules' arithmetic stays.
    [InlineData("These rules add costs that [|could|] reach $50 a household.")]
    [InlineData("The new lanes add capacity, and traffic [|could|] ease.")]
    // The author before an auxiliary keeps the clause the author's, as "I add that" does (flagged not before).
    [InlineData("I would argue that the fee [|may|] not be accurate.")]
    // reported30 guards: a thing's or a pronoun's "suggest"/"indicate" is the author's inference, a modal before the
    // verb keeps it the author's, and a comma before a participle ends the source's clause.
    [InlineData("That indicates the economy [|may|] get a lift from wage increases.")]
    [InlineData("His answer suggested that the senator [|might|] not fit the description.")]
    [InlineData("The surge suggests that this number [|could|] grow much larger.")]
    [InlineData("Sources have indicated that the two sides have a deal, suggesting that this [|may|] be the only charge.")]
    // The allsides sample: a message noun's or the author's own analysis's "suggest", and a dash or comma past the report.
    [InlineData("The president's remarks suggest he [|may|] be seeking a way out.")]
    [InlineData("Our expectation is that the talks [|could|] resume.")]
    [InlineData("My idea was that the plan [|might|] work.")]
    [InlineData("The high expectations that the mayor set for the vote [|may|] prove her undoing.")]
    [InlineData("Our analysis suggests that such bias [|may|] occur in ordinary settings.")]
    [InlineData("One estimate suggests this would cost $66 billion \u2014 though that number [|could|] be reduced.")]
    [InlineData("While the statements have suggested that the attack came without warning, the cable [|may|] undercut them.")]
    // An adjective is no thought: "suspected" here describes the hackers, and the doubt is the author's.
    [InlineData("Elsewhere, suspected Russian hackers [|might|] target the voter rolls.")]
    // A question word with a verb between it and the modal, or opening a headline: the author's doubt.
    [InlineData("The split in how the court is viewed [|could|] still affect its rulings.")]
    [InlineData("The lack of detail on how to pay for them [|could|] hurt the party.")]
    [InlineData("Why the governor [|could|] lose the primary")]
    [InlineData("Don't miss: How the levee [|might|] fail this spring")]
    // A verb between the question word and the modal, with a demonstrative or a participle in the clause (hedgelearn21).
    [InlineData("The first hint of what this means for Netflix [|could|] come next week.")]
    [InlineData("What we saw in Britain [|could|] happen here.")]
    [InlineData("The debate over how the plan changed prices [|could|] decide the vote.")]
    // A free relative that is the main clause's subject: its verb stays a verb (hedgelearn21's corpus read).
    [InlineData("But what makes Sanders an appealing candidate [|may|] prove poisonous to him.")]
    [InlineData("The sense of what constitutes patriotic service [|may|] change.")]
    // What happens to an agent, and what an event or a measure may do, stay hedges; so does "might" before a choice.
    [InlineData("Trump [|could|] lose the nomination.")]
    [InlineData("The senator [|could|] face a tough primary.")]
    [InlineData("They used a method that [|could|] undercount the deaths.")]
    [InlineData("The governor [|might|] veto the bill.")]
    [InlineData("The storm [|could|] start a fire.")]
    // hedges28 guards: an option verb after something that is no agent ("it", a measure) is what may happen.
    [InlineData("The program is new; it [|could|] take a few weeks to work.")]
    [InlineData("The measure [|could|] pass the Senate next week.")]
    [InlineData("The hearing raised the possibility he [|could|] agree to a deal.")]
    [InlineData("Kim [|may|] ask for the troops to be removed.")]
    [InlineData("A big win in the Empire State [|could|] give Trump enough momentum.")]
    // "One might say" softens the author's own claim.
    [InlineData("One [|might|] say the plan is dead.")]
    // A linking "however" before a content clause opens no free relative (hedges21).
    [InlineData("There is also the possibility however that he [|may|] have acted alone.")]
    // Guard (hedges22): after "that" a particle before an adjunct is a phrasal verb's, and the content clause doubts.
    [InlineData("There is a risk that the economy [|could|] slow down in the spring.")]
    // Guard: "the case may be" outside the idiom keeps its doubt.
    [InlineData("In this instance the case [|may|] be dismissed.")]
    // hedges23: "also" before "have" leaves the perfect a guess about what happened, not a counterfactual.
    [InlineData("The photo in question [|could|] also have violated the school's code of conduct.")]
    // Guards (hedges24): an event's ", suggesting" stays the author's inference; a plain ", but"
    // still ends a report; a speech verb's object phrase without "that" opens no clause.
    [InlineData("Prices rose in May, suggesting that the recovery [|may|] last.")]
    [InlineData("Smith said that the plan was sound, but the vote [|could|] fail.")]
    [InlineData("Collins cautioned in April about the plan, which [|could|] fail.")]
    [InlineData("These data suggest that the gene not only triggers the pathway, but also [|may|] limit it.")]
    // Guards (hedges25): the author's "I believe", the author's infinitive "to think" and a clause break after a
    // zero-"that" report keep the author's modal.
    [InlineData("I believe the plan [|could|] fail.")]
    [InlineData("It is natural to think the governor [|might|] resign.")]
    [InlineData("Aides said the state was close, but the vote [|could|] fail.")]
    // Guard (UnmarkedReports.MaxPastVerb): a modal three words past the reported clause's first finite verb ("is tired
    // and might") stands where the clause may have ended unmarked: the author's.
    [InlineData("At first, the media never believed the senator was tired and [|might|] quit.")]
    // Guards (hedges30): an attribution not set off by a comma, or one whose weekday runs on into a clause of its own,
    // closes nothing before it.
    [InlineData("Stocks [|could|] fall, and Smith told CNN on Monday that the market was fine.")]
    [InlineData("The deal [|could|] collapse, Smith said Monday that it would not.")]
    [InlineData("The deal [|could|] collapse, Smith told Biden to wait.")]
    [InlineData("The deal [|could|] collapse, Smith said Monday: \"We are ready.\"")]
    // Guards (hedges30): "As you know" and "what I mean" are clauses of their own; a quoted "you know" is the quote's.
    [InlineData("As you know, the plan [|might|] fail.")]
    [InlineData("What I mean is that the plan [|might|] fail.")]
    [InlineData("You know, just in case a state became a volcano of horrible ideas that [|could|] ruin paradise.")]
    [InlineData("\"You know, it's over,\" he said, but the plan [|might|] fail.")]
    // Guards (turns46): a sentence of speech two sentences away, or in another paragraph, leaves the author's modal.
    [InlineData("And, you know, we lost the vote. Then it rained. The plan [|might|] fail.")]
    [InlineData("And, you know, we lost the vote.\n\nThe plan [|might|] fail.")]
    // Guards (rev27): the rows above pass without the tests they guard (no dialogue pronoun besides the marker); these
    // have one, so each fails when its own test is taken out: the marker's opening, its closing, the quotation marks.
    [InlineData("As you know, we [|might|] lose the vote.")]
    [InlineData("I mean it when I tell you the plan [|might|] fail.")]
    [InlineData("\"You know, it's over,\" he told us, but the plan [|might|] fail.")]
    // Guard (rev27): a colon between the modal and a trailing attribution closed by its addressee (TrailingReports).
    [InlineData("The deal [|could|] collapse: \"We are ready,\" Smith told CNN.")]
    // Guard (hedges31, HeldNounClauses): a comma between the owner and the modal ends the clause.
    [InlineData("The plan drew criticism from Democrats, and the approach [|could|] fail.")]
    [InlineData("Warnings from health officials that the event could pose a risk [|may|] also have cut turnout.")]
    // Guards (hedges32): a finite verb ends the whether-clause, and "could use" before an object is no idiom.
    [InlineData("Whether the governor signs the bill matters because the state court [|may|] strike it down.")]
    [InlineData("The new rules [|could|] use up the remaining funds.")]
    // hedges33: a concession the author grants is still the author's hedge in news (GUIDELINES.md section 5).
    [InlineData("Juneteenth [|may|] mark just one moment in the struggle, but the holiday gives us an occasion to reflect.")]
    [InlineData("Trump's rhetoric [|may|] be over the top, but the impulse is correct.")]
    [InlineData("While these figures [|may|] seem low, they do not capture the real picture.")]
    [InlineData("The court, even though it [|might|] have misread the statute, ruled for the city.")]
    [InlineData("The episode meets one criterion: while the situation [|might|] stir patriotism, dissent has not stopped.")]
    [InlineData("A move to count only eligible voters, as difficult as it [|may|] be, would shift power.")]
    [InlineData("We saved the banks, as much as they [|might|] deserve to fail.")]
    [InlineData("The senator [|may|] have meant well, but the bill fell short.")]
    // Guards (hedges48): "may/might have" and an irregular participle without a counterfactual condition guesses about
    // the past, and "could have" before a noun or an adjective is not a perfect.
    [InlineData("The virus [|might|] have come from a market in the city.")]
    [InlineData("The senator [|may|] have spent more than the law allows.")]
    [InlineData("The results [|could|] have ramifications for the party.")]
    [InlineData("The ruling [|could|] have grave implications for the presidency.")]
    // Guards (hedges50): a bare "could/may have been" + participle guesses about the past, "more" compares a guess, and
    // "may have been" is never read as a course not taken.
    [InlineData("He ate a dish on the day of his death, which [|could|] have been poisoned.")]
    [InlineData("The fire [|could|] have been set deliberately.")]
    [InlineData("Dozens of soldiers [|may|] have been killed on both sides.")]
    [InlineData("The jury [|might|] have been more aware of the problem than others.")]
    [InlineData("It [|may|] have been a real opportunity for the party.")]
    [InlineData("The Russians would have had control over any recordings that [|might|] have been made.")]
    // scope34: a report inside an opening subordinate clause ends at its comma; the main clause's modal is the author's.
    [InlineData("After the minister said that the talks had stalled, the government [|could|] fall within weeks.")]
    [InlineData("Though the report showed that exports rose, the recovery [|may|] stall.")]
    [InlineData("While critics argued the plan was unfair, the council [|might|] still pass it.")]
    // hedges51: a mid-sentence "what" straight before the modal, a copular verb and a noun phrase names a possibility
    // the author puts forward (gold: fresh29, fresh24, fresh36, tune19, tune59; verbatim or trimmed).
    [InlineData("An Italian coast guard ship headed toward Sicily Monday with 27 survivors of what [|could|] be the Mediterranean’s deadliest migrant tragedy.")]
    [InlineData("The deadly bomb attack on the Boston Marathon highlights what [|may|] be a growing threat to American cities.")]
    [InlineData("Democrats want to gather support for what [|may|] amount to a new New Deal.")]
    [InlineData("These pro-Trump forces are poised to wage what [|could|] be the most extensive disinformation campaign in U.S. history.")]
    [InlineData("Trump's order removes those caps, signaling what [|could|] be a significant escalation in the war on terror.")]
    [InlineData("The vote starts what [|might|] well become a long fight.")]
    public void Reports_modals_that_turn_a_claim_into_speculation(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("The festival opens in May and runs for three weeks.")]
    [InlineData("The hearing was set for May 5 at the county court.")]
    [InlineData("The country's military might was on display at the parade.")]
    [InlineData("As a child she could swim across the lake.")]
    [InlineData("Visitors may bring one bag each into the gallery.")]
    [InlineData("Engineers asked whether the dam could hold another week of rain.")]
    [InlineData("\"The dam could fail,\" said Ana Ruiz, the chief engineer.")]
    [InlineData("Could the dam fail?")]
    [InlineData("He could not have known about the leak.")]
    [InlineData("The gates opened early so that fans could find their seats.")]
    [InlineData("May brought record rainfall to the valley.")]
    [InlineData("Over the past 20 years, the internet could have made the office obsolete.")]
    // "could be" and a participle after a thing's relative pronoun: what can be done with the thing (ability).
    [InlineData("The test involved a bomb which could be loaded on to a missile.")]
    [InlineData("The campaign compiled data that could be analyzed by its staff.")]
    [InlineData("The minister told reporters in the capital that the talks might resume in spring.")]
    [InlineData("She was telling the board that the plant could close.")]
    [InlineData("The columnist observed that the league may lose its best players.")]
    // Ability measured by what someone did ("everything he could"), and counterfactual modal perfects.
    [InlineData("The governor did everything he could to help the ticket.")]
    [InlineData("Her team was doing all that it could, but the leak spread.")]
    [InlineData("There was nothing they could do about the flood.")]
    [InlineData("The crews worked as fast as they could.")]
    [InlineData("If the vote had been held in March, the bill might have passed.")]
    [InlineData("Had the mayor listened, the city may have avoided the strike.")]
    [InlineData("If he were still in office, he might have been more cautious.")]
    [InlineData("The network could have also posed questions about the address.")]
    // hedges48: "could have" and an irregular participle is the same counterfactual (gold sentences: fresh30, tune49, 50,
    // 52, 62, 70), and a quoted one stays the speaker's.
    [InlineData("They could have spent the hearing drawing out the implications of that admission.")]
    [InlineData("By some estimates, the headquarters could have cost New York City and the state over $3 billion.")]
    [InlineData("But Bush could have gotten that done in 2004.")]
    [InlineData("The episode has characters spout talking points that could have come from a pamphlet.")]
    [InlineData("Given her experience before joining the Senate, Warren easily could have run her campaign as an outsider.")]
    [InlineData("And, anyway, Apple could have said it had no choice.")]
    [InlineData("\"We could have spent that money on schools,\" the mayor said.")]
    // hedges50: "could/might have been" marked as a course not taken, by a comparative, a role noun, an ease adverb or a
    // consequent "would have" (gold sentences, all unlabelled and flagged at 138f5c44: fresh39, tune55, tune42, tune29).
    [InlineData("She could have been a shining example of how a misstep can be an opportunity for learning and personal growth.")]
    [InlineData("Indeed, it might have been worse; a more disciplined Trump would be a more effective one.")]
    [InlineData("After all, the basis for the allegation, the veracity of the Steele dossier, could have been easily and quickly adjudicated.")]
    [InlineData("But that process could have been spaced out in a way that would have ensured greater safety for cadets.")]
    // mend40: each marker's list is read (class-forgone-modals, -contrast-adverbs, -wish-tails, -consequent-modals, and
    // the grammar's negations between "would" and "have").
    [InlineData("The money could have been spent on schools, but instead it went to the stadium.")]
    [InlineData("The attack might have been stopped, if only by luck.")]
    [InlineData("If only for a week, the levy could have been lifted.")]
    [InlineData("The wall could have been finished, and the river wouldn't have reached the town.")]
    [InlineData("The wall could have been finished, and the river would never have reached the town.")]
    // The idiom "might as well"; and (hedges33) the option, ability and permission readings still hold in a concession.
    [InlineData("The size of the crowd might as well be one.")]
    [InlineData("The president could fire the officials, but he has not done so.")]
    [InlineData("While the governor did everything he could, the bill failed.")]
    [InlineData("Visitors may bring one bag each, but they must leave coats at the door.")]
    [InlineData("While they can appeal the ruling, few expect them to win.")]
    // The standard of a comparison and what any reader would think: set up to be overturned or answered.
    [InlineData("Civilization is more fragile than one might think.")]
    [InlineData("Voters are less divided than we might appear.")]
    [InlineData("One might even ask what relevance the case has for the presidency.")]
    // A relative clause whose verb has lost its object to the noun: what someone can do to it, not the author's doubt.
    [InlineData("They accepted limits on the groceries their families could buy.")]
    [InlineData("The dog looked for a corner that she could crawl into.")]
    [InlineData("The council backed a plan which the mayor could veto.")]
    // An agent's option: a person, a name or a body before "could", then a verb of deliberate action.
    [InlineData("People could opt to receive it in one payment.")]
    [InlineData("But Speaker Ryan could ignore the rule.")]
    [InlineData("The president could fire Justice Department officials.")]
    [InlineData("A migrant could still apply for asylum.")]
    [InlineData("The two main parties could update their rules.")]
    [InlineData("He could give each voter a dollar.")]
    // hedges28: the further verbs of a deliberate act (class-option-verbs), and a candidate as an agent.
    [InlineData("Congress could pass another short-term spending bill.")]
    [InlineData("After another three years, those immigrants could petition for citizenship.")]
    [InlineData("They could trade an old list for the new list.")]
    [InlineData("Alternatively, candidates could satisfy the polling requirement.")]
    [InlineData("Rank-and-file lawmakers could back a tax increase.")]
    [InlineData("In July the court ruled Mr Trump could use the funds for the wall.")]
    // "until" opens a time clause, as "unless" opens a condition.
    [InlineData("They would not be paid until a funding deal could be reached.")]
    // A thought, fear or concern someone holds: the modal is the holder's.
    [InlineData("He thought he might go on to study law.")]
    [InlineData("Shares fell amid fears they could lose the contract.")]
    [InlineData("Guterres expressed concern that the pandemic could spread.")]
    [InlineData("Companies worried that a long recovery could hurt sales.")]
    [InlineData("The report revived fears the plant could close.")]
    [InlineData("The threats have fueled rumors that the regime might launch a missile.")]
    [InlineData("Companies worry the spiraling dispute could hurt sales.")]
    [InlineData("Stocks rose amid warnings the virus could come back in the fall.")]
    [InlineData("His advisers, fearing Trump could be forced out, want an early decision.")]
    [InlineData("Many Democrats hoped some Republicans might support impeachment.")]
    [InlineData("The commander urged calm, warning that those caught could face jail.")]
    // A thought noun before "is that", a thought adjective after "remain", "speculate that": the holder's.
    [InlineData("The big worry is that falling incomes will cause failures that could threaten the banks.")]
    [InlineData("Officials remain concerned the group could bounce back after its defeats.")]
    [InlineData("The proposal led observers to speculate that, after 2024, he could take the helm.")]
    // A claim noun as an object, or before "is that": the claimant's content, up to the first comma.
    [InlineData("He laughed off suggestions that the bloc could compete with the league.")]
    [InlineData("The second argument is that liberalism may not be perfect, but it repairs itself.")]
    [InlineData("The story rests on allegations that the son may have done something corrupt.")]
    [InlineData("The group's official excuse was that a feud with a candidate could jeopardize its status.")]
    [InlineData("Biden dismissed the notion that his positions could be at odds with his promises.")]
    [InlineData("He challenged the mayor's assertion that the storm may have caused the flooding.")]
    [InlineData("By 1977, the company's own experts had begun to warn the burning of coal could pose a threat.")]
    [InlineData("Moderates are beginning to think he may have an insurmountable lead.")]
    // reported30: a source's finite "indicate" or "suggest" (a name, a body, a message noun, a pronoun subject) reports
    // the source's reading, so the modal in its clause is the source's.
    [InlineData("The White House indicated that if the gas were used, that could help build a coalition.")]
    [InlineData("The Justice Department has indicated that every page of the report could contain secret material.")]
    [InlineData("The company's statement on Sunday indicated that the sum had been cut from what he could receive.")]
    [InlineData("When the AP Stylebook suggested it might revisit its guidance, readers exploded.")]
    [InlineData("Fauci has also indicated that with proper precautions, some activities could begin again.")]
    // reported30: a thought spreading before its clause, an expectation's clause, an idea's clause as an object or
    // after "was that": the holder's.
    [InlineData("Concern has grown that the improving economy may force the Fed to act.")]
    [InlineData("Speculation mounted that the senator could run again.")]
    [InlineData("There is an expectation that the new pope could clean up the Curia.")]
    [InlineData("He rejected the idea that a president could be compelled to testify.")]
    [InlineData("The original idea was that there may be times when Congress cannot meet.")]
    // hedges24: a prediction noun's content, a speech verb's time adverbial before "that", a bracket before the verb,
    // "acknowledging that", "betting that", a speaker's "by/in suggesting", a column suggesting, and the second half
    // of a report that opens with "not only …, but": the speaker's clause, not the author's.
    [InlineData("The stalemate prompted a GOP prediction that the United States might not pay its debts.")]
    [InlineData("Collins cautioned in April that there is a danger that lockdowns may fuel suicides.")]
    [InlineData("Sen. Tom Udall (D-N.M.) argued that the gap could take money from military construction.")]
    [InlineData("Several mayors are acknowledging that the protests may have contributed to the rise.")]
    [InlineData("Some senators don't expect a session, betting that it could be out early.")]
    [InlineData("He attacked Biden by suggesting the former vice president may have had a lapse in memory.")]
    [InlineData("Iran has joined other allies in suggesting that rebels, and not the government, may have carried out the attack.")]
    [InlineData("The site published a bizarre column suggesting Obama might have pressured the federal judge in Hawaii.")]
    [InlineData("Fernandez says that not only are there cases of PTSD, but there could also be episodes of depression.")]
    // An unnamed group's or a speaker's clause after "some say", "stress that", "caution that": theirs, not the author's.
    [InlineData("The trend, which some say could prove deadly, worried the bloggers.")]
    [InlineData("Some argue that Britain could become like Switzerland.")]
    [InlineData("The plan would send militia door to door, though experts caution that could spread the virus.")]
    [InlineData("That is why, Ferrante emphasizes, remote work could help mothers.")]
    // hedges35: a trailing "according to X" whose source phrase runs on (a place, a second source and its
    // participle, an appositive) closes its clause as "…, according to officials." does: the source's.
    [InlineData("A second proposal would recapture cards, which could produce more cards, according to high-tech lobbyists, a coalition of companies.")]
    [InlineData("The missile could reach targets across the archipelago, according to an International Institute for Strategic Studies overview of the missile program.")]
    [InlineData("They may be as much as six times more likely to die, according to a recent study from the state health department.")]
    // hedges36: a ", but that" goes on with the report; no break in the hedge's own clause.
    [InlineData("The plan could fail, but that is not yet certain, according to officials.")]
    [InlineData("The plan could fail, according to officials.")]
    // The tail of a quotation opened in the paragraph before: the speaker's words, as the opened part is.
    [InlineData("\"We have the votes.\n\nThe others could come around later,\" Smith said.")]
    // An embedded question asks what is possible; it does not assert it (GUIDELINES.md section 2).
    [InlineData("It is unclear how the council might pay for the new stadium.")]
    [InlineData("Reporters asked what the governor may do about the strike.")]
    [InlineData("The vote shows why the party might split.")]
    [InlineData("Nobody knows how the city could repay the bonds.")]
    [InlineData("The engineers discussed how long the repairs could take, and how much the city may owe.")]
    [InlineData("Critics wondered how exactly the new rules could be enforced.")]
    // hedgelearn21: a demonstrative subject, a participle before the subject's noun, and an abbreviation in the subject.
    [InlineData("He gave few details about what that might entail.")]
    [InlineData("It is too early to see how exactly this might play out.")]
    [InlineData("No analysis emerged to show how this could be possible.")]
    [InlineData("The report does not estimate what impact loosened restrictions could have on the crisis.")]
    [InlineData("The team wanted to see how increased political polarization could be detected.")]
    [InlineData("He questioned what role the U.S. could play in the conflict.")]
    // Guards (hedges51): "what" + modal without a copula and a noun phrase still asks or ranges ("what might be called",
    // "what could happen", "what may be able to"), and a sentence-opening "What" asks.
    [InlineData("You arrive at what might be called late-stage democracy.")]
    [InlineData("She fears what could happen to women in this situation.")]
    [InlineData("It helps you understand what may be able to be controlled, and what cannot.")]
    [InlineData("What could be worth that kind of trouble.")]
    [InlineData("Then what could be happier than a life devoted to the next pill.")]
    // A concessive free relative ranges over the possibilities, at a sentence's start too (hedges21).
    [InlineData("Whatever the case may be, the plan failed.")]
    [InlineData("The rule applies to everyone, whoever they may be.")]
    [InlineData("However cathartic it may be, the effect is suicidal.")]
    [InlineData("Senators push whatever their agenda might be.")]
    // A wish (the optative "May the … win") and the idiom "as the case may be" doubt nothing.
    [InlineData("May the best candidate win.")]
    [InlineData("May God help the council if the levy fails.")]
    [InlineData("The elephant (or the donkey, as the case may be) is in the room.")]
    // The wish after a clause break or a coordinator (hedges22).
    [InlineData("Should the levee fail again \u2014 and it is old \u2014 may the Lord help the town.")]
    // dash32: the typed dash is one token and the same break.
    [InlineData("Should the levee fail again -- and it is old -- may the Lord help the town.")]
    [InlineData("The council has voted; may the best plan win.")]
    [InlineData("We thank the volunteers, and may God bless them all.")]
    // A gapped relative whose stranded particle an adjunct or an inverted condition follows (hedges22).
    [InlineData("Some of the donors he could win over with a strong showing are looking elsewhere.")]
    [InlineData("Biden amassed political chits he could call in should he decide to run.")]
    [InlineData("The plan the mayor could fall back on in a crisis is weak.")]
    // A past counterfactual with an adverb before its "have" (hedges22).
    [InlineData("The companies will turn a tidy profit that could otherwise have gone to the taxpayers.")]
    // hedges23: "could easily have" stays contrary to fact.
    [InlineData("The vote could easily have been held in May.")]
    // hedges25: a reporting verb whose clause opens without "that" on a noun-phrase subject is the speaker's: after a
    // coordinated verb, an appositive's comma or an adverb (the first three rows, flagged before). The last two were
    // exempt before through their attribution and guard that reading.
    [InlineData("Attorneys for the plaintiffs condemned the court's action and said some current troops could face discharge.")]
    [InlineData("Russia, a longtime ally of Syria, said the EU's inability to renew the arms embargo could jeopardize the talks.")]
    [InlineData("At first, the media never believed Donald Trump could be elected.")]
    [InlineData("They alleged the document could even lead to the end of the investigation.")]
    [InlineData("Aides argued they could still win the state.")]
    // hedges30 (TrailingReports): a trailing attribution closed by a weekday or by the person or outlet a telling verb
    // addresses reports the whole clause before it, as ", Smith said." does (flagged before).
    [InlineData("The talks could collapse if no deal is reached by Friday, lawyers for the House Judiciary Committee said Monday.")]
    [InlineData("The plan could breach federal law in two ways, Tillipman and other experts told me.")]
    [InlineData("A decision has not been finalized and the talks could still fall apart, one source tells Axios.")]
    [InlineData("The deal could collapse, John Smith told CNN on Monday.")]
    // hedges30 (SpokenRegister): a sentence with a discourse marker of speech is a transcript's.
    [InlineData("I think it might be, you know, twice bitten, once shy the next time around.")]
    [InlineData("Uh, maybe we could state it in starker terms.")]
    // turns46: the sentence before or after, in the same paragraph, in the register of speech makes it the speaker's
    // too: a turn past its label, which the window does not show.
    [InlineData("We are going to kill them this year, but \u2014 you know, enjoy them while they last. No one would keep going to that zoo, and it might close.")]
    [InlineData("The plan might fail. And, you know, we lost the vote.")]
    // turns46: a spaced en dash sets the marker off as an em dash does.
    [InlineData("We lost the vote \u2013 you know, we might lose the next one too.")]
    // hedges31 (HeldNounClauses): the "that"-clause of a claim noun with its owner after "from" or "by" is the owner's.
    [InlineData("The move led to criticism from some Democrats that this approach could be too risky.")]
    [InlineData("Stocks fell on comments from the Bank of England that it might raise interest rates sooner.")]
    [InlineData("They cited an estimate by economists with the Cato Institute that failing to act could cost billions.")]
    // hedges32: a whether-clause past five words is still an embedded question; "could use more" says what is needed.
    [InlineData("A spokesman did not respond to a request for comment on whether his handling of the outbreak may hurt the president.")]
    [InlineData("The remarks followed a debate in Congress over whether fake news on the internet might have swayed voters.")]
    [InlineData("There is little doubt that the nation's roads and transit systems could use more help.")]
    [InlineData("Food stamps could use another boost as well.")]
    // scope34 guards: the main clause's own report, and a quotation across the opening clause's comma, stay others'.
    [InlineData("After the minister said that the talks had stalled, he added that the government could fall.")]
    [InlineData("After the minister said, \"the talks have stalled, and the government could fall,\" the session ended.")]
    // hedges41: "add" and "allege", the plural present of listed "adds"/"alleges", report as clause speech verbs do.
    [InlineData("It may also require a mature discussion, analysts add, about the policies that created the anger.")]
    [InlineData("It may be difficult, they add, to draw many conclusions for other workers.")]
    [InlineData("Critics allege that the plan could backfire.")]
    public void Does_not_report_the_month_the_noun_ability_permission_questions_or_quotes(string text) => Verify.VerifyNoDiagnostics(text);

    // Research prose: a finding the authors report is still their hedge (CoNLL-2010's reading); news keeps it the source's.
    [Theory]
    [InlineData("Our data show that new mutations [|may|] occur in the promoter.", "Our data show that new mutations may occur in the promoter.")]
    [InlineData("The authors reported that the kinase [|might|] bind the receptor.", "The authors reported that the kinase might bind the receptor.")]
    public void Research_prose_keeps_a_reported_finding_s_modal(string markup, string text)
    {
        Verify.VerifyMarkdown(markup, Genre("research"));
        Verify.VerifyNoDiagnostics(text);
        Verify.VerifyMarkdown(text, Genre("reference"));
    }

    // CoNLL-2010 reads a gapped relative's modal in a paper as uncertain; news does not.
    [Fact]
    public void Research_prose_keeps_a_gapped_relative_s_modal()
    {
        Verify.VerifyMarkdown("We list the genes these factors [|may|] regulate.", Genre("research"));
        Verify.VerifyNoDiagnostics("We list the genes these factors may regulate.");
    }

    // Research prose keeps hedges6's reading of "X may …, but": a point granted, then overridden (hedges33 left it).
    [Fact]
    public void Research_prose_keeps_a_granted_concession_unreported()
    {
        Verify.VerifyMarkdown("The kinase may bind the receptor weakly, but the complex is stable.", Genre("research"));
        Verify.VerifyMarkdown("The kinase [|may|] bind the receptor weakly, but the complex is stable.");
    }

    [Fact]
    public void Research_prose_still_exempts_direct_quotations() =>
        Verify.VerifyMarkdown("\"The kinase may bind the receptor,\" said Ana Ruiz.", Genre("research"));

    // hedges37: a subject that denies itself ("No one", "nobody", "none of us", "no future candidate") denies the
    // possibility or the ability outright; the gold labels no such modal.
    [Theory]
    [InlineData("No one could ever accuse the governor of being shy.")]
    [InlineData("He had hours of free airtime, something no future candidate could bank on.")]
    [InlineData("No rational person could fail to notice the contrast.")]
    [InlineData("Nothing could be further from the truth.")]
    [InlineData("None of us could get on the exchange that week.")]
    [InlineData("There were gaps in the record, and no witnesses could corroborate her account.")]
    public void Does_not_report_a_modal_whose_subject_denies_itself(string text) => Verify.VerifyNoDiagnostics(text);

    // Guards (hedges37): "no" inside an object or before a name or determiner opens no denied subject, and a denied
    // subject before "may" or "might" leaves the modal's doubt ("none of this may matter").
    [Theory]
    [InlineData("Voters with no party [|could|] decide the race.")]
    [InlineData("Candidates who have no money [|might|] drop out soon.")]
    [InlineData("With no rain in sight, the fires [|could|] spread.")]
    [InlineData("Of course, none of this [|may|] matter.")]
    // (hedges46: was "face the prospect that none of them might", now a noun's content clause, not reported.)
    [InlineData("In a field this split, none of them [|might|] win a majority.")]
    public void Reports_a_modal_whose_subject_is_not_denied(string markup) => Verify.VerifyMarkdown(markup);

    private static AnalyzerOptions Genre(string genre) =>
        new(ImmutableDictionary<string, string>.Empty.Add("doclint_genre", genre));

    // hedges42: in a past-tense sentence an agent's "could" before a verb of its own is past ability or permission.
    [Theory]
    [InlineData("He spent several days at a YMCA until his mother flew up and he could stay with her at a hotel.")]
    [InlineData("This is a breach of trust for the workers who were promised they could keep their existing plans.")]
    [InlineData("This dictated how that citizen lived: how he could dress and how the law treated him.")]
    [InlineData("She attended the course at a time when the skill was one that she could earn without a combat career.")]
    // mend37: a subordinator between the past verb and the agent keeps the past frame.
    [InlineData("This was a huge advantage: when polls started to slip after the first debate, they could check to see which voters were changing sides.")]
    public void Does_not_report_an_agents_could_in_a_past_tense_sentence(string text) => Verify.VerifyNoDiagnostics(text);

    // Its guard: what might befall the agent, "be", a present-tense sentence and a past-tense condition stay hedges.
    [Theory]
    [InlineData("Obama won the later debates, but it was not enough, and he [|could|] lose the election because of it.")]
    [InlineData("He ended up proposing to cut taxes, meaning that billionaires [|could|] end up paying nothing.")]
    [InlineData("The senator stayed silent, and he [|could|] be the deciding vote.")]
    [InlineData("He [|could|] stay with her at a hotel.")]
    [InlineData("If Cruz did that and won the West, he [|could|] block Trump on the second ballot.")]
    public void Reports_an_agents_could_that_befalls_or_is_not_past(string markup) => Verify.VerifyMarkdown(markup);

    // hedges44: a modal that states the penalty a law sets ("could face up to 10 years in prison") is the law's range.
    [Theory]
    [InlineData("Manafort could face up to an additional 10 years in prison, but nothing more.")]
    [InlineData("Owners of gyms could now face a fine up to $2,500 and up to one year in jail for operating.")]
    [InlineData("Under it, officials responsible for abuses could be subject to sanctions, including visa bans.")]
    [InlineData("Prosecutors charged them with felony rioting, which could land them in prison for 10 years.")]
    public void Does_not_report_a_modal_that_states_a_penalty(string text) => Verify.VerifyNoDiagnostics(text);

    // Its guard: a frame with no penalty noun in the modal's clause, stays a hedge.
    [Theory]
    [InlineData("About 100 journalists [|could|] face repercussions if forced to return home.")]
    [InlineData("The case [|could|] land in the Supreme Court next year.")]
    [InlineData("Voters [|may|] face a choice, and the prison vote matters.")]
    public void Reports_a_penalty_frame_without_a_penalty(string markup) => Verify.VerifyMarkdown(markup);

    // hedges61: a modal's passive of seeing, hearing, contact or place states what could be observed, whom one could
    // reach or where a thing is found: ability, not the author's doubt (fresh22, 29, 44; tune34, 38, 73, verbatim or cut).
    [Theory]
    [InlineData("As the president spoke, demonstrators could be heard outside the north fence of the White House, shouting slogans.")]
    [InlineData("Young men could be seen throwing stones and fruit at the convoy in footage posted by a network.")]
    [InlineData("He may be reached by email at kignet1@gmail.com.")]
    [InlineData("But who owns them now is often hidden, and none of the Iranian-linked operators could be reached.")]
    [InlineData("Mr. Bartholomew, asked to provide a phone number where he could be reached, said he would not answer.")]
    [InlineData("Evidence that the US also intends to go slow in pressing for change in Cuba could be found in Friday's agenda.")]
    public void Does_not_report_a_modal_passive_of_observation(string text) => Verify.VerifyNoDiagnostics(text);

    // Its guards: a construal ("seen as", past an agent phrase), a thing that could be reached or found, a time after
    // "found in", and "found" with no place stay the author's guesses.
    [Theory]
    [InlineData("Firing him [|could|] be seen as confirming some of the claims in the memo.")]
    [InlineData("Lew [|could|] be seen by some Republicans as a political figure.")]
    [InlineData("A deal [|could|] be reached by Friday.")]
    [InlineData("The agreement [|could|] be reached soon.")]
    [InlineData("A solution [|could|] be found in the coming weeks.")]
    [InlineData("Some common ground [|could|] be found.")]
    public void Reports_a_modal_passive_that_construes_or_forecasts(string markup) => Verify.VerifyMarkdown(markup);

    // mend37: a past clause before "but" is background to the author's guess, and a storm's name is no agent
    // (rev36's and hedges42's wrong removals, verbatim from allsides but the storm row).
    [Theory]
    [InlineData("Obama kept his distance from trailing Democrat Creigh Deeds four years ago, but with the president in trouble on multiple fronts, especially his foundering new health-insurance program, Obama [|could|] benefit from being associated with a winning effort.")]
    [InlineData("De Leon's $672,000 in cash-on-hand at the beginning of April paled in comparison to Feinstein's $10.3 million war chest, which she built with a hefty $5 million loan to herself, but Steyer [|could|] help level the playing field in this incredibly expensive state.")]
    [InlineData("She didn’t provide details on what she would consider fair or how long she might be willing to delay the exchange, but she [|could|] theoretically do so indefinitely.")]
    [InlineData("Hurricane Maria hit Puerto Rico in 2017 and Maria [|could|] top the record.")]
    // The row above is reported with or without the storm-name guard; this one is not (seen unreported with the guard off).
    [InlineData("Hurricane Ian struck Florida last week, and Ian [|could|] drop more rain on Georgia.")]
    public void Reports_an_agents_could_after_an_earlier_past_clause(string markup) => Verify.VerifyMarkdown(markup);

    // hedges46: a modal after a content noun's "that" and the clause's subject says what the idea, risk or possibility
    // holds, the sentence's topic, not the author's doubt (gold: 18 unlabelled, 13 reported, 1 author hedge). The first
    // four rows are verbatim from tune35, tune16, tune61 and fresh24; the last was a hedge row before (no gold sentence).
    [Theory]
    [InlineData("When caught in the act, he rejected the very idea that a president could be required by Congress to explain and justify his actions.")]
    [InlineData("Most of those areas are in or near mountains and passes where Santa Ana winds — and the danger that they could spread fires — are especially strong.")]
    [InlineData("The idea that economic suffering could lead people to support either Trump or Sanders, two candidates with little in common, illustrates the salience of an ideological frame.")]
    [InlineData("One takeaway from these examples and hundreds more is that the left, at its core, lacks confidence that its views could prevail in the marketplace of ideas, and so it manipulates the playing field.")]
    [InlineData("The report raised the possibility that prices could rise.")]
    // mend39: a "there" more than six words back from the noun is another clause's (MaxExistentialReach).
    [InlineData("There were warnings, but few took seriously the chance that the bill could pass.")]
    public void Does_not_report_a_modal_in_a_nouns_content_clause(string text) => Verify.VerifyNoDiagnostics(text);

    // Its guards: "there is" states the possibility itself, "that" straight before the modal is a relative pronoun, and
    // a finite verb between the noun's "that" and the modal ends its clause.
    [Theory]
    [InlineData("There is a real chance that the bill [|could|] pass this week.")]
    [InlineData("There's a real chance that the bill [|could|] pass this week.")]
    // mend39: the curly apostrophe is folded by the tokenizer (class-existential-subjects), and "there" six words back
    // from the noun is still in reach (MaxExistentialReach).
    [InlineData("There\u2019s a real chance that the bill [|could|] pass this week.")]
    [InlineData("There is now a very real chance that the bill [|could|] pass this week.")]
    [InlineData("Democratic voters were much happier with their field, which is some indication that the field [|might|] have been stronger.")]
    [InlineData("It is a risk that [|could|] spread to the rest of the region.")]
    [InlineData("The risk that voters saw in the plan [|could|] cost the party its majority.")]
    // rev38: a "noun" straight after a subject pronoun (past an adverb) is a verb the tagger took for a noun, the
    // author's own doubt (allsides: "We also fear that she might accept a budgetary grand bargain").
    [InlineData("We also fear that she [|might|] accept a budgetary bargain with the Republicans.")]
    [InlineData("We fear that the talks [|could|] fail.")]
    public void Reports_a_modal_after_a_content_noun_that_is_not_its_clause(string markup) => Verify.VerifyMarkdown(markup);

    // hedges54: advice ("might want to", "might think twice", "might be in order"; class-modal-idioms) recommends a
    // course and doubts nothing (gold sentences flagged at 74c138c2: fresh22, fresh24, fresh33, tune74; verbatim or trimmed).
    [Theory]
    [InlineData("One thing they might want to try is developing a substantive policy agenda to run on.")]
    [InlineData("Still, if Google would like to avoid losing its own protection, the company might think twice about arguing that outlets like The Federalist should be held liable.")]
    [InlineData("Adding a call for tech companies to stop selling rifle accessories might be in order, too.")]
    [InlineData("But Trump might want to note this one thing.")]
    [InlineData("Investors might wish to sell before the vote.")]
    public void Does_not_report_advice(string text) => Verify.VerifyNoDiagnostics(text);

    // Its guard: the same verbs outside the idiom, and a plain guess, stay hedges.
    [Theory]
    [InlineData("Voters [|might|] want more from the party next year.")]
    [InlineData("It [|might|] rain before noon.")]
    [InlineData("The company [|may|] think the deal is fair.")]
    [InlineData("India, following recent tensions with China, [|may|] want to turn more fully to the United States.")]
    public void Reports_a_modal_outside_the_advice_idioms(string markup) => Verify.VerifyMarkdown(markup);

    // hedges54: a time clause ("before it could", "By the time doctors could"; class-modal-clause-openers) says when
    // something happened or was possible (gold sentences flagged at 74c138c2: fresh29, tune48).
    [Theory]
    [InlineData("Then in the late 1990s, the Clinton administration and congressional Democrats tried to fund the creation of \u201cvoluntary\u201d national tests, an effort that was blocked by House Republicans before it could even begin.")]
    [InlineData("By the time doctors could attend to him, Patil was dead.")]
    // rev41: a demonstrative "that" straight after the opener is the clause's subject, not a relative pronoun.
    [InlineData("Before that could happen, the talks collapsed.")]
    [InlineData("Putin said the removal of military units was the main thing, but it was unclear if that could be construed as an outright demand.")]
    [InlineData("When asked about whether that might mean testifying, he declined to answer.")]
    public void Does_not_report_a_modal_in_a_time_clause(string text) => Verify.VerifyNoDiagnostics(text);

    // Its guard: "before" after the modal, or a time phrase closed by a comma, leaves the main clause's guess.
    [Theory]
    [InlineData("The bill [|could|] collapse before the vote.")]
    [InlineData("Before the vote, the bill [|could|] collapse.")]
    [InlineData("Early voting, which in Arizona starts about two weeks before the primary election, [|may|] hold some clues as to the eventual outcome.")]
    [InlineData("Justice Department guidelines recommend against public actions shortly before an election that [|could|] sway the outcome.")]
    // rev41: "so that" straight before the modal leaves no purpose clause: "so" is "therefore", the guess the author's.
    [InlineData("The community has convinced itself that cap and trade is uniquely terrible, so that [|might|] fracture the left.")]
    public void Reports_a_modal_outside_a_time_clause(string markup) => Verify.VerifyMarkdown(markup);

    // hedges54: an embedded question whose subject holds two coordinated participles or a noun tagged as a verb after a
    // demonstrative and a participle (gold sentences flagged at 74c138c2: fresh19 or fresh29 or fresh37; trimmed).
    [Theory]
    [InlineData("Some economists are reframing what a reopened or rehabilitated economy might look like.")]
    [InlineData("Analysts asked how this deepening divide might affect the vote.")]
    public void Does_not_report_a_modal_in_an_embedded_question_with_a_long_subject(string text) => Verify.VerifyNoDiagnostics(text);

    // Its guard: a verb after the subject's noun is the question's own verb; the main clause's modal stays a hedge.
    [Theory]
    [InlineData("The question of how the voters decide [|could|] shape the race.")]
    public void Reports_a_main_clause_modal_after_a_question_with_a_verb(string markup) => Verify.VerifyMarkdown(markup);

    // hedges57: an ability verb whose object is an effect noun or a caused result foresees a consequence (gold author
    // hedges missed at c13f22ac: fresh30, fresh39, fresh43, tune71; trimmed).
    [Theory]
    [InlineData("The length of this shutdown [|could|] do lasting damage to the presidency.")]
    [InlineData("He has courted megadonors whose support [|could|] make a significant difference.")]
    [InlineData("The pandemic has squeezed budgets, which [|could|] make it more difficult for them to assist students.")]
    [InlineData("One seat [|could|] make an enormous difference to the program.")]
    [InlineData("The ruling [|could|] make things worse for tenants.")]
    public void Reports_could_that_foresees_an_effect(string markup) => Verify.VerifyMarkdown(markup);

    // Its guards: an ability verb with an ordinary object, a result after a determiner, "do worse" and perception stay
    // ability.
    [Theory]
    [InlineData("One could make a better argument for the other plan.")]
    [InlineData("From the hill she could see the difference in the fields.")]
    [InlineData("You could do worse than read his memoir.")]
    [InlineData("The mayor could make the case to the council.")]
    // rev44: a result adjective straight after a determiner is an object's attribute ("a tougher offer"); the row above
    // with "better" did not reach the determiner test, which no row held.
    [InlineData("The union could make a tougher offer next week.")]
    public void Does_not_report_could_of_ability_near_an_effect_word(string text) => Verify.VerifyNoDiagnostics(text);

    // hedges58: an appositive that sums up a report is the author's comment, and its modal the author's (fresh22, fresh43,
    // tune14); a bare ", which" after a report goes on with it (the gold splits those).
    [Theory]
    [InlineData("He also insisted that he be held accountable for these results, a request that [|may|] soon come to pass.")]
    [InlineData("The company announced in June that it will begin labeling tweets, a move that [|could|] affect how the president campaigns.")]
    [InlineData("Feinstein told journalists she was unaware of reports that officials counted every man killed as a combatant \u2014 a method that [|could|] undercount civilian deaths.")]
    public void Reports_a_modal_in_an_appositive_comment_after_a_report(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("Marra says she and her colleagues have several proposals for trials in humans, which could start next year.")]
    [InlineData("The researchers say that drug forums \u2014 a catch-all for hubs that are often encrypted \u2014 might be a research tool.")]
    public void Does_not_report_a_modal_that_goes_on_with_a_report(string text) => Verify.VerifyNoDiagnostics(text);
}
