using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Certainty.UnsupportedCertaintyAnalyzer>;

namespace DocLint.Rules.Tests.Certainty;

public sealed class DL4001UnsupportedCertaintyAnalyzerTests
{
    [Theory]
    [InlineData("The plan will [|obviously|] fail.")]
    [InlineData("[|Undoubtedly|], the council made a mistake.")]
    [InlineData("[|There is no question|] that the council made a mistake.")]
    [InlineData("[|Of course|], the minister knew about the leak.")]
    [InlineData("The verdict was [|unquestionably|] fair, and [|needless to say|] the family accepted it.")]
    [InlineData("[|Everyone knows|] the council erred.")]
    [InlineData("[|It is clear that|] the council erred.")]
    // The present with an adverb or the perfect between: the same certainty.
    [InlineData("[|It is now clear that|] the council erred.")]
    [InlineData("Since the vote, [|it has become increasingly clear that|] the council erred.")]
    // A degree adverb, or "evident", "indisputable", "apparent" for "clear": the same certainty (hedges21).
    [InlineData("But [|it\u2019s pretty evident that|] somebody somewhere messed up.")]
    [InlineData("[|It is very clear that|] the council erred.")]
    [InlineData("[|It is now apparent that|] the council erred.")]
    [InlineData("[|One thing is very clear|]: the department knew of the danger.")]
    [InlineData("The appearance [|is certain to|] spark a new round of speculation.")]
    [InlineData("But most [|assuredly|], the country is still itself.")]
    [InlineData("The results [|of course|] surprised nobody.")]
    [InlineData("[|Clearly|], the plan failed.")]
    [InlineData("This is [|clearly|] the best option.")]
    [InlineData("The plan will **[|obviously|]** fail.")]
    [InlineData("[|One thing is clear|]: the winner will need to campaign here.")]
    [InlineData("[|No one should deny|] that the senator is a skilled speaker.")]
    [InlineData("[|Believe me|]: I have all the zeal of the convert.")]
    [InlineData("When he compares them, [|he's sure to|] thrill his base.")]
    // A copular frame that declares the matter settled before stating it.
    [InlineData("The basic reality [|is clear:|] the party has chosen not to reach out.")]
    [InlineData("[|What is clear is|] that the mayor is trying to get ahead of the story.")]
    [InlineData("[|What’s extremely clear is|] that the mayor is trying to get ahead of the story.")]
    [InlineData("What is [|beyond argument|] is this: the plan has failed.")]
    [InlineData("[|There's no getting around it|]: her weakness among young voters is a handicap.")]
    [InlineData("After Iowa, [|there is now no question|] whatsoever that the debate hurt him.")]
    [InlineData("One look around, and [|anyone can see that|] there is barely a wall without graffiti.")]
    // A reported clause ends at ", but" (also after a closing quotation mark): what follows is the author's again.
    [InlineData("Supply experts declare that \u201Cthere is plenty of food,\u201D but [|it is clear that|] the chain is ill equipped.")]
    [InlineData("Experts say that there is plenty of food, but [|it is clear that|] the chain is ill equipped.")]
    // hedges23: the present frame with "that" left out, the closing tag, and common knowledge claimed for a clause.
    [InlineData("[|It is clear|] the FBI needs to get to the bottom of this.")]
    [InlineData("But [|it\u2019s clear|] younger people are leading this movement.")]
    [InlineData("Still, the letter hurts the mayor's reputation, [|no question about it|].")]
    [InlineData("Trump was a Democrat for years, and [|we all know|] he championed every Democratic cause.")]
    [InlineData("[|We all know|] how that story ended.")]
    // Guard (hedges30): "As you know" is a clause of its own, no discourse marker.
    [InlineData("As you know, it is [|obviously|] a corporate budget.")]
    // Guard (turns46): a sentence of speech two sentences back is not the turn's neighbour.
    [InlineData("And, you know, we have to fight it. Then it rained. It is [|obviously|] a corporate budget.")]
    // Guard (hedges30): a marker with no first- or second-person word besides it is an op-ed's aside, not a speaker's.
    [InlineData("([|Of course|], all this does not mean there will not be a backlash over the changes and, you know, the boxes.)")]
    // scope30: the report ends at a dash before a break word and at "and we", so the author's booster after it counts.
    [InlineData("Critics say the plan is incompatible with growth \u2014 but a reckless plan [|certainly|] is.")]
    [InlineData("Trump claimed for years to be a Democrat and [|we all know|] he backed their causes.")]
    // boost46: a booster set off by commas or dashes is the author's aside, inside or before a report.
    [InlineData("The clan \u2014 which is tied to white nationalism, according to the Southern Poverty Law Center \u2014 would, [|of course|], consider its rally a success.")]
    [InlineData("And, [|of course|], should the Senate refuse, the recession could last longer, according to Jerome Powell.")]
    [InlineData("They believe in social justice, [|of course|], and agree that poor people can escape poverty.")]
    [InlineData("Ryan, [|of course|], as Breitbart News reported at the time, also snuck a fix into the plan.")]
    [InlineData("Officials said the plan \u2014 [|obviously|] \u2014 had failed.")]
    public void Reports_boosters_in_the_authors_voice(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("The decision was not obviously wrong.")]
    // Guards (scope30): the speaker's booster inside the report stays the speaker's.
    [InlineData("Obama said he certainly didn't want a war.")]
    [InlineData("Critics said they have no doubt that the plan failed.")]
    [InlineData("She said that, clearly, it could fail.")]
    // Guards (boost46): a set-off booster inside a quotation, or not set off on both sides inside a report.
    [InlineData("\"The Internet, of course, provides users with many sources,\" says Oliver Walter.")]
    [InlineData("Officials said the plan would, of course fail.")]
    [InlineData("Officials said the plan was obviously, a failure.")]
    // Guards (hedges21): a weakened or negated "certain" stays out of the list's new entries.
    [InlineData("The bill is almost certain to pass the House.")]
    [InlineData("It is not certain that the bill will pass.")]
    [InlineData("\"This is obviously a mistake,\" said Tom Reyes, the council leader.")]
    [InlineData("She spoke clearly to the jury.")]
    [InlineData("The exits were clearly marked.")]
    [InlineData("The council made a mistake, the auditor found.")]
    [InlineData("Tom Reyes said the plan would obviously fail.")]
    [InlineData("Officials said the plan would fail, but that it would obviously cost more.")]
    [InlineData("There is no question that the vote was fair, said Judge Amy Chen.")]
    // Guards: the past narrates what someone saw, a relative "anyone can see" is not a frame, a negation denies it.
    [InlineData("The message was clear: the council would not back down.")]
    [InlineData("He did things in his business that anyone can see is illegal.")]
    [InlineData("The result is not beyond dispute.")]
    // "is clear:" after what a law or a person states gives that content: a name, an owner or a stated-content head.
    [InlineData("Border Patrol policy is clear: parents should be kept with their children.")]
    [InlineData("Hamilton's point is clear: the trial needs a judge without bias.")]
    [InlineData("And his answer is clear: riots provoke a hostile reaction.")]
    // hedges23: "we all know" before a plain object names an acquaintance; "it is not clear" denies.
    [InlineData("We all know cynics.")]
    [InlineData("The rule can preserve the internet that we all know and love.")]
    [InlineData("It is not clear the FBI will act.")]
    // hedges29: a guest's turn runs on into the next paragraph, which no label opens (TurnContinuations).
    [InlineData("AMY GOODMAN: Why?\n\nRALPH NADER: It was a budget.\n\nIt is obviously a corporate budget.\n\nAMY GOODMAN: Thanks.")]
    // hedges30: a discourse marker of speech set off by commas makes the sentence a speaker's (SpokenRegister).
    [InlineData("And, you know, it is obviously a budget we have to fight.")]
    // turns46: so does the paragraph's next or previous sentence in that register (the rest of the turn).
    [InlineData("And, you know, we have to fight it. It is obviously a corporate budget.")]
    // turns33: a quotation opened sentences before and never closed in the paragraph made the next straight mark
    // read as its close, leaving the quoted words outside; a mark with a space before and a word after opens.
    [InlineData("He told the court: \"The act taxes everyone. Thursday's arguments, said Will, will show that the act was \"indisputably a revenue measure\" that did not originate in the House.")]
    [InlineData("\"We will win. The act was \"indisputably a revenue measure\" and we said so.")]
    // Guard: a pair inside a quotation that closes after it ('fight," Ryan said') keeps the alternating reading.
    [InlineData("\"Revenue went up. It came with the \"Fiscal Cliff\" deal. We will obviously not refight that fight,\" Ryan said.")]
    public void Does_not_report_negated_attributed_or_manner_uses(string text) => Verify.VerifyNoDiagnostics(text);

