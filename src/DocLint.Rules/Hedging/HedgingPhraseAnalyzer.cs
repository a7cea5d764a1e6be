using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Hedging;

/// <summary>DL1001: the author's own hedges ("presumably", "it seems", "most likely").</summary>
internal sealed class HedgingPhraseAnalyzer : ProseAnalyzer
{

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.HedgingPhrase,
        "Hedging word or phrase",
        "'{0}' hedges the claim; state what is known and who says so, or drop the hedge",
        RuleCategories.Hedging,
        DiagnosticSeverity.Warning,
        "A hedge in the author's voice signals that a claim is not established. Quotations and reported speech are exempt: there the hedge belongs to the source.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterSentenceAction(Analyze);
    }

    // doclint_genre (research, reference) adds the cues learned for that genre; news is the default lexicon.
    private readonly ConfiguredLexicon _hedges = new(RuleIds.HedgingPhrase, static (AnalyzerOptions options) => RuleLexicons.HedgesFor(options.Get(PolicyKeys.Genre)));

    // Where the genre has a hedge model (rules/models/hedge-model-{genre}.tsv), the model decides each candidate.
    private readonly ConditionalWeakTable<AnalyzerOptions, ModelSettings> _models = [];

    // How many words may stand between the anticipatory "it" and an open-question entry: "it is not yet" (three) or
    // "it has also not been" (four).
    private const int MaxOpenQuestionReach = 4;

    // How many modifiers may stand between a forecasting "likely" and its noun: "a likely positive recommendation",
    // "the likely U.S. default".
    private const int MaxForecastModifiers = 2;

    // Made once: the method group passed at each sentence was a new delegate each time.
    private readonly ConditionalWeakTable<AnalyzerOptions, ModelSettings>.CreateValueCallback _configure;

    public HedgingPhraseAnalyzer()
    {
        _configure = Configure;
    }

    // The news list's entries: the model reads the hand-written verdict on them as one of its features.
    private static readonly Lazy<FrozenSet<string>> NewsEntries =
        new(() => RuleLexicons.HedgesWithLearnedEntries.ToFrozenSet(StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);

    private void Analyze(SentenceAnalysisContext context)
    {
        var lexicon = _hedges.For(context.Options);
        var settings = _models.GetValue(context.Options, _configure);
        if (settings.Model is null)
        {
            LexiconRule.Report(context, lexicon, Rule, static use => IsFlaggedHedge(use));
            ReportImpersonalFrames(context, lexicon);
            return;
        }

        var tokens = context.Sentence.Tokens;
        var matches = context.Lexicons.Matches(lexicon);
        if (matches.Count == 0 && !HasVocabularyWord(tokens, settings.Vocabulary))
        {
            return;
        }

        // Only direct quotations are exempt outright; whether reported speech counts is one of the model's features.
        // The feature reads IsOthersVoice, not the hedge rules' IsOthersHedge: the model's weights were learned through
        // it (tools/cues ModelCommand passes the same predicate), the model runs only for research and reference prose,
        // where CoNLL-2010 labels a reported clause's cue uncertain, and UnmarkedReports is the news reading of a
        // zero-"that" clause (hedges26: no news finding can move, and the research genre should not learn it unasked).
        var reading = context.Semantics;
        foreach (var candidate in HedgeCandidateReader.Read(tokens, context.Grammar, matches, m => IsHedgeUse(tokens, m), NewsEntries.Value, settings.Vocabulary, reading.IsOthersVoice))
        {
            // A term the user added is theirs to flag; the model never saw it.
            if (reading.IsQuoted(candidate.Start) || (!settings.Added.Contains(candidate.Cue) && !settings.Model.IsHedge(candidate)))
            {
                continue;
            }

            context.ReportTokens(Rule, candidate.Start, candidate.End);
        }
    }

    // "It's possible voters will …", "there's a decent chance my parents will read this", "there is some reason to
    // believe that …" (ImpersonalHedgeFrame; hedges40: 13 labelled to 2 unlabelled author-voice frames over the pool and
    // fresh14-34). A frame that holds a listed entry ("it's possible that") is the entry's to report or turn down; a
    // quoted, reported or asked frame is the speaker's, as every hedge is.
    private static void ReportImpersonalFrames(SentenceAnalysisContext context, Lexicon lexicon)
    {
        var tokens = context.Sentence.Tokens;
        IReadOnlyList<LexiconMatch>? matches = null;
        foreach (var frame in ImpersonalHedgeFrame.Read(tokens, context.Grammar))
        {
            matches ??= context.Lexicons.Matches(lexicon);
            if (matches.Any(m => m.Overlaps(frame.Start, frame.End)) || QuestionClauses.IsAsked(tokens, frame.Start)
                || context.Semantics.IsOthersHedge(frame.Start))
            {
                continue;
            }

            context.ReportTokens(Rule, frame.Start, frame.End);
        }
    }

    // The hand-written rule's reading of one match: the hedge use is tested once, on the words alone, and the sentence's
    // semantics are read only for a match that passes it (before, the use test ran up to three times a match: once to
    // accept it, again inside the "likely before an s-word" test, and a third time inside the exemption built on it).
    private static bool IsFlaggedHedge(LexiconUse use)
    {
        var (tokens, match) = (use.Tokens, use.Match);

        // News: "indicate(s)/indicating that" is no hedge, with things as its subject too (class-indicate-forms;
        // hedges49). The research model keeps reading hedges.txt's entries (CoNLL-2010 labels them).
        if (WordClasses.IndicateForms.Contains(tokens[match.Start].Text))
        {
            return false;
        }

        var hedgeUse = IsHedgeUse(tokens, match);
        var likelyBeforeSWord = !hedgeUse && IsLikelyBeforeSWord(tokens, match);
        if (!hedgeUse && !likelyBeforeSWord && !IsForecastBeforeNoun(use.Semantics, match))
        {
            return false;
        }

        // "to test the hypothesis that", "about the possibility that": a supposition someone weighs, not the author's.
        if (SuppositionEntries.IsNamedSupposition(tokens, use.Semantics.Grammar, match))
        {
            return false;
        }

        // A hedge inside a question asks about a possibility (QuestionClauses, shared with DL1002).
        if (QuestionClauses.IsAsked(tokens, match.Start))
        {
            return false;
        }

        // News: "more or less permanently", "more or less likely": a softened degree or a comparison (class-degree-softeners),
        // unless it approximates a noun phrase ("more or less an orphan").
        if (WordClasses.DegreeSofteners.Contains(match.Entry) && !(tokens.At(match.End) is { } next && WordClasses.Determiners.Contains(next.Text)))
        {
            return false;
        }

        // News: "It was not immediately clear how many …", "it is unclear whether the SDF would comply": the report says
        // what is not yet known, and the annotators leave it unlabelled in most tuning sentences (class-open-question-hedges).
        if (IsOpenQuestion(tokens, use.Semantics.Grammar, match))
        {
            return false;
        }

        var reading = use.Semantics;
        return !(reading.IsOthersHedge(match.Start) || IsSourcesInference(reading, match.Start) || IsSourcesParticiple(reading, match.Start)
            || IsPlainEvidentialUse(reading, match) || (likelyBeforeSWord && IsLikelyBeforeNoun(reading, match))
            || IsSuperlativeBeforeNoun(reading, match) || IsRankingSuperlative(reading, match));
    }

    // "It was not immediately clear how", "it's unclear whether", "it is not yet clear whether": an open-question entry
    // whose subject is the anticipatory "it", reached back over the copula ("is", "was", "remained", "has been") and
    // adverbs ("not", "still", "also", "immediately"). A named subject stays a hedge ("the mechanism is unclear",
    // "That remains unclear"): the tuning sets hold none of those, and CoNLL-2010 labels them uncertain.
    private static bool IsOpenQuestion(ImmutableArray<Token> tokens, SentenceGrammar grammar, LexiconMatch match)
    {
        if (!WordClasses.OpenQuestionHedges.Contains(match.Entry))
        {
            return false;
        }

        // An entry may hold its "it" ("it is unclear whether"); the words before any other are read back to it.
        if (FunctionWords.Is(tokens[match.Start], "it"))
        {
            return true;
        }

        for (var j = match.Start - 1; j >= 0 && j >= match.Start - MaxOpenQuestionReach; j--)
        {
            // "it's" is one token, the "it" and its copula fused: read as "it is" (new50: it fell through before).
            if (FunctionWords.Is(tokens[j], "it") || tokens[j].Is("it's"))
            {
                return true;
            }

            var tag = grammar.TagAt(j);
            if (!(tag.IsAdverb() || tag is PosTag.VBZ or PosTag.VBD or PosTag.VBP or PosTag.VBN || WordClasses.BeVerbs.Contains(tokens[j].Text)))
            {
                return false;
            }
        }

        return false;
    }

    // Most sentences have no candidate: a plain loop, as this runs on every sentence of the genre.
    private static bool HasVocabularyWord(ImmutableArray<Token> tokens, FrozenSet<string> vocabulary)
    {
        foreach (var token in tokens)
        {
            if (token.IsWord && vocabulary.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    private ModelSettings Configure(AnalyzerOptions options)
    {
        var model = HedgeModels.For(options.Get(PolicyKeys.Genre));
        if (model is null)
        {
            return new ModelSettings(null, FrozenSet<string>.Empty, FrozenSet<string>.Empty);
        }

        var allowed = options.GetList(_hedges.AllowedTermsOption).ToHashSet(StringComparer.Ordinal);
        var added = options.GetList(_hedges.AdditionalTermsOption).ToFrozenSet(StringComparer.Ordinal);
        return new ModelSettings(model, model.Vocabulary.Where(w => !allowed.Contains(w)).ToFrozenSet(StringComparer.OrdinalIgnoreCase), added);
    }

    /// <summary>A genre's model with the user's terms applied: allowed words leave the vocabulary, added ones always fire.</summary>
    private sealed record ModelSettings(HedgeModel? Model, FrozenSet<string> Vocabulary, FrozenSet<string> Added);

    // "Jonathan Marcus suggests that", "Recent data from the CDC suggest that", "studies suggest that":
    // an evidence verb whose subject is a person, a body, a document or a vague source reports that source's reading
    // (attribution, or DL3001's unnamed source; guidelines sections 1 and 5), not the author's hedge. The author's own
    // inference from things ("California's problems suggest that", "Signs of a weaker jobs picture suggest") stays a
    // hedge: the subject's head must be a name, a pronoun, or a source, document or group noun.
    private static bool IsSourcesInference(SentenceSemantics reading, int index)
    {
        var tokens = reading.Tokens;
        if (!WordClasses.EvidenceVerbs.Contains(tokens[index].Text))
        {
            return false;
        }

        foreach (var attribution in reading.Attributions)
        {
            if (attribution.VerbStart != index || attribution.SourceFollowsVerb || attribution.Kind == AttributionKind.Author)
            {
                continue;
            }

            // The head of the subject's first noun phrase: "Her involvement in … Honduras" is about the involvement,
            // "BBC defence correspondent Jonathan Marcus" about Marcus, "Trump's many experiences" about experiences.
            var grammar = reading.Grammar;
            var head = attribution.SourceEnd - 1;
            if (grammar.ChunkAt(attribution.SourceStart, ChunkKind.NounPhrase) is { } subject && subject.Head < attribution.SourceEnd)
            {
                head = subject.Head;
            }

            if (SourceReadingClauses.IsSourceHead(tokens, grammar, head))
            {
                return true;
            }
        }

        return false;
    }

    // "a new poll suggesting that", "The report revised job gains upward, suggesting a healthier market": the word
    // straight before the participle, past "not", "also" and a form of "do" (class-indication-fillers), is its subject.
    // The same heads as IsSourcesInference make it a source's reading; things ("data suggesting that", "Productivity
    // grew 1.3%, suggesting that") leave the author's hedge. News reaches this with "suggesting" only: IsFlaggedHedge
    // turns every "indicate" entry down first (hedges49), so the finite "Senate records indicate that" is read no more.
    private static bool IsSourcesParticiple(SentenceSemantics reading, int index)
    {
        var tokens = reading.Tokens;
        if (!WordClasses.IndicationVerbs.Contains(tokens[index].Text) || !tokens[index].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var head = SourceReadingClauses.SubjectHeadBefore(tokens, index) ?? -1;
        if (head > 0 && tokens[head].Text == ",")
        {
            return IsSpeakersParticiple(reading, head);
        }

        if (head < 0 || !tokens[head].IsWord)
        {
            return false;
        }

        return SourceReadingClauses.IsSourceHead(tokens, reading.Grammar, head);
    }

    // ", suggesting that" / ", indicating that" hangs on the clause before the comma. "The report revised job gains
    // upward, suggesting a healthier market": a document's subject makes it the document's reading; "Trump tweeted,
    // suggesting that", "[Trump] told lawmakers …, even suggesting a name": a speech act before the comma makes it the
    // speaker's. Things that happened ("Productivity grew 1.3%, indicating that", "The limits have affected Muslims most,
    // suggesting that") leave the author's inference, a hedge, and so does a person who only acts ("Republicans have
    // translated their advantages into a modest lead, indicating that"): a name alone does not count here.
    private static bool IsSpeakersParticiple(SentenceSemantics reading, int comma)
    {
        foreach (var attribution in reading.Attributions)
        {
            if (attribution.VerbStart < comma && attribution.Kind != AttributionKind.Author)
            {
                return true;
            }
        }

        var grammar = reading.Grammar;
        var clause = grammar.ClauseAt(comma - 1);
        foreach (var chunk in grammar.Chunks)
        {
            if (chunk.Start < clause.Start || chunk.Start >= comma)
            {
                continue;
            }

            // The clause's first noun phrase is its subject only when a verb group follows it.
            var word = reading.Tokens[chunk.Head].Text;
            return chunk.Kind == ChunkKind.NounPhrase && grammar.ChunkAt(chunk.End, ChunkKind.VerbGroup) is not null
                && (WordClasses.DocumentNouns.Contains(word) || WordClasses.MessageNouns.Contains(word));
        }

        return false;
    }

    // The evidentials of hedges-news.txt hedge in one use only. The adjective ("apparent") must stand before the noun it
    // describes ("an apparent suicide", "the apparent misstep"): as a predicate it says the thing is plain to see ("it
    // became apparent that"), and "heir apparent" is a title. The verb ("appear") must take an adjective or participle
    // as its predicate, straight or after one adverb ("appears ready", "appeared skeptical", "appears largely
    // lacking"): before a place, a programme or a time it means to show up ("appeared on Fox News", "appear before the
    // committee", "appeared online", class-appearance-places). After "to" or a modal it is how someone wants to look or
    // could look ("in their rush to appear sympathetic", "can appear starkly different"), not the author's impression.
    private static bool IsPlainEvidentialUse(SentenceSemantics reading, LexiconMatch match)
    {
        var tokens = reading.Tokens;
        var index = match.Start;
        if (match.Length != 1 || !RuleLexicons.NewsEvidentials.ContainsWord(tokens[index].Text))
        {
            return false;
        }

        var grammar = reading.Grammar;
        // The news evidentials' forms of "suggest" ("suggest", "suggests": hedges-news.txt) hedge as an inference.
        if (WordClasses.SuggestForms.Contains(tokens[index].Text))
        {
            return !IsInferenceFromThings(reading, index);
        }

        if (grammar.TagAt(index) == PosTag.JJ)
        {
            return !(grammar.ChunkAt(index, ChunkKind.NounPhrase) is { } phrase && phrase.Head > index);
        }

        if (index > 0 && grammar.TagAt(index - 1) is PosTag.TO or PosTag.MD)
        {
            return true;
        }

        var next = index + 1;
        if (next < tokens.Length && grammar.TagAt(next) is PosTag.RB or PosTag.RBR)
        {
            next++;
        }

        return next >= tokens.Length || !tokens[next].IsWord || grammar.TagAt(next) is not (PosTag.JJ or PosTag.JJR or PosTag.VBN)
            || WordClasses.AppearancePlaces.Contains(tokens[next].Text);
    }

    // "The outrage suggests the 70-year-old Neal could", "his initial staffing decisions suggest he's dead serious": a
    // bare "suggest(s)" before a clause (a pronoun subject, or a noun phrase with its finite verb; "suggests that/a/an"
    // are hedges.txt's) is the author's inference from things (hedges47: over the pool and fresh14-38 the gold labels 8
    // such with a thing or event subject and leaves 3). A source's reading is left by the exemptions every "suggest"
    // passes (IsSourcesInference). An evidence noun straight before the verb ("Current estimates", "Early research
    // suggests we") is an unnamed source's finding, which the gold leaves to DL3001 (guidelines section 5).
    private static bool IsInferenceFromThings(SentenceSemantics reading, int index)
    {
        var tokens = reading.Tokens;
        if (index == 0 || index + 1 >= tokens.Length)
        {
            return false;
        }

        // A coordinated verb ("Trump said he supports it, but suggests Castro should", "or suggest women can't
        // compete") shares the earlier clause's subject, mostly a person proposing or reading something (class-coordinators).
        var subject = tokens[index - 1];
        if (WordClasses.ResearchEvidenceNouns.Contains(subject.Text) || WordClasses.BareEvidenceNouns.Contains(subject.Text)
            || WordClasses.Coordinators.Contains(subject.Text))
        {
            return false;
        }

        // The clause's verb must be finite: "suggests widespread efforts to make adjustments" names a thing.
        var grammar = reading.Grammar;
        return ReportedSpeechReader.OpensWithPronounSubject(tokens, index + 1)
            || (grammar.ChunkAt(index + 1, ChunkKind.NounPhrase) is { } clauseSubject && clauseSubject.Start == index + 1
                && grammar.ChunkAt(clauseSubject.End, ChunkKind.VerbGroup) is { } verb && verb.Start == clauseSubject.End
                && grammar.TagAt(verb.Start) != PosTag.TO && !tokens[verb.Start].Is("to"));
    }

    // "likely" hedges as a predicate or adverb ("is likely to", "will likely"), not as an adjective ("likely voters").
    internal static bool IsHedgeUse(ImmutableArray<Token> tokens, LexiconMatch match)
    {
        // "he could not have possibly done", "what Trump could possibly have said", "as good as we could possibly get":
        // after a denied, asked or limiting modal "possibly" stresses the modal, not the author's doubt (hedges37: 4 pool
        // false alarms; the gold labels no such "possibly", and "people who could possibly have the virus" stays).
        if (match.Entry == "possibly" && DeniedPossibility.IsEmphatic(tokens, match.Start))
        {
            return false;
        }

        var previous = tokens.At(match.Start - 1);
        var next = tokens.At(match.End);
        if (match.Entry is not ("likely" or "unlikely"))
        {
            // The entry's verb is its first word ("seems to", "appear") or, in a belief frame, its last ("I think").
            var first = tokens[match.Start].Text;
            return IsOwnJudgement(tokens, match, previous, next)
                && !(IsBeliefFrame(tokens[match.End - 1].Text) && IsObligationAhead(tokens, match.End))
                && !(WordClasses.ImpressionVerbs.Contains(first) && IsCausedImpression(tokens, match.Start))
                && !(IsImpressionVerb(first) && IsComparedImpression(tokens, match.Start));
        }

        // "were less likely to have their ballots counted", "much more likely than Republicans to think": a comparison of
        // rates, not doubt. So is the superlative that ranks groups ("Adults 65 and older are the least likely to say",
        // "survivors least likely to get help"; hedgelearn21): every corpus "least likely to" is a survey's or a group's
        // rate, while "looks least likely in Colorado" (no "to") is the author's judgement and stays.
        if (previous is not null && previous.Lower() is "more" or "less" or "least" && next is not null && (next.Is("to") || next.Is("than")))
        {
            return false;
        }
        // "twice as likely to be uninsured", "equally likely to say", "disproportionately unlikely to have": rates again.
        if (previous is not null && IsRateComparison(tokens, match.Start))
        {
            return false;
        }

        if (previous is not null && IsMeasuredChance(tokens, match.Start))
        {
            return false;
        }

        if (previous is not null && (WordClasses.Determiners.Contains(previous.Text) || IsAdjectivePreposition(previous)))
        {
            return false;
        }

        // "Likely voters favoured…": at a sentence's start before a plural noun it is the adjective.
        if (previous is null && next is { IsWord: true } && next.Text.EndsWith('s') && !next.Text.EndsWith("ss", StringComparison.Ordinal)
            && next.Lower() is not ("is" or "was" or "has" or "does"))
        {
            return false;
        }

        // "It's likely Sanders' recognition … will push": after a fused subject and "be" (class-subject-contractions)
        // "likely" is the predicate, as after "is", whatever word opens the clause after it (hedges43: a capitalised
        // name there fell through every test below).
        return previous is null
            || WordClasses.BeVerbs.Contains(previous.Text)
            || WordClasses.SubjectContractions.Contains(previous.Text)
            || WordClasses.LikelyHedgeOpeners.Contains(previous.Text)
            || next is null
            || WordClasses.LikelyHedgeFollowers.Contains(next.Text)
            || (previous.IsWord && next.IsWord && !next.IsCapitalized && next.Text.EndsWith('s') is false);
    }

    // "a likely U.S. default", "her likely successor", "the likely direction of the Court": after an article or possessive
    // (class-forecast-determiners) and before the singular common noun that heads its phrase, "likely" forecasts a thing,
    // and the gold labels it the author's hedge (hedges58: 6 missed sentences in fresh28, fresh34, fresh43 and three pool
    // articles). A plural ("likely voters") and a race's role ("the likely Democratic nominee", class-race-role-nouns: the
    // gold marks those borderline or leaves them) stay adjectives. IsHedgeUse has turned such a "likely" down. The
    // determiner is lower-case unless it opens the sentence ("His likely successor …", hedges59): a capital elsewhere is
    // a title's.
    private static bool IsForecastBeforeNoun(SentenceSemantics reading, LexiconMatch match)
    {
        var tokens = reading.Tokens;
        if (match.Entry is not "likely" || tokens.At(match.Start - 1) is not { } previous || !WordClasses.ForecastDeterminers.Contains(previous.Text)
            || !(LetterCase.NoUpper(previous.Text) || OpensSentence(tokens, match)) || tokens.At(match.End) is not { IsWord: true } || IsJudgedAs(tokens, match.Start - 1))
        {
            return false;
        }

        var grammar = reading.Grammar;
        return grammar.ChunkAt(match.End, ChunkKind.NounPhrase) is { } phrase && phrase.Head >= match.End
            && phrase.Head <= match.End + MaxForecastModifiers && grammar.TagAt(phrase.Head) == PosTag.NN
            && !WordClasses.RaceRoleNouns.Contains(tokens[phrase.Head].Text);
    }

    // "His likely successor …": the determiner is the sentence's first word and "likely" is written lower-case (not a title).
    private static bool OpensSentence(ImmutableArray<Token> tokens, LexiconMatch match) =>
        match.Start - 1 == TokenSpans.FirstWord(tokens) && LetterCase.NoUpper(tokens[match.Start].Text);

    // "blocked the rules as a likely violation", "see the chaos as a likely strategic advantage", "under consideration by
    // top Republicans as a likely scenario": "as a" makes the thing the complement of a judging verb, whose subject's
    // estimate "likely" is, not the author's forecast (rev45: 4 of hedges58's 95 allsides additions, all wrong; the gold
    // has none). "as the likely statewide winner" can be the author's and stays a forecast.
    private static bool IsJudgedAs(ImmutableArray<Token> tokens, int determiner) =>
        tokens[determiner].Text is "a" or "an" && tokens.At(determiner - 1) is { } before && before.Is("as");

    // "a total that likely underestimates the number", "Much of this likely boils down to": before a word ending in "s"
    // the words alone cannot tell the adverb (a hedge) from the adjective ("likely voters"), so IsHedgeUse turns such a
    // "likely" down and the news rule takes it as a candidate that the tagger decides (IsLikelyBeforeNoun). Asked only
    // of a match IsHedgeUse has turned down.
    private static bool IsLikelyBeforeSWord(ImmutableArray<Token> tokens, LexiconMatch match) =>
        match.Entry is "likely" or "unlikely"
        && tokens.At(match.Start - 1) is { IsWord: true } previous
        && !WordClasses.Determiners.Contains(previous.Text) && !IsAdjectivePreposition(previous)
        && tokens.At(match.End) is { IsWord: true, IsCapitalized: false } next
        && next.Text.EndsWith('s') && !next.Text.EndsWith("ss", StringComparison.Ordinal);

    // "among likely voters", "a poll of likely voters" (class-likely-adjective-prepositions): written lower-case, as the
    // check has always read them.
    private static bool IsAdjectivePreposition(Token? previous) =>
        WordClasses.LikelyAdjectivePrepositions.Contains(previous.Text) && LetterCase.NoUpper(previous.Text);

    // The candidate above is a hedge when the word after it is tagged a present-tense verb, or when a common noun or a
    // pronoun stands before it as the verb's subject ("the organization likely has", "it likely comes", "which likely
    // includes"); tags miss "needs" and "boils" after the adverb often enough that the subject has to count. A name
    // before it does not count alone: "New Hampshire likely voters". Asked only of a candidate IsLikelyBeforeSWord took.
    private static bool IsLikelyBeforeNoun(SentenceSemantics reading, LexiconMatch match)
    {
        // "It's likely hospitals are trying": a predicate with its "that" left out.
        var grammar = reading.Grammar;
        if (grammar.TagAt(match.End) is PosTag.VBZ || WordClasses.SubjectContractions.Contains(reading.Tokens[match.Start - 1].Text))
        {
            return false;
        }

        return grammar.TagAt(match.Start - 1) is not (PosTag.NN or PosTag.NNS or PosTag.PRP or PosTag.WDT or PosTag.WP)
            || IsNounPhraseEnd(reading, match.End + 1);
    }

    // What follows a plural subject ("likely voters divide", "women likely voters and men", "unlikely victims."): a
    // verb, a conjunction, a stop or nothing. A verb's object or adverb follows the verb instead ("likely needs a",
    // "likely comes as", "likely stops here").
    private static bool IsNounPhraseEnd(SentenceSemantics reading, int index) =>
        index >= reading.Tokens.Length || !reading.Tokens[index].IsWord
        || reading.Grammar.TagAt(index) is PosTag.VBP or PosTag.VBD or PosTag.VBG or PosTag.VBN or PosTag.VBZ or PosTag.MD or PosTag.CC;

    // "the most likely causes of the decline", "her most likely successor": after a determiner and before a noun,
    // "most likely" is a superlative adjective that ranks the candidates, not the author's doubt about a claim.
    private static bool IsSuperlativeBeforeNoun(SentenceSemantics reading, LexiconMatch match)
    {
        if (match.Entry is not "most likely" || reading.Tokens.At(match.Start - 1) is not { } previous
            || !(WordClasses.Determiners.Contains(previous.Text) || Possessives.IsPossessive(previous)))
        {
            return false;
        }

        return match.End < reading.Tokens.Length && reading.Grammar.TagAt(match.End) is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS;
    }

    // News: "the ones most likely to appeal to their target audience", "the conditions most likely to contribute",
    // "adults are the most likely to say", "the factors … that are most likely to contribute": "most likely to" after a
    // plural noun, after "the" that a plural "be" introduces (class-group-rate-copulas), or as a relative clause's plural
    // predicate ranks a group's members by a rate, as "least likely to" does (IsHedgeUse; GUIDELINES.md section 1:
    // "likely" describing a group is no hedge). Counted in every gold set (hedges32): nine sentences hold "most likely to",
    // none labelled. A singular subject or noun is one candidate's or event's chance, the author's forecast ("Sanders is
    // the most likely to reclaim those voters", "reform is the one most likely to pass", "Rubio is still most likely to
    // be the nominee"; the first two came from the allsides sample of a version that took them too).
    private static bool IsRankingSuperlative(SentenceSemantics reading, LexiconMatch match)
    {
        var tokens = reading.Tokens;
        if (match.Entry is not "most likely" || tokens.At(match.End) is not { } to || !to.Is("to") || match.Start == 0)
        {
            return false;
        }

        var previous = tokens[match.Start - 1];
        if (previous.Is("the"))
        {
            return IsGroupRateCopula(reading, match.Start - 2);
        }

        return previous.Is("those") || reading.Grammar.TagAt(match.Start - 1) is PosTag.NNS or PosTag.NNPS
            || (WordClasses.GroupRateCopulas.Contains(previous.Text) && tokens.At(match.Start - 2) is { } relative
                && WordClasses.RelativePronouns.Contains(relative.Text));
    }

    private const int MaxRateCopulaAdverbs = 3;

    // The plural "be" before "the most likely", past up to MaxRateCopulaAdverbs adverbs or "and" ("are also the", "are
    // far and away the").
    private static bool IsGroupRateCopula(SentenceSemantics reading, int index)
    {
        for (var skipped = 0; index >= 0 && skipped < MaxRateCopulaAdverbs
            && (reading.Grammar.TagAt(index).IsAdverb() || reading.Tokens[index].Is("and")); skipped++)
        {
            index--;
        }

        return index >= 0 && WordClasses.GroupRateCopulas.Contains(reading.Tokens[index].Text);
    }

    // hedges55: a "likely" that measures a chance instead of forecasting one. A group's rate after a plural "be" and an
    // intensifier ("younger Americans are particularly likely to rely"); a change of chance a causative brings about
    // ("made U.S. intervention more likely", "making it much more likely they will survive"); a degree asked ("how likely
    // people are to accept"); the second half of a correlative ("the more liberal your views, the more likely you were
    // to mix"). Over every tune and fresh set these forms are 11 unlabelled to 0 labelled as the author's hedge.
    private static bool IsMeasuredChance(ImmutableArray<Token> tokens, int likely)
    {
        var previous = tokens[likely - 1];
        if (previous.Is("how"))
        {
            // "how unlikely it is that they would prevent fraud" exclaims the author's doubt; only "how likely" asks a
            // degree (rev42: both allsides "how unlikely" removals were the author's judgement).
            return !tokens[likely].Lower().StartsWith("un", StringComparison.Ordinal);
        }

        if (WordClasses.GroupRateIntensifiers.Contains(previous.Text))
        {
            return tokens.At(likely + 1) is { } to && to.Is("to")
                && tokens.At(likely - 2) is { } copula && WordClasses.GroupRateCopulas.Contains(copula.Text);
        }

        if (previous.Lower() is not ("more" or "less"))
        {
            return false;
        }

        // The causative's object stands between it and the comparative, as in a caused impression ("makes it seem").
        return IsCausedImpression(tokens, likely - 1) || IsCorrelativeHalf(tokens, likely - 2);
    }

    // ", the more likely": "the" after a comma, with an earlier "the" + comparative ("the more", "the longer";
    // class-correlative-comparatives and the "-er" suffix) opening the first half. "But the more likely answer" has no comma and no first half.
    private static bool IsCorrelativeHalf(ImmutableArray<Token> tokens, int the)
    {
        if (the < 3 || !tokens[the].Is("the") || tokens[the - 1].Text != ",")
        {
            return false;
        }

        for (var j = the - 3; j >= 0; j--)
        {
            if (tokens[j].Is("the") && tokens[j + 1] is { IsWord: true } comparative
                && (WordClasses.CorrelativeComparatives.Contains(comparative.Text) || comparative.Lower().EndsWith("er", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    // The word before "likely" is a comparator ("equally"), or "as" after a multiplier ("twice as", "three times as").
    private static bool IsRateComparison(ImmutableArray<Token> tokens, int likely)
    {
        var previous = tokens.At(likely - 1);
        if (previous is null)
        {
            return false;
        }

        return previous.Is("as")
            ? tokens.At(likely - 2) is { } multiplier && WordClasses.RateMultipliers.Contains(multiplier.Text)
            : WordClasses.RateAdverbs.Contains(previous.Text);
    }

    // Any form of an impression verb (class-impression-verbs: "seem", "appear") or a word built on one ("seems",
    // "appearing", "seemingly"). A causative (IsCausedImpression) takes the bare verb only, the class's own word ("make
    // it seem", "make Trump appear isolated"): "seemed", "appearing" and "seemingly" after "made"/"making" belong to
    // another clause ("a payment made to Daniels appeared to indicate", "making what appeared to be a reference", "made
    // an art of staking out seemingly mild positions").
    private static bool IsImpressionVerb(string word)
    {
        foreach (var verb in WordClasses.ImpressionVerbs)
        {
            if (word.StartsWith(verb, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "makes it seem as though the federal government", "can make the world appear much darker", "makes my daughter's
    // tantrums seem mature": a causative verb (class-causative-verbs), its object, then the impression verb. The
    // impression is one the subject creates, which the author describes rather than doubts (gold: no hedge). The object
    // may not hold a clause break or a relative word, so "made the claim that prices seem high" keeps its hedge.
    private static bool IsCausedImpression(ImmutableArray<Token> tokens, int cue)
    {
        for (var back = cue - 1; back >= Math.Max(0, cue - 7); back--)
        {
            var word = tokens[back];
            if (WordClasses.CausativeVerbs.Contains(word.Text))
            {
                return back < cue - 1;
            }

            if (word.Kind == TokenKind.Punctuation && word.Text is not ("'" or "\u2019" or "-")
                || WordClasses.RelativePronouns.Contains(word.Text) || WordClasses.ClauseBreaks.Contains(word.Text) || word.Is("and"))
            {
                return false;
            }
        }

        return false;
    }

    // "narrower than it seemed 24 hours ago", "as contrarian as it might seem": the impression is the standard a
    // comparison sets and the author's claim overturns (as DL1002 reads "than one might think"), not the author's doubt.
    // "than", or "as" with another "as" up to three words before, then a subject pronoun and an optional modal.
    private static bool IsComparedImpression(ImmutableArray<Token> tokens, int cue)
    {
        var back = cue - 1;
        if (back >= 0 && WordClasses.Modals.Contains(tokens[back].Text))
        {
            back--;
        }

        if (back < 1 || !(WordClasses.SubjectPronouns.Contains(tokens[back].Text) || tokens[back].Is("one")))
        {
            return false;
        }

        var standard = tokens[back - 1];
        if (standard.Is("than"))
        {
            return true;
        }

        if (!standard.Is("as"))
        {
            return false;
        }

        for (var first = back - 3; first <= back - 2; first++)
        {
            if (first >= 0 && tokens[first].Is("as"))
            {
                return true;
            }
        }

        return false;
    }

    // "I think", "we believe", "I don't think": a first-person belief frame, whose last word is a verb of belief: one of
    // class-consideration-verbs ("think") or class-trust-verbs ("believe"), the two kinds of belief verb IsOwnJudgement
    // tells apart by the particle after them. An opinion phrase ("in my view", "in our opinion"; class-opinion-frame-nouns)
    // frames a claim the same way, so "In my view, we should enact reforms" is advice as "I believe we should" is (rev43).
    private static bool IsBeliefFrame(string last) =>
        WordClasses.ConsiderationVerbs.Contains(last) || WordClasses.TrustVerbs.Contains(last) || WordClasses.OpinionFrameNouns.Contains(last);

    // How far into the frame's clause an obligation is looked for ("we believe, as responsible gun owners, is that there
    // needs to be"): past a subject and an aside, not into the next clause.
    private const int ObligationWindow = 12;

    // "we believe Republicans should take this issue head-on", "I think we have to be very careful", "I think we need to
    // do a big agreement": a belief about what ought to be done is a conviction or a recommendation, not doubt about a
    // fact; the tuning sets never label it a plain hedge (in quotations they mark it quoted). Stops at a sentence or
    // clause end or a closing parenthesis so that "I think it rained; we must leave" keeps its hedge. A window to these
    // marks, not SentenceGrammar's clause: the obligation stands in the belief's complement ("we believe … is that there
    // needs to be"), which the grammar layer opens as a clause of its own at "that", and its clauses run on past ":" and
    // ")", where this look stops.
    private static bool IsObligationAhead(ImmutableArray<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Length && i < from + ObligationWindow; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation && token.Text is "." or ";" or "?" or "!" or ":" or ")")
            {
                return false;
            }

            if (WordClasses.ObligationModals.Contains(token.Text)
                || (WordClasses.ObligationVerbs.Contains(token.Text) && tokens.At(i + 1) is { } next && next.Is("to")))
            {
                return true;
            }
        }

        return false;
    }

    // A year or a date ("in 2019", "in March") or a definite time phrase ("in the coming weeks", "in the long term") starts
    // at index; "in term limits" or "in a four-day week" name a thing to trust, so only "the" opens the phrase.
    private static bool OpensTimePhrase(ImmutableArray<Token> tokens, int index)
    {
        if (tokens.At(index) is not { } first)
        {
            return false;
        }

        if (first.Kind == TokenKind.Number || WordClasses.Months.Contains(first.Text))
        {
            return true;
        }

        if (!first.Is("the"))
        {
            return false;
        }

        for (var i = index + 1; i <= index + MaxTimePhraseModifiers + 1 && i < tokens.Length; i++)
        {
            if (WordClasses.TimeUnits.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most words between "the" and its time unit ("the next few years").</summary>
    private const int MaxTimePhraseModifiers = 2;

    // A cue the author does not assert: "to suggest that" / "in suggesting that" name an act, "whether I believe"
    // embeds it, "than it appears to be" compares with it, and "maybe eight or nine" approximates a number.
    private static bool IsOwnJudgement(ImmutableArray<Token> tokens, LexiconMatch match, Token? previous, Token? next)
    {
        var entry = match.Entry;

        // The entry's verb is its first word ("tend to", "suggest that") or, in a first-person frame, its last ("I think").
        var first = tokens[match.Start].Text;
        var last = tokens[match.End - 1].Text;

        // "when I think about the press", "We think of X as …": "think" before "about" or "of" turns a thing over or
        // defines it; only before a clause ("I think we have to") does it mark the claim as the author's belief.
        if (WordClasses.ConsiderationVerbs.Contains(last) && next is not null && WordClasses.ConsiderationParticles.Contains(next.Text))
        {
            return false;
        }

        // "Volunteers tend to a man in a wheelchair", "nurses tended to the wounded": before a determiner "tend to" is the
        // verb of caring for someone; the hedge ("tend to be", "tend to agree") takes a verb (hedges28).
        if (WordClasses.TendForms.Contains(first) && next is not null && WordClasses.Determiners.Contains(next.Text))
        {
            return false;
        }

        // "Economists tend to agree that", "we tend to view privilege as", "Conservatives tend to think": a group's
        // habitual view is what the group holds (class-tended-views), not the author's doubt; "tend to be", "tend to
        // have" stay hedges (hedges34: the pool labels none of the first and three of the second). The author's own
        // "I tend to think" softens "I think" and stays a hedge (train labels it), past one adverb too ("I still tend to").
        if (WordClasses.TendForms.Contains(first) && next is not null && WordClasses.TendedViews.Contains(next.Text)
            && previous is not { Text: "I" } && tokens.At(match.Start - 2) is not { Text: "I" })
        {
            return false;
        }

        // "This is America, we believe in protest", "I still believe in old-school journalism": "believe in" takes a
        // thing or a value to trust, not a claim whose truth the author hedges (hedges34: no pool label on it). "I believe
        // in 2019 the company lost …", "We believe in the coming weeks the numbers will …": an "in" that opens a time
        // phrase is the clause's adjunct, and the belief frames the clause (rev31).
        if (WordClasses.TrustVerbs.Contains(last) && next is not null && next.Is("in") && !OpensTimePhrase(tokens, match.End + 1))
        {
            return false;
        }

        // "one of the things I fear for the most": "fear for" takes the person or thing feared for, not a clause whose
        // truth the author doubts (class-concern-verbs; rev43: the pool's one such is unlabelled).
        if (WordClasses.ConcernVerbs.Contains(last) && next is not null && next.Is("for"))
        {
            return false;
        }

        if (previous is null)
        {
            return true;
        }

        // "who I am and what I believe.", "what we believe and what we do": a first-person frame after "what" that ends
        // its clause (punctuation, a coordinator or the sentence's end next) takes "what" as its object, a thing held,
        // not a clause it hedges (rev43: the pool's three such are unlabelled). With a clause after it the frame is an
        // aside and hedges ("what I believe were five tweets", "in what I suspect histories will describe as", "What I
        // think is interesting"), and "what I assume is what you will find" cannot be told from that by its words.
        if (previous.Is("what") && match.Length > 1 && WordClasses.SubjectPronouns.Contains(first)
            && (next is null || next.Kind == TokenKind.Punctuation || WordClasses.Coordinators.Contains(next.Text)))
        {
            return false;
        }

        // "No one suspects him", "every one assumes": after a determiner "one" is a quantified person, not the author's
        // generic stand-in for "I" ("one suspects that …"). The entry's first word is the match's first token.
        if (WordClasses.GenericPronouns.Contains(tokens[match.Start].Text) && WordClasses.Determiners.Contains(previous.Text))
        {
            return false;
        }

        if (WordClasses.SuggestForms.Contains(first) && WordClasses.ActNamingPrepositions.Contains(previous.Text))
        {
            return false;
        }

        // "This study does not suggest that", "does not suggest that new parties will yield more civility": a denied
        // inference is the author's denial, not a hedge on the clause (hedges34: the pool labels none).
        if ((WordClasses.SuggestForms.Contains(first) || WordClasses.IndicateForms.Contains(first)) && Negators.IsNegator(previous.Text))
        {
            return false;
        }

        if (previous.Lower() is "whether" or "than")
        {
            return false;
        }

        // "the core question of whether or not we believe that humans can do good": the same embedded question
        // (hedges32).
        if (previous.Is("not") && tokens.At(match.Start - 2) is { } or && or.Is("or") && tokens.At(match.Start - 3) is { } whether && whether.Is("whether"))
        {
            return false;
        }

        // "what it looks like when things go wrong", "if it looks like a duck": after "what" or "if" an impersonal "it"
        // frame names an appearance or a condition, not the author's doubt about a claim.
        if (match.Length > 1 && WordClasses.ImpersonalFrameSubjects.Contains(first) && previous.Lower() is "what" or "if")
        {
            return false;
        }

        return !(WordClasses.NumberApproximatingHedges.Contains(entry) && next is not null && (next.Kind == TokenKind.Number || WordClasses.SmallCardinals.Contains(next.Text)));
    }
}
