using System.Collections.Frozen;
using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Hedging;

/// <summary>
/// DL1002: "may", "might" and "could" that express the author's uncertainty ("the plan could fail"),
/// not the month, the noun, permission, advice, purpose, past ability or an embedded question.
/// </summary>
internal sealed class EpistemicModalAnalyzer : ProseAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.EpistemicModal,
        "Speculative modal verb",
        "'{0}' presents the claim as a possibility; say what the evidence shows, or whose forecast it is",
        RuleCategories.Hedging,
        DiagnosticSeverity.Info,
        "Epistemic 'may', 'might' and 'could' turn a claim into speculation. Permission, advice, purpose, past ability, questions and the words of quoted or reported sources are exempt.");

    // The word lists are data in rules/lexicons (class-*.txt), read once by WordClasses.
    private static readonly WordClass Modals = WordClasses.Modals;

    // Words before the modal that make it purpose, condition, indirect question or concession.
    private static readonly WordClass NonEpistemicOpeners = WordClasses.ModalOpeners;

    // Verbs after "could" that usually report past ability ("could see", "could afford").
    private static readonly WordClass AbilityVerbs = WordClasses.AbilityVerbs;

    // Nouns before "might" that make it the noun ("military might").
    private static readonly WordClass MightNounModifiers = WordClasses.MightModifiers;

    // StatesPenalty: the most adverbs between the modal and its penalty frame ("could now face", "could also
    // potentially face"), and the most words from the frame to the penalty noun ("up to an additional 10 years in prison").
    private const int MaxPenaltyAdverbs = 2;
    private const int MaxPenaltyReach = 10;

    // IsNounsContent: the most words of the content clause's subject between "that" and the modal ("that restricting
    // travel from China could").
    private const int MaxContentSubject = 6;

    // IsExistential: the most words back from the content noun that "there" may stand ("there is a real chance").
    private const int MaxExistentialReach = 6;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterSentenceAction(Analyze);
    }

    private static void Analyze(SentenceAnalysisContext context)
    {
        var tokens = context.Sentence.Tokens;

        // A question's modals ask about a possibility. The whole sentence is skipped, not only the question's clause as
        // DL1001 does (QuestionClauses): tried in hedges23, the clause-scoped check moved no tuning sentence and added 22
        // allsides findings of which about 10 were right; most of the rest are modals that open the question themselves
        // ("Could anyone imagine … — “A Sinister Perception…”?") or introduce it ("nobody could answer a simple question: How…?").
        if (tokens.Length > 0 && tokens[^1].Text == "?")
        {
            return;
        }

        // Research prose reads a conceded possibility as a hedge ("Although X may contribute, …"), as CoNLL-2010 does.
        var research = GenreOptions.IsResearch(context.Options);
        // The Wikipedia annotators (CoNLL-2010, Szeged) label a modal in an embedded question uncertain; news does not.
        var reference = GenreOptions.IsReference(context.Options);
        SentenceSemantics? reading = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!Modals.Contains(tokens[i].Text) || !IsEpistemic(tokens, context.Grammar, i, research))
            {
                continue;
            }

            // News: "the groceries their families could buy", "a corner that she could crawl into": what someone can do to
            // a thing the clause is about, not the author's doubt. Research prose keeps it (CoNLL-2010 labels such
            // modals uncertain: "the genes these factors may regulate").
            if (!research && IsGappedRelative(tokens, context.Grammar, i))
            {
                continue;
            }

            if (!research && IsPassiveCapacity(tokens, context.Grammar, i))
            {
                continue;
            }

            if (!research && ObservedPassive.IsObservation(tokens, context.Grammar, i))
            {
                continue;
            }

            if (!research && !reference && EmbeddedQuestionReader.IsInside(tokens, context.Grammar, i))
            {
                continue;
            }

            if (!research && !reference && IsNounsContent(tokens, context.Grammar, i))
            {
                continue;
            }

            if (!research && IsAgentsOption(tokens, context.Grammar, i))
            {
                continue;
            }

            reading ??= context.Semantics;
            // News: a modal in a hypothetical's condition ("if some voters believed that President Trump might start
            // moderating", "if one Republican could locate a Constitution") supposes; the gold never labels it. Its
            // consequent ("If X, Clinton may well be in deep trouble") and a stated option are labelled both ways, and stay.
            if (!research && !reference && reading.Hypotheticals.IsCondition(i))
            {
                continue;
            }

            // In research prose a finding the authors report ("our data show that mutations may occur") is still their
            // hedge, as CoNLL-2010 reads it; in news reported words are the source's. Direct quotations are always exempt.
            // The brackets are what C# already reads ("||" binds tighter than "?:"): an explanation reads quotes only.
            if ((IsExplanation(tokens, i) || research) ? reading.IsQuoted(i) : reading.IsOthersHedge(i))
            {
                continue;
            }

            context.Report(Rule, tokens[i].Span, tokens[i].Text);
        }
    }

    private static bool FollowsFinding(ImmutableArray<Token> tokens, int modalIndex)
    {
        for (var back = modalIndex - 2; back >= Math.Max(0, modalIndex - 10); back--)
        {
            if (tokens[back + 1].Is("that") && WordClasses.ResultVerbs.Contains(tokens[back].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPastParticiple(Token token) =>
        !token.Is("been") && (token.Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || WordClasses.IrregularParticiples.Contains(token.Text));

    // The index of a modal perfect's participle or "been", past one adverb ("could have also posed", "might have well
    // been"); null when the word there is neither.
    private static int? PerfectParticipleIndex(ImmutableArray<Token> tokens, int index)
    {
        var k = tokens.At(index) is { IsWord: true } word && WordClasses.PerfectAdverbs.Contains(word.Text) ? index + 1 : index;
        return tokens.At(k) is { IsWord: true } participle && (participle.Is("been") || IsPastParticiple(participle)) ? k : null;
    }

    // "if the vote had been held", "if he were", "Had he listened, …": a condition contrary to fact.
    private static bool HasCounterfactualCondition(ImmutableArray<Token> tokens)
    {
        if (tokens.Length > 0 && WordClasses.CounterfactualVerbs.Contains(tokens[0].Text))
        {
            return true;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].Is("if"))
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(tokens.Length, i + 6) && tokens[j].IsWord; j++)
            {
                if (WordClasses.CounterfactualVerbs.Contains(tokens[j].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A modal that states the penalty a law sets: "Manafort could face up to an additional 10 years in prison", "owners
    // could now face a fine up to $2,500", "officials could be subject to sanctions", "felony rioting, which could land
    // them in prison for 10 years". The law's range, not the author's doubt: the gold leaves all such modals unlabelled
    // (hedges44: fresh17, 28, 30 and 32; no same-form sentence labelled an author hedge). A frame (class-penalty-frames,
    // past two adverbs) needs a penalty noun (class-penalty-nouns) within ten words in the modal's clause, so "could
    // face repercussions if forced to return" (an author hedge in fresh14) stays.
    // "Before that could happen", "whether that might mean", "unclear if that could be construed": a demonstrative "that"
    // (tagged so, or straight after the opener, where no noun stands for a relative pronoun to follow) is the opened
    // clause's subject, not a relative pronoun starting another clause (rev41: hedges54's reach re-reported these). Not
    // after "so": "so that might fracture the left" has no purpose clause's subject, so "so" means "therefore" and the
    // guess is the author's.
    private static bool IsDemonstrativeSubject(ImmutableArray<Token> tokens, SentenceGrammar grammar, int index, int openedAt) =>
        tokens[index].Is("that") && !tokens[openedAt - 1].Is("so") && (grammar.TagAt(index) == PosTag.DT || index == openedAt);

    private static bool StatesPenalty(ImmutableArray<Token> tokens, SentenceGrammar grammar, int modalIndex)
    {
        var start = modalIndex + 1;
        while (start < tokens.Length && start - modalIndex <= MaxPenaltyAdverbs && grammar.TagAt(start) is PosTag.RB or PosTag.RBR)
        {
            start++;
        }

        var length = WordClasses.PenaltyFrames.LongestMatchAt(tokens, start, out _);
        if (length == 0)
        {
            return false;
        }

        var end = Math.Min(tokens.Length, start + length + MaxPenaltyReach);
        for (var k = start + length; k < end && tokens[k].Kind is not (TokenKind.Punctuation or TokenKind.Quote); k++)
        {
            if (WordClasses.PenaltyNouns.Contains(tokens[k].Text) && grammar.TagAt(k) is PosTag.NN or PosTag.NNS)
            {
                return true;
            }
        }

        return false;
    }

    // News: "rejected the very idea that a president could be required", "concerned about the possibility that restricting
    // travel from China could promote bias", "the danger that they could spread fires": the modal says what an idea, a
    // risk or a hope holds, which the sentence names as its topic; like an embedded question's modal it asserts no
    // possibility of the author's (GUIDELINES.md section 1). The gold agrees (hedges46): a modal after such a noun's
    // "that" and the clause's subject is 18 times unlabelled, 13 times reported and once the author's hedge over every
    // tune and fresh set. The noun must be tagged a noun ("One would hope that facts could" keeps its verb "hope"),
    // "that" must have a subject after it ("the risk that could follow" is a relative), and no finite verb, modal or
    // stop may stand between; "there is a chance that X could" states the possibility itself and stays a hedge, and so
    // does an inference from evidence ("some indication that the field might have been stronger").
    private static bool IsNounsContent(ImmutableArray<Token> tokens, SentenceGrammar grammar, int modalIndex)
    {
        for (var k = modalIndex - 2; k >= Math.Max(1, modalIndex - 1 - MaxContentSubject); k--)
        {
            if (tokens[k + 1].Kind is TokenKind.Punctuation or TokenKind.Quote
                || grammar.TagAt(k + 1) is PosTag.MD or PosTag.VBD or PosTag.VBZ or PosTag.VBP)
            {
                return false;
            }

            if (!tokens[k].Is("that"))
            {
                continue;
            }

            var noun = tokens[k - 1];
            return grammar.TagAt(k - 1) is PosTag.NN or PosTag.NNS
                && (WordClasses.ContentNouns.Contains(noun.Text) || WordClasses.ClaimContentNouns.Contains(noun.Text)
                    || WordClasses.TopicClauseNouns.Contains(noun.Text))
                && !WordClasses.InferenceContentNouns.Contains(noun.Text) && !IsExistential(tokens, k - 1)
                && !FollowsSubjectPronoun(tokens, grammar, k - 1);
        }

        return false;
    }

    // "We also fear that she might accept": a listed noun straight after a subject pronoun, past adverbs, is a verb the
    // tagger took for a noun, and its "that" clause is the speaker's own doubt (rev38).
    private static bool FollowsSubjectPronoun(ImmutableArray<Token> tokens, SentenceGrammar grammar, int noun)
    {
        var k = noun - 1;
        while (k >= 0 && grammar.TagAt(k) is PosTag.RB)
        {
            k--;
        }

        return k >= 0 && WordClasses.SubjectPronouns.Contains(tokens[k].Text);
    }

    // "there is a real chance that", "there's some risk that": "there" within a few words before the noun
    // (class-existential-subjects).
    private static bool IsExistential(ImmutableArray<Token> tokens, int noun)
    {
        for (var k = noun - 1; k >= Math.Max(0, noun - MaxExistentialReach); k--)
        {
            if (WordClasses.ExistentialSubjects.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "did everything he could", "all (that) they could", "as fast as she could": what someone was able to do.
    private static bool MeasuresAbility(ImmutableArray<Token> tokens, int modalIndex)
    {
        if (tokens.At(modalIndex - 1) is not { } subject || !WordClasses.SubjectPronouns.Contains(subject.Text))
        {
            return false;
        }

        var before = tokens.At(modalIndex - 2);
        if (before is not null && before.Is("that"))
        {
            before = tokens.At(modalIndex - 3);
        }

        return before is not null && (WordClasses.AbilityQuantifiers.Contains(before.Text)
            || before.Is("as") && tokens.At(modalIndex - 4) is { } firstAs && firstAs.Is("as"));
    }

    // "could make a significant difference", "could do lasting damage", "could make it more difficult": an ability verb
    // whose object is an effect or a result foresees a consequence, so the modal guesses as in "could cost" (hedges57).
    // The result must not follow a determiner ("could make a better argument" is what someone is able to do).
    private static bool ForeseesEffect(ImmutableArray<Token> tokens, int verbIndex)
    {
        var verb = tokens[verbIndex];
        for (var j = verbIndex + 1; j <= verbIndex + 4 && j < tokens.Length && tokens[j].IsWord; j++)
        {
            if (WordClasses.ProspectEffectVerbs.Contains(verb.Text) && WordClasses.ProspectEffectNouns.Contains(tokens[j].Text))
            {
                return true;
            }

            if (WordClasses.CausativeVerbs.Contains(verb.Text) && WordClasses.ProspectResultAdjectives.Contains(tokens[j].Text)
                && !WordClasses.Determiners.Contains(tokens[j - 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    // A relative clause whose modal verb has lost its object to the noun the clause describes: "the groceries their
    // families could buy." (a common noun, then the clause's subject), "a plan which the mayor could veto." (a relative
    // pronoun, class-relative-pronouns; not after a preposition: "a blow from which the town may never recover" keeps its
    // object and doubts), "a corner that she could crawl into." ("that" only with a stranded preposition: "the
    // possibility that prices could rise." is a noun's content clause, a possibility). The verb group must end the
    // clause or strand a preposition, so "the plan could cost $5 billion" never matches; a time noun before the subject
    // is an adverbial ("Next year the deficit could rise."), a content noun's clause keeps its doubt without "that" too
    // ("the possibility he may still win", class-content-nouns), and "be" is left out ("whatever it may be").
    private static bool IsGappedRelative(ImmutableArray<Token> tokens, SentenceGrammar grammar, int modalIndex)
    {
        if (modalIndex < 2 || grammar.ChunkAt(modalIndex, ChunkKind.VerbGroup) is not { } verbs || verbs.Start != modalIndex
            || grammar.TagAt(verbs.Head) != PosTag.VB || tokens[verbs.Head].Is("be")
            || grammar.ChunkAt(modalIndex - 1, ChunkKind.NounPhrase) is not { } subject || subject.End != modalIndex || subject.Start == 0)
        {
            return false;
        }

        var particle = verbs.End < tokens.Length && grammar.TagAt(verbs.End) is PosTag.IN or PosTag.RP;
        var stranded = particle && EndsClause(tokens, verbs.End + 1);
        if (!stranded && !EndsClause(tokens, verbs.End) && !(particle && IsAdjunctAfterParticle(grammar, verbs.End + 1)))
        {
            return false;
        }

        var before = tokens[subject.Start - 1];
        return grammar.TagAt(subject.Start - 1) is PosTag.NN or PosTag.NNS && !WordClasses.TimeUnits.Contains(before.Text)
                && !WordClasses.ContentNouns.Contains(before.Text)
            || WordClasses.RelativePronouns.Contains(before.Text) && (stranded || !before.Is("that"))
                && !(subject.Start > 1 && grammar.TagAt(subject.Start - 2) == PosTag.IN);
    }

    // "the donors he could win over with a strong showing", "chits he could call in should he run": a stranded particle
    // followed by an adjunct (a preposition) or an inverted condition (a modal) ends the verb's clause as a stop would.
    // Only for a noun or "which"/"who" before the subject: after "that" the stranded particle must end the clause, since
    // "the risk that the economy could slow down in the spring" is a content clause with a phrasal verb.
    private static bool IsAdjunctAfterParticle(SentenceGrammar grammar, int index) =>
        grammar.TagAt(index) is PosTag.IN or PosTag.MD;

    // News: "big data that could be analyzed", "a bomb which could be loaded on to a missile", "a rule change that could
    // be accomplished with 51 votes": "could be" and a participle straight after a thing's relative pronoun says what can
    // be done with the thing (ability, GUIDELINES.md section 1), not the author's doubt. A content noun's "that" opens
    // the possibility itself ("the risk that could be …" is left to the other checks), and "could be seen as" weighs an
    // interpretation, which stays a hedge. Only "could": "may be" and "might be" there are the author's guesses.
    private static bool IsPassiveCapacity(ImmutableArray<Token> tokens, SentenceGrammar grammar, int modalIndex)
    {
        if (!tokens[modalIndex].Is("could") || modalIndex < 2 || tokens.At(modalIndex + 1) is not { } be || !be.Is("be")
            || grammar.TagAt(modalIndex + 2) != PosTag.VBN || tokens.At(modalIndex + 3) is { } next && next.Is("as"))
        {
            return false;
        }

        var pronoun = tokens[modalIndex - 1];
        return pronoun.Lower() is "that" or "which" && grammar.TagAt(modalIndex - 2) is PosTag.NN or PosTag.NNS
            && !WordClasses.ContentNouns.Contains(tokens[modalIndex - 2].Text);
    }

    // News: "People could opt to receive it", "Speaker Ryan could ignore the rule", "The president could fire them":
    // an agent (a personal pronoun, a capitalised name or a noun for people or a body, class-agent-nouns) before
    // "could", then a verb of deliberate action (class-choice-verbs, and class-option-verbs, which only this rule
    // reads), past adverbs ("could still apply"), is the option that agent has: ability or permission, which
    // GUIDELINES.md section 1 keeps out of hedges. What happens
    // to the agent ("Trump could lose", "who could be a crucial vote") and what an event or a measure may do ("a method
    // that could undercount", "the number could grow") stay hedges: the verb, not the subject, carries that difference.
    // Only "could": after "may" and "might" the same verbs are mostly the author's guess about what the agent will choose
    // ("Kim may ask for the troops to be removed", "the governor might veto it"), as the whole-corpus sample showed.
    private static bool IsAgentsOption(ImmutableArray<Token> tokens, SentenceGrammar grammar, int modalIndex)
    {
        if (!tokens[modalIndex].Is("could") || modalIndex == 0 || !IsAgent(tokens[modalIndex - 1], grammar.TagAt(modalIndex - 1))
            || IsEventName(tokens, modalIndex - 1))
        {
            return false;
        }

        // The agent must be the modal's subject, not a preposition's object inside it: "a second term for Trump could
        // give him", "a big win in the Empire State could give Trump" are the author's guesses about an event.
        var start = grammar.ChunkAt(modalIndex - 1, ChunkKind.NounPhrase) is { } phrase && phrase.End == modalIndex ? phrase.Start : modalIndex - 1;
        if (start > 0 && grammar.TagAt(start - 1) == PosTag.IN && !GrammarLexicons.Default.Subordinators.Contains(tokens[start - 1].Text))
        {
            return false;
        }

        // Nor the subject of a possibility's content clause ("raising the possibility (that) he could agree to a deal"),
        // which doubts as "the possibility that prices could rise" does (hedges28, from the corpus sample). A verb before
        // the agent is no such sign: it is most often the clause's own subject after "wish", "ruled" or "suggested".
        if (IsContentClauseSubject(tokens, start))
        {
            return false;
        }

        // The tagger reads "back" ("lawmakers could back a tax increase") as an adverb, so a listed verb ends the walk
        // past adverbs before its tag is asked.
        var verb = modalIndex + 1;
        while (verb < tokens.Length && !IsOptionVerb(tokens[verb]) && grammar.TagAt(verb) is PosTag.RB or PosTag.RBR)
        {
            verb++;
        }

        if (verb >= tokens.Length)
        {
            return false;
        }

        // In a past-tense sentence an agent's "could" before any verb of its own is what the agent was able or allowed
        // to do then ("until his mother flew up and he could stay with her", "workers who were promised they could keep
        // their plans", "how he could dress"): past ability or permission, not the author's doubt (hedges42). What might
        // befall the agent ("he could lose the election", class-past-outcome-verbs), "be" and "have" stay hedges.
        return IsOptionVerb(tokens[verb])
            || grammar.TagAt(verb) == PosTag.VB && !tokens[verb].Is("be") && !tokens[verb].Is("have")
                && !WordClasses.PastOutcomeVerbs.Contains(tokens[verb].Text) && NarratesThePast(tokens, grammar, start);
    }

    // A past-tense verb (VBD) before the agent, with no "if" before it and no "but" or "yet" between them. "If Cruz
    // did that …, he could block Trump" supposes; its consequent is the author's guess (hedges42's allsides sample). A
    // past clause before "but" is background to the author's guess: "Obama kept his distance …, but … Obama could
    // benefit", "She didn't provide details …, but she could theoretically do so" (rev36). A wider clause-level tense
    // (the nearest finite verb, stopping at subordinators, ", and" or ";") restored more wrong hedges than right on
    // allsides ("before he could finish", "when polls started to slip …, they could check"; mend37).
    private static bool NarratesThePast(ImmutableArray<Token> tokens, SentenceGrammar grammar, int end)
    {
        var past = false;
        for (var k = end - 1; k >= 0; k--)
        {
            if (tokens[k].Is("if") || (!past && (tokens[k].Is("but") || tokens[k].Is("yet"))))
            {
                return false;
            }

            past |= grammar.TagAt(k) == PosTag.VBD;
        }

        return past;
    }

    // "Hurricane Maria hit …, and Maria could …", "Tropical Storm Harvey could top the 52 inches": a name the sentence
    // gives a storm (class-event-name-heads) is an event, whose "could" is the author's guess, not an agent's option.
    private static bool IsEventName(ImmutableArray<Token> tokens, int name)
    {
        for (var j = 1; j < tokens.Length; j++)
        {
            if (tokens[j].Text == tokens[name].Text && WordClasses.EventNameHeads.Contains(tokens[j - 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOptionVerb(Token word) =>
        word.IsWord && (WordClasses.ChoiceVerbs.Contains(word.Text) || WordClasses.OptionVerbs.Contains(word.Text));

    // The subject starts straight after a content noun ("the possibility he could"), or after its "that".
    private static bool IsContentClauseSubject(ImmutableArray<Token> tokens, int start)
    {
        var before = start > 0 && tokens[start - 1].Is("that") ? start - 2 : start - 1;
        return before >= 0 && WordClasses.ContentNouns.Contains(tokens[before].Text);
    }

    // A plural agent noun is looked up as its singular ("migrants", "parties": WordClass.ContainsNounOrPlural). Not
    // HedgeCandidateReader.Stem: that strips endings (-s, -ing, -ed, -e) from longer words to pool the hedge model's
    // features, a different job on other words.
    private static bool IsAgent(Token word, PosTag tag)
    {
        if (!word.IsWord || FunctionWords.Is(word, "it"))
        {
            return false;
        }

        var lower = word.Lower();
        return tag is PosTag.NNP or PosTag.NNPS || tag == PosTag.PRP && WordClasses.SubjectPronouns.Contains(lower)
            || WordClasses.AgentNouns.ContainsNounOrPlural(lower);
    }

    private static bool EndsClause(ImmutableArray<Token> tokens, int index) =>
        index >= tokens.Length || tokens[index].Kind is TokenKind.Punctuation or TokenKind.Quote;

    // "That may be because …": the author's own explanation, even when the sentence ends by citing a poll.
    private static bool IsExplanation(ImmutableArray<Token> tokens, int modalIndex) =>
        tokens.At(modalIndex + 1) is { } be && be.Is("be") && tokens.At(modalIndex + 2) is { } because && because.Is("because");

    private static bool IsConceded(ImmutableArray<Token> tokens, int modalIndex)
    {
        for (var j = modalIndex + 2; j + 1 < tokens.Length; j++)
        {
            if (tokens[j].Text is "," or ";" && tokens[j + 1].Lower() is "but" or "yet")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsComparisonStandard(ImmutableArray<Token> tokens, int modalIndex) =>
        tokens.At(modalIndex - 1) is { } subject && (WordClasses.SubjectPronouns.Contains(subject.Text) || subject.Is("one"))
        && tokens.At(modalIndex - 2) is { } than && than.Is("than");

    // "one" straight before the modal (not "the one", which names someone), then a verb of thinking or asking, past one
    // adverb ("one might even ask").
    private static bool IsGenericThought(ImmutableArray<Token> tokens, int modalIndex)
    {
        if (tokens.At(modalIndex - 1) is not { } one || !one.Is("one") || tokens.At(modalIndex - 2) is { } the && the.Is("the"))
        {
            return false;
        }

        var verb = tokens.At(modalIndex + 1);
        if (verb is not null && (WordClasses.PerfectAdverbs.Contains(verb.Text) || verb.Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase)))
        {
            verb = tokens.At(modalIndex + 2);
        }

        return verb is { IsWord: true } && WordClasses.GenericThoughts.Contains(verb.Text);
    }

    // A listed idiom (class-modal-idioms) that starts at or before the modal and runs past it. Only a modal's token gets
    // here, so trying every start back to the sentence's first costs nothing a lint notices, and no idiom's length is
    // written into the code.
    private static bool InIdiom(ImmutableArray<Token> tokens, int modalIndex)
    {
        for (var start = modalIndex; start >= 0; start--)
        {
            if (WordClasses.ModalIdioms.LongestMatchAt(tokens, start, out _) > modalIndex - start)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEpistemic(ImmutableArray<Token> tokens, SentenceGrammar grammar, int i, bool research)
    {
        var modal = tokens[i];
        var previous = tokens.At(i - 1);
        var next = tokens.At(i + 1);
        if (next is null || !next.IsWord)
        {
            return false;
        }

        // "May" capitalised mid-sentence is the month or a name; sentence-initial "May 5" too.
        // A sentence-initial "May" before a past or third-person verb ("May brought rain") is the month too.
        // The irregular verbs that follow the month are listed (class-month-may-verbs).
        if (modal.Text == "May" && (i > 0 || next.Kind == TokenKind.Number || next.Text == "," || WordClasses.MonthMayVerbs.Contains(next.Text)
            || next.Text.EndsWith("ed", StringComparison.Ordinal) || (next.Text.EndsWith('s') && !next.Text.EndsWith("ss", StringComparison.Ordinal))))
        {
            return false;
        }

        // "May the best candidate win", "May God bless America": a sentence-opening "May" before its subject is a wish
        // (the optative), not a possibility.
        if (modal.Text == "May" && i == 0 && (WordClasses.Determiners.Contains(next.Text) || next.IsCapitalized))
        {
            return false;
        }

        // "— may the Lord help us all", "; may God bless them": the same wish opening a clause after a break or a
        // coordinator. Epistemic "may" follows its subject, so "may" straight before a determiner or a name is inverted,
        // and outside a question (skipped above) an inverted "may" wishes.
        if (modal.Text == "may" && previous is { } before && (PhraseBreaks.EndsPhrase(before) || before.Lower() is "and" or "but" or "so")
            && (WordClasses.Determiners.Contains(next.Text) || next.IsCapitalized && !next.Is("I")))
        {
            return false;
        }

        // "(or donkey, as the case may be)" picks whichever applies; "might as well be one" means "is in effect": set
        // phrases (class-modal-idioms) that doubt nothing.
        if (InIdiom(tokens, i))
        {
            return false;
        }

        if (modal.Is("might") && (previous is not null && MightNounModifiers.Contains(previous.Text) || next.Is("of") || next.Is("and")))
        {
            return false;
        }

        // Inverted questions and requests: "may I", "could you", "might there be".
        if (WordClasses.SubjectPronouns.Contains(next.Text) || next.Is("there"))
        {
            return false;
        }

        // "what" opens an embedded question, except where the modal names a possibility ("what could be the deadliest").
        if (previous is not null && NonEpistemicOpeners.Contains(previous.Text) && !NamedPossibility.Holds(tokens, grammar, i))
        {
            return false;
        }

        // "No one could ever accuse Jeb of that", "something no future candidate could bank on", "none of us could": a
        // subject that denies itself before "could" denies the ability or the possibility outright; the gold labels no
        // such modal an author hedge (hedges37: pool 3 false alarms, 10 sentences in tune and fresh sets, none labelled).
        // Not "may"/"might": "none of this may matter" is the author's guess that nothing comes of it (the corpus's
        // first run read it so), and "no one may interfere" grants or withholds leave.
        if (modal.Is("could") && DeniedPossibility.HasNegativeSubject(tokens, grammar, i))
        {
            return false;
        }

        // "could face up to 10 years in prison", "could be subject to sanctions": the penalty a law sets, which the gold
        // never labels an author hedge (hedges44); "could face repercussions" keeps its doubt (no penalty noun).
        if (StatesPenalty(tokens, grammar, i))
        {
            return false;
        }

        for (var back = i - 2; back >= Math.Max(0, i - 5); back--)
        {
            // A phrase ("by the time") must end before the modal and open onto a word, as a one-word opener does. The
            // word straight before the modal must end the opened clause's subject: after a break or a relative pronoun
            // the opener was a preposition or an aside and the modal another clause's ("two weeks before the primary
            // election, may hold some clues", "before an election that could sway", "the endorsement, if given, could
            // prove critical"; hedges54: two pool author labels). Not after "and": "ask if I was home and could come out"
            // goes on inside the condition.
            var opener = WordClasses.ModalClauseOpeners.LongestMatchAt(tokens, back, out _);
            var last = tokens[i - 1];
            if (opener > 0 && back + opener < i && tokens[back + opener].Kind != TokenKind.Punctuation && last.Kind != TokenKind.Punctuation
                && !(WordClasses.RelativePronouns.Contains(last.Text) && !IsDemonstrativeSubject(tokens, grammar, i - 1, back + opener)))
            {
                return false;
            }

            if (tokens[back].Kind == TokenKind.Punctuation)
            {
                break;
            }
        }

        // "could have made a central office obsolete": a counterfactual about the past, not doubt about a claim. Any
        // modal perfect is one when the sentence states a condition contrary to fact ("If the vote had been held, it
        // might have passed"); without one "may/might have gone" stays the author's guess about the past.
        // An adverb may stand before "have" too ("a profit that could otherwise have gone to the taxpayers"), but only one
        // that keeps the perfect contrary to fact (class-pre-perfect-adverbs): "could also have violated the code" guesses.
        var have = next.IsWord && WordClasses.PrePerfectAdverbs.Contains(next.Text) && tokens.At(i + 2) is { } after && after.Is("have") ? i + 2 : i + 1;
        var perfect = tokens[have].Is("have") ? PerfectParticipleIndex(tokens, have + 1) : null;
        if (perfect is { } participle && (modal.Is("could") && IsPastParticiple(tokens[participle]) || HasCounterfactualCondition(tokens)))
        {
            return false;
        }

        // "She could have been a shining example", "it might have been worse", "could have been easily resolved": a
        // course that did not happen, which the sentence marks (hedges50; ForgoneAlternative).
        if (perfect is { } been && tokens[been].Is("been") && ForgoneAlternative.IsMarked(tokens, i, been))
        {
            return false;
        }

        // Research prose: "the kinase may bind X, but …" grants a point the authors then override (hedges6's reading,
        // which the CoNLL/Szeged rows keep). News reads the concession as the author's hedge: GUIDELINES section 5
        // ("a concessive 'X may not be…, but…' → hedge"), and the pool labels "X may …, but", "While X may …" and "as
        // difficult as it may be" author hedges 37 times of 46 (hedges33). Permission and ability are read above.
        if (research && modal.Is("may") && !next.Is("not") && !next.Is("be") && IsConceded(tokens, i))
        {
            return false;
        }

        // "less divided than we might appear", "more fragile than one might think": the modal sits in the standard a
        // comparison sets and the author's claim overturns; "One might think that is trivial. But …": what any reader
        // would think, set up to be answered. "One might say" and "one could argue" soften the author's own claim and
        // stay reported.
        if (IsComparisonStandard(tokens, i) || IsGenericThought(tokens, i))
        {
            return false;
        }

        if (modal.Is("could"))
        {
            if (AbilityVerbs.Contains(next.Text) && !ForeseesEffect(tokens, i + 1) || next.Text.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || MeasuresAbility(tokens, i))
            {
                return false;
            }

            if (modal.Text.Equals("couldn't", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            // "we found that X could activate Y": a finding about what X can do, not a possibility.
            if (FollowsFinding(tokens, i))
            {
                return false;
            }
        }

        return true;
    }
}