    // turns33 guards: balanced quotations around other words leave the author's booster reported.
    [Theory]
    [InlineData("He called it \"a hoax\" and \"a sham,\" but the plan will [|obviously|] fail.")]
    [InlineData("\"We won,\" he said. The plan will [|obviously|] fail.")]
    public void Reports_the_authors_booster_beside_balanced_quotations(string markup) => Verify.VerifyMarkdown(markup);

    // hedges27: cues the tuning sets label that the list lacked (tune29, tune31, tune35, tune38, tune34, tune30).
    [Theory]
    [InlineData("[|Doubtless|] the senator is still irritable about the election.")]
    [InlineData("Over the weekend, most recently -- [|doubtless|], you've heard of this -- the city announced a plan.")]
    [InlineData("The breakout star of the year is, [|inarguably|], the governor.")]
    [InlineData("The acts themselves are [|irrefutably|] illegal.")]
    [InlineData("[|Rest assured|], no one at the paper will lament the change.")]
    [InlineData("[|It is absolutely true that|] the two-party system has rigged the game.")]
    [InlineData("[|There is no getting away from the fact|] that air strikes would widen the war.")]
    public void Reports_the_added_certainty_cues(string markup) => Verify.VerifyMarkdown(markup);

    // hedges28: common knowledge in the past and as shared awareness, and the inference "must have" before a verb of
    // knowing (tune35 Ntlb8KGxkN8jpRE2#s041, tune30 lUqOlJbTqrXz5hDX#s015, tune25 hoVOkAX1RfTwhcn6#s008).
    [Theory]
    [InlineData("He held up the aid, even though [|everyone knew|] about the connection at the time.")]
    [InlineData("By now, [|we're all aware|] of the admission.")]
    [InlineData("Many [|must have wondered|] whether they were getting the real story.")]
    [InlineData("The senator [|must have known|] about the payments.")]
    public void Reports_common_knowledge_and_inferred_certainty(string markup) => Verify.VerifyMarkdown(markup);

    // Guard rows (hedges28): "must have" before other participles is a requirement, and a reported "must have" the speaker's.
    [Theory]
    [InlineData("Recipients must have entered the country before age 16.")]
    [InlineData("Aides said the senator must have known about the payments.")]
    public void Keeps_requirements_and_reported_inferences_unreported(string text) => Verify.VerifyNoDiagnostics(text);

    // hedges27: a negation before a comma does not deny the aside the comma opens (tune30 lUqOlJbTqrXz5hDX#s069).
    [Theory]
    [InlineData("They won't, [|of course|], and the speaker will hand over his gavel.")]
    [InlineData("Google is not, [|of course|], the only search engine.")]
    public void Reports_a_booster_set_off_after_a_negation(string markup) => Verify.VerifyMarkdown(markup);

    // Guard rows: a negation or softener next to the booster still denies it; the plain truth frame concedes.
    [Theory]
    [InlineData("The plan will not certainly fail.")]
    [InlineData("The bill will almost certainly pass.")]
    [InlineData("It is true that the plan failed.")]
    public void Keeps_negated_softened_and_conceded_uses_unreported(string text) => Verify.VerifyNoDiagnostics(text);

    // boost33: certainty adverbs on a verb or a negation, the settled prediction "will inevitably", the softer doubt
    // frame and the "becoming increasingly clear" frame (pool tune38, tune45, tune46, tune41, tune55, tune56; fresh21,
    // fresh27); and "clearly" after a plural subject with "most" keeps its booster.
    [Theory]
    [InlineData("That is [|decidedly|] not the case this year.")]
    [InlineData("Such attacks target a ban, which the order [|manifestly|] does not impose.")]
    [InlineData("Socialism has [|demonstrably|] wrecked entire countries.")]
    [InlineData("The mandate [|plainly|] would not affect someone who can pass a check.")]
    [InlineData("The president [|unmistakably|] refuses to endorse the treaty.")]
    [InlineData("It [|will also inevitably|] require more workers.")]
    [InlineData("The threat [|will inevitably|] have a political impact.")]
    [InlineData("[|There is little doubt|] that the road systems could use more help.")]
    [InlineData("[|It's becoming increasingly clear that|] the response was far worse.")]
    [InlineData("Most Americans [|clearly|] do not think the issue is a priority.")]
    [InlineData("It was also very [|clearly|] about humiliation.")]
    [InlineData("The order is easily and [|clearly|] lawful.")]
    [InlineData("Mr. Biden has [|plainly|] struggled to meet the moment.")]
    public void Reports_certainty_adverbs_on_a_verb_and_settled_frames(string markup) => Verify.VerifyMarkdown(markup);

    // Guard rows (boost33): the same adverbs grading a quality or naming a manner, "inevitably" outside a prediction,
    // "no doubt" as what someone left, and "clearly" as a graded or coordinated manner.
    [Theory]
    [InlineData("Their vision is decidedly traditional and favors the old norms.")]
    [InlineData("Platforms still carry demonstrably false political ads.")]
    [InlineData("She put the problem plainly to me.")]
    [InlineData("Possible candidates were inevitably confined to his former staff.")]
    [InlineData("She laughed, but she left no doubt she was serious.")]
    [InlineData("He is far less capable of arguing cogently and clearly for that position.")]
    [InlineData("An inquiry could showcase how clearly two sides can disagree.")]
    [InlineData("She has spoken out clearly about police misconduct.")]
    [InlineData("The decisions Obama faces are so plainly drawn.")]
    [InlineData("Some participants were plainly informed of the rule.")]
    public void Keeps_graded_manner_and_left_doubt_uses_unreported(string text) => Verify.VerifyNoDiagnostics(text);

    // rev33: "and clearly" after a noun or adjective that merely ends in "-ly" ("rally", "family") coordinates two verb
    // phrases, not two manner adverbs: the second "clearly" is the author's certainty.
    [Theory]
    [InlineData("He attended the rally and [|clearly|] enjoyed the crowd.")]
    [InlineData("She thanked her family and [|clearly|] meant it.")]
    public void Reports_clearly_after_a_noun_that_ends_in_ly(string markup) => Verify.VerifyMarkdown(markup);

    // Guards (rev33): a verb of leaving before "no doubt" and a real manner adverb before "and clearly" still exempt.
    [Theory]
    [InlineData("The vote will leave no doubt that the party is split.")]
    [InlineData("The bells rang loudly and clearly across the valley.")]
    public void Keeps_left_doubt_and_coordinated_manner_unreported(string text) => Verify.VerifyNoDiagnostics(text);

    // boost34: the impersonal frame with words inside, read by ImpersonalCertaintyFrame rather than listed wording by
    // wording, and the fixed frames the list lacked (pool, fresh30, fresh31, fresh16 and the allsides read).
    [Theory]
    [InlineData("[|It's become increasingly clear that|] the plan has failed.")]
    [InlineData("Since the election, [|it has become abundantly clear that|] the board misled us.")]
    [InlineData("[|It ought to be obvious|] to anyone that the deal is bad.")]
    [InlineData("[|It is now becoming obvious that|] voters have stopped caring.")]
    [InlineData("[|It's been clear|] for some time that the agency hides its records.")]
    [InlineData("But [|what's quite clear is|] that the senator was comfortable with the phrase.")]
    // perf59: the frame is read only from a word of the subject's lengths and first letter, in any case.
    [InlineData("[|IT'S become increasingly clear that|] the plan has failed.")]
    [InlineData("Since the \u201celection\u201d \u2014 [|It Is now becoming obvious that|] voters have stopped caring.")]
    [InlineData("[|One thing that's guaranteed|] is it will be a brutal race.")]
    [InlineData("There is [|one thing that we do know|] from this case.")]
    [InlineData("[|I firmly believe|] that every point I argued is correct.")]
    [InlineData("That is theft, [|plain and simple,|] and it should stop.")]
    public void Reports_impersonal_frames_with_words_inside_and_fixed_frames(string markup) => Verify.VerifyMarkdown(markup);

    // Guards (boost34): the past, the negated and the narrating frame, "it" naming a thing seen somewhere, "it" as an
    // object with an aim, "clear" as a verb or an attribute, and a quoted or reported use of the new frames.
    [Theory]
    [InlineData("It became increasingly clear that the plan had failed.")]
    [InlineData("It is not yet clear whether the plan has failed.")]
    [InlineData("The talks will go on until it becomes clear that no deal is possible.")]
    [InlineData("The bias is also apparent in the legacy of the old rules.")]
    [InlineData("It is pretty evident in our history.")]
    [InlineData("I want it to be clear that we tried.")]
    [InlineData("The city has clear rules, and it should clear the way for builders.")]
    [InlineData("\"It's become increasingly clear that we must act,\" the mayor said.")]
    [InlineData("The senator said it has become abundantly clear that the board misled voters.")]
    public void Keeps_past_negated_placed_and_reported_frames_unreported(string text) => Verify.VerifyNoDiagnostics(text);

    // certainty45: the predicative frame that closes its clause with a colon or the sentence's end, in the plural, with
    // the other adjectives of evidence and a second one joined by "and" (pool tune56, tune58, tune62, tune76; fresh43).
    [Theory]
    [InlineData("Two things [|are obvious|]: the plan failed and the mayor knew it.")]
    [InlineData("The fact that the results can be manipulated [|is plain|].")]
    [InlineData("Some of the collateral benefits [|are undeniable|].")]
    [InlineData("The facts and the numbers [|are clear and indisputable|]: the House decides.")]
    [InlineData("Yet the reason [|is now very obvious|].")]
    // perf58: the analyzer asks for the frame only at a copula the sentence's lexicon marks, in any case and beside text
    // outside ASCII (a curly quotation mark, a dash).
    [InlineData("Two things [|ARE OBVIOUS|]: the plan failed and the mayor knew it.")]
    [InlineData("The \u201cfacts\u201d of the case [|Are clear|].")]
    public void Reports_predicative_frames_that_close_their_clause(string markup) => Verify.VerifyMarkdown(markup);

    // Guards (certainty45): a clarity awaited in a time or a condition, the past, a negation, an adjective that goes on
    // to a complement, a stated-content subject, a question and a reported frame.
    [Theory]
    [InlineData("It may be several years before the true costs of the ruling are clear.")]
    [InlineData("The board will vote once the consequences are clear.")]
    [InlineData("The message it sent was clear: the mayor wants them open.")]
    [InlineData("The reason is not obvious.")]
    [InlineData("The rules are clear about who may vote.")]
    [InlineData("His answer is obvious.")]
    [InlineData("Is the answer obvious?")]
    [InlineData("The senator said the choice is clear.")]
    public void Keeps_awaited_past_negated_and_stated_predicates_unreported(string text) => Verify.VerifyNoDiagnostics(text);
}
