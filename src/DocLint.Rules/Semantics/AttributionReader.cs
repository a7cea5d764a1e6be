using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// The attributions of a sentence: each reporting verb (or "according to", or an official act) and its source phrase,
/// read backwards to its subject or forwards to an inverted or "according to" source, then classified.
/// </summary>
internal static class AttributionReader
{
    /// <summary>The longest source phrase read, in tokens (a post-modified subject may run to MaxPostModifiedSubjectTokens).</summary>
    public const int MaxSourceTokens = 9;

    // The longest subject read back when it is a role or group noun with a participle or relative clause after it.
    private const int MaxPostModifiedSubjectTokens = 12;

    // The longest group phrase read as expecting ("U.N. and private relief officials expect").
    private const int MaxExpectingGroupTokens = 6;

    // How far back from ", who" its antecedent's head may stand ("groups on both sides of the border, who").
    private const int MaxAntecedentTokens = 12;

    // The words that open a held claim (indication, group-expectation, group-stance and voicing verbs, stance adjectives):
    // each token of a sentence was looked up in those case-blind sets, twice a sentence, and nearly none is in any; the
    // filter reads its ends and length.
    private static readonly KeyFilter HoldingWords = KeyFilter.ForIgnoreCase(
        [.. WordClasses.IndicationVerbs, .. WordClasses.GroupExpectationVerbs, .. WordClasses.GroupStanceVerbs, .. WordClasses.GroupRegardingVerbs,
            .. WordClasses.GroupPointingVerbs, .. WordClasses.VoicingVerbs, .. WordClasses.StanceAdjectives]);

    // The same for the characterising verbs, citing participles and speech causatives, which the loop asked of every token too.
    private static readonly KeyFilter CharacterisingAndCitingWords = KeyFilter.ForIgnoreCase(
        [.. WordClasses.CharacterisingVerbs, .. WordClasses.CitingParticiples, .. WordClasses.SpeechCausingVerbs]);

    // Every word class the per-token loop of Read asks, as one lexicon: the loop asks no class of a token it does not
    // mark, where it asked two filters and a class or two of every token (RuleLexicons.WordsOf; every entry ASCII,
    // AttributionReaderTests).
    private static readonly Lazy<Lexicon> ClassWordsLazy = RuleLexicons.WordsOf("attribution-class-words", static () => ClassWordLists.SelectMany(static c => c));

    /// <summary>The word classes Read asks of every token, for the lexicon of their words and its tests.</summary>
    internal static IReadOnlyList<WordClass> ClassWordLists =>
    [
        WordClasses.IndicationVerbs, WordClasses.GroupExpectationVerbs, WordClasses.GroupStanceVerbs, WordClasses.GroupRegardingVerbs,
        WordClasses.GroupPointingVerbs, WordClasses.VoicingVerbs, WordClasses.StanceAdjectives, WordClasses.AgentReportParticiples,
        WordClasses.CharacterisingVerbs, WordClasses.CitingParticiples, WordClasses.SpeechCausingVerbs, WordClasses.StudyFindingParticiples,
    ];

    /// <summary>Every word of <see cref="ClassWordLists"/>, a lexicon of one-word entries in <see cref="RuleLexiconSet"/>.</summary>
    internal static Lexicon ClassWords => ClassWordsLazy.Value;

    /// <summary>The attributions made by the verbs of <paramref name="kind"/>, on one side of the quotation marks.</summary>
    /// <param name="quoted">False reads the author's own text; true reads inside quotations, where subject and verb share the quote.</param>
    public static ImmutableArray<Attribution> Read(in SentenceInput input, AttributionVerbs kind, bool quoted)
    {
        // Inside quotations of a sentence that quotes nothing, there is nothing to read (three sentences in four).
        if (quoted && !input.Quoted.Any)
        {
            return [];
        }

        var tokens = input.Tokens;
        var verbs = VerbsOf(kind);
        // An official act keeps its content under a modal ("wants to spend $5 billion"): only speech needs to have happened.
        var speech = kind == AttributionVerbs.Speech;
        // Made for the first attribution: most sentences have none, and a builder each was the reader's main garbage.
        ImmutableArray<Attribution>.Builder? result = null;
        // Only the tokens the lexicon pass marked for the verbs are tried: a verb starts nowhere else.
        var marks = input.Lexicons.MarksOf(verbs);
        for (var i = marks.NextStart(0); i < tokens.Length; i = marks.NextStart(i + 1))
        {
            if (input.IsQuoted(i) != quoted)
            {
                continue;
            }

            var length = marks.LongestMatchAt(i, out var entry);
            if (length == 0 || !(ReportingVerbReader.IsVerbUse(tokens, i, entry!) || ReportingVerbReader.IsThoughtBeforeBareClause(input, i, entry!)) || IsNounUse(input, i, length, entry!)
                || (speech && IsUnrealised(tokens, i)))
            {
                continue;
            }

            var verbEnd = i + length;
            // ", said the official" names its source after the verb; when nothing there is a source
            // ("Maria Lopez, the treasurer, said the renovation cost…"), the subject stands before it.
            // "put"/"peg"/"place" attribute only through an estimate or document subject ("estimates put the cost at");
            // what follows them is their object, never a source ("put the deal before Parliament", "in places such as Milwaukee").
            var attribution = entry == "according to"
                ? SourceAfterAccordingTo(input, i, verbEnd, quoted)
                : WordClasses.EstimateVerbs.Contains(entry!)
                    ? SourceBefore(input, i, verbEnd, entry!, quoted)
                    : IsInvertedAfterComma(tokens, i, verbEnd)
                        ? SourceAfter(input, i, verbEnd, quoted) ?? SourceBefore(input, i, verbEnd, entry!, quoted)
                        : SourceBefore(input, i, verbEnd, entry!, quoted) ?? (HasContractedSubject(tokens, i) ? null : SourceAfterWithoutSubject(input, i, verbEnd, quoted));
            if (attribution is not null)
            {
                (result ??= ImmutableArray.CreateBuilder<Attribution>()).Add(attribution);
            }

            i = verbEnd - 1;
        }

        if (speech)
        {
            // Every token of every sentence passes here, once for both readers: the allocation-free word tests come first.
            // "Reports indicate that", "the data indicate", "evidence indicates": "indicate" reports its subject only when
            // that subject is a record or a body of evidence; a person's or a thing's "indicate" is a tally of answers
            // ("half of Democrats correctly indicate that") or the author's inference ("Republican wins would indicate"),
            // which made it a loss as a reporting verb everywhere (docs/quality.md, hedges6). An owned estimate ("by
            // PG&E's estimate") is skipped whole once read; it holds no "indicate".
            var classMarks = input.Lexicons.MarksOf(ClassWords);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (input.IsQuoted(i) != quoted)
                {
                    continue;
                }

                // A token in any of the classes below is marked: they hold ASCII words, and no character outside ASCII
                // equals an ASCII letter case-blind (StartWordGatesTests), so a token spelled outside ASCII is in none.
                var listed = classMarks.StartsAt(i);
                var mayBeVerb = listed && i > 0 && HoldingWords.MayContain(tokens[i].Text);
                var mayCharacterise = listed && CharacterisingAndCitingWords.MayContain(tokens[i].Text);
                if (mayBeVerb && WordClasses.IndicationVerbs.Contains(tokens[i].Text) && !IsUnrealised(tokens, i)
                    && IndicatedBy(input, i, quoted) is { } indicated)
                {
                    (result ??= ImmutableArray.CreateBuilder<Attribution>()).Add(indicated);
                }
                else if (mayBeVerb && (WordClasses.GroupExpectationVerbs.Contains(tokens[i].Text) || WordClasses.GroupStanceVerbs.Contains(tokens[i].Text)
                        || (WordClasses.GroupRegardingVerbs.Contains(tokens[i].Text) && IsRegardedAs(input, i, quoted))
                        || IsPointingTo(tokens, i))
                    && !IsUnrealised(tokens, i) && HeldByGroup(input, i, quoted) is { } expected)
                {
                    (result ??= ImmutableArray.CreateBuilder<Attribution>()).Add(expected);
                }
                else if (mayBeVerb && WordClasses.VoicingVerbs.Contains(tokens[i].Text) && !IsUnrealised(tokens, i)
                    && VoicedByGroup(input, i, quoted) is { } voiced)
                {
                    (result ??= ImmutableArray.CreateBuilder<Attribution>()).Add(voiced);
                }
                else if (mayBeVerb && WordClasses.StanceAdjectives.Contains(tokens[i].Text) && HeldInStance(input, i, quoted) is { } held)
                {
                    (result ??= ImmutableArray.CreateBuilder<Attribution>()).Add(held);
                }
                else if (listed && i + 1 < tokens.Length && tokens[i + 1].Is("by") && WordClasses.AgentReportParticiples.Contains(tokens[i].Text)
                    && VagueAgentOf(input, i, quoted) is { } agent)
                {
                    (result ??= ImmutableArray.CreateBuilder<Attribution>()).Add(agent);
                }
                else if (mayCharacterise && WordClasses.CharacterisingVerbs.Contains(tokens[i].Text) && CharacterisedBy(input, i, quoted) is { } characterised)
                {
                    (result ??= ImmutableArray.CreateBuilder<Attribution>()).Add(characterised);
                }
                else if (mayCharacterise && WordClasses.CitingParticiples.Contains(tokens[i].Text) && CitedSourceAfter(input, i, quoted) is { } cited)
                {
                    (result ??= ImmutableArray.CreateBuilder<Attribution>()).Add(cited);
                }
                else if (mayCharacterise && WordClasses.SpeechCausingVerbs.Contains(tokens[i].Text) && !IsUnrealised(tokens, i) && CausedSpeakerAfter(input, i, quoted) is { } caused)
                {
                    (result ??= ImmutableArray.CreateBuilder<Attribution>()).Add(caused);
                }
                else if (listed && WordClasses.StudyFindingParticiples.Contains(tokens[i].Text) && StudyFindingBefore(input, i, quoted) is { } study)
                {
                    (result ??= ImmutableArray.CreateBuilder<Attribution>()).Add(study);
                }
                else if (tokens[i].Is("among") && HeldAmongGroup(input, i, quoted) is { } among)
                {
                    (result ??= ImmutableArray.CreateBuilder<Attribution>()).Add(among);
                }
                else if (IsSetOffPer(tokens, i) && NamedSourceAfterPer(input, i, quoted) is { } per)
                {
                    (result ??= ImmutableArray.CreateBuilder<Attribution>()).Add(per);
                }
                else if (IsEstimatePreposition(tokens[i]) && OwnedEstimateAt(input, i, quoted) is { } owned)
                {
                    (result ??= ImmutableArray.CreateBuilder<Attribution>()).Add(owned);
                    i = owned.SourceEnd - 1;
                }
            }

            // The readers after this take the attributions in the order of the sentence.
            result?.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        if (result is null)
        {
            return [];
        }

        // The one reading of an unnamed study, carried on the attribution for the figure rules (DL2002).
        for (var j = 0; j < result.Count; j++)
        {
            if (result[j].IsVague && UnnamedStudies.Read(input, result[j].SourceStart, result[j].SourceEnd) == true)
            {
                result[j] = result[j] with { IsUnnamedStudy = true };
            }
        }

        return result.ToImmutable();
    }

    // "Laachraoui was identified by law enforcement sources as one of two", "She is accused by sources in the article of",
    // "The claims were later denied by Egyptian officials": a passive of saying, naming or judging
    // (class-agent-report-participles.txt) cites its agent as the source, as "reported by multiple sources" does. Only a
    // vague agent is read (a named one is the act of a named actor, which the readers before this already weigh), and only
    // a true passive: the participle follows a form of "be" (adverbs between) or a comma (", described by British legal
    // experts"). The agent ends before its own preposition, verb or relative ("sources as one of", "officials who"), save
    // a qualifier's ("two people familiar with the matter").
    private static Attribution? VagueAgentOf(in SentenceInput input, int participle, bool quoted)
    {
        var tokens = input.Tokens;
        var before = VerbGroupStartBefore(tokens, participle);
        if (before < 0 || !(WordClasses.BeVerbs.Contains(tokens[before].Text) || tokens[before].Text == ",") || IsPassiveToCome(tokens, participle))
        {
            return null;
        }

        var start = participle + 2;
        var end = ObjectPhraseEnd(input, start, quoted);
        return end > start && SourcePhraseClassifier.Classify(input, start, end, quoted) == AttributionKind.Vague
            ? new Attribution(AttributionKind.Vague, participle, participle + 1, start, end)
            : null;
    }

    // "he will be accused by critics of", "will have been accused", "could have been identified", "who have yet to be
    // identified by authorities": a passive governed by a modal (class-unrealised-modals, class-supposing-modals) or an
    // infinitive's "to" is an act still to come or only supposed, which no one has said. One walk back from the
    // participle over the auxiliaries and adverbs of its verb group (be, have, "later") reaches the word that governs
    // it; "will" and "would" are themselves verb fillers, so the walk stops at a modal as soon as it meets one. A
    // capitalised modal is a month ("in May") as IsUnrealised reads it.
    private static bool IsPassiveToCome(ImmutableArray<Token> tokens, int participle)
    {
        for (var index = participle - 1; index >= 0 && tokens[index].IsWord; index--)
        {
            var word = tokens[index].Text;
            if (!tokens[index].IsCapitalized && WordClasses.IsUnrealisedOrSupposingModal(word))
            {
                return true;
            }

            if (!WordClasses.VerbFillers.Contains(word) && !WordClasses.BeVerbs.Contains(word))
            {
                return tokens[index].Is("to");
            }
        }

        return false;
    }

    // "what one reporter called "the darker side"", "what critics called a smear campaign", "what one psychologist
    // described as", "what housing experts and advocates deemed an eviction crisis": the subject of a free relative's verb of naming
    // (class-characterising-verbs) is the speaker of the characterisation the author repeats, and a vague one is a vague
    // source, as the subject of "said" is. Only after "what": elsewhere the verb names a thing ("a bill called the CARES
    // Act") or is an act ("she called her mother"). The subject is read back to "what" over source words only, past
    // the verb's auxiliaries and adverbs ("what some have described as"); a modal there is a supposition ("what one
    // might have called", "what some would have described as"), which no one has said.
    private static Attribution? CharacterisedBy(in SentenceInput input, int verb, bool quoted)
    {
        var tokens = input.Tokens;
        var end = TokenSpans.BeforeVerbFillers(tokens, verb) + 1;

        var start = end;
        while (start > 0 && verb - start < MaxSourceTokens && input.IsQuoted(start - 1) == quoted && IsSourceToken(tokens[start - 1]) && !tokens[start - 1].Is("what"))
        {
            start--;
        }

        if (start == end || start == 0 || !tokens[start - 1].Is("what") || IsSupposedBetween(tokens, start, verb))
        {
            return null;
        }

        return SourcePhraseClassifier.Classify(input, start, end, quoted) is { } kind and (AttributionKind.Vague or AttributionKind.Role)
            ? new Attribution(kind, verb, verb + 1, start, end)
            : null;
    }

    private static bool IsSupposedBetween(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (WordClasses.IsUnrealisedOrSupposingModal(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "the paper said quoting an unnamed senior official", "Bloomberg reported, citing two sources": the object of a
    // participle of citing (class-citing-participles.txt) is the source of the report it goes with, read as the object of
    // "according to" is. Only a vague one is taken: a named one ("citing the Chinese state broadcaster") stands by a
    // reporter's own verb, which the readers before this already weigh, and a reason ("citing security concerns") is no source.
    // The object is read as a passive's agent is (ObjectPhraseEnd), so that a vague word in a reason's clause ("citing
    // concerns that such reports", "citing threats against that officer and others") makes no source; a citing that did
    // not happen ("without citing evidence", "Stop citing polls": class-citing-negators.txt) cites nothing.
    // The two ends differ on purpose. The readers after a verb of saying or "according to" take SourcePhraseEnd, the
    // whole run of source words: what follows "said" or "according to" is the source and nothing else. A participle of
    // citing is followed as often by a reason with its own clause, so its object stops at its own preposition or verb
    // (ObjectPhraseEnd). The record's author, though, stands after exactly such a preposition ("citing data compiled by
    // the center"), so CitedRecords.NamesAuthor reads the longer run, as it does after "according to".
    private static Attribution? CitedSourceAfter(in SentenceInput input, int participle, bool quoted)
    {
        var tokens = input.Tokens;
        if (participle > 0 && WordClasses.CitingNegators.Contains(tokens[participle - 1].Text))
        {
            return null;
        }

        var start = participle + 1;
        var end = ObjectPhraseEnd(input, start, quoted);
        return end > start && SourcePhraseClassifier.Classify(input, start, end, quoted) is { } kind and (AttributionKind.Vague or AttributionKind.Role)
            && !CitedRecords.NamesAuthor(input, start, SourcePhraseEnd(input, start, quoted), quoted)
            ? new Attribution(kind, participle, start, start, end)
            : null;
    }

    // "polls showing that capitalism is viewed", "after a report showing the agency had broken", "with one study finding
    // he'd received": a study noun (class-study-nouns, or its plural) straight before a participle of finding
    // (class-study-finding-participles) reports as "polls show" does; the gold labels it so (docs/quality.md, sources63).
    // The phrase runs back over the noun phrase's own words (determiners, numbers, adjectives, nouns, names and owners,
    // so that "a Rasmussen poll" and "its monthly jobs report" are read and judged named), and only a
    // vague one is taken; "research showing", "data showing" and "evidence suggesting" name no study and are left alone.
    private static Attribution? StudyFindingBefore(in SentenceInput input, int participle, bool quoted)
    {
        var tokens = input.Tokens;
        var head = participle - 1;
        if (head < 0 || !WordClasses.StudyNouns.ContainsNounOrPlural(tokens[head].Text) || input.IsQuoted(head) != quoted)
        {
            return null;
        }

        var start = head;
        while (start > 0 && head - start < MaxExpectingGroupTokens && input.IsQuoted(start - 1) == quoted
            && input.LabelAt(start - 1).Tag is PosTag.DT or PosTag.PDT or PosTag.CD or PosTag.JJ or PosTag.JJR or PosTag.JJS
                or PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS or PosTag.PRPS or PosTag.POS)
        {
            start--;
        }

        // A single study must be one UnnamedStudies reads as unnamed, and no verb's object: "the Economic Policy Institute
        // dropped a report showing" is the institute's report, as "her team published a study" is the team's.
        return SourcePhraseClassifier.Classify(input, start, head + 1, quoted) is AttributionKind.Vague
            && (!WordClasses.StudyNouns.Contains(tokens[head].Text)
                || (UnnamedStudies.Read(input, start, head + 1) == true && !(start > 0 && input.LabelAt(start - 1).Tag.IsVerb())))
            ? new Attribution(AttributionKind.Vague, participle, participle + 1, start, head + 1)
            : null;
    }

    // "significant concern among some epidemiologists", "a frequent sentiment among historians", "a school of thought
    // among some campaign observers that": a noun of doubt, fear or a shared view (class-stance-object-nouns,
    // class-shared-view-nouns) straight before "among" credits the view to the group after it, as "epidemiologists are
    // concerned" would; the gold labels the group (docs/quality.md, sources64). The group is the run of determiners,
    // adjectives and nouns after "among" (to a comma, "that", a verb or "who"), judged by its head as a stance adjective's
    // group is: a group of people by the lists, vague, no count. A lay group, a party or a poll's subgroup is the
    // author's description of a mood or a share ("sentiment among voters", "concern among all adults in the poll",
    // "panic among veteran Republicans"), and "support" is no view noun.
    private static Attribution? HeldAmongGroup(in SentenceInput input, int among, bool quoted)
    {
        var tokens = input.Tokens;
        if (among == 0 || !(WordClasses.StanceObjectNouns.Contains(tokens[among - 1].Text) || WordClasses.SharedViewNouns.Contains(tokens[among - 1].Text))
            || input.IsQuoted(among - 1) != quoted)
        {
            return null;
        }

        var start = among + 1;
        var end = start;
        while (end < tokens.Length && end - start < MaxExpectingGroupTokens && tokens[end].IsWord && input.IsQuoted(end) == quoted
            && input.LabelAt(end).Tag is PosTag.DT or PosTag.PDT or PosTag.JJ or PosTag.JJR or PosTag.JJS or PosTag.NN or PosTag.NNS
                or PosTag.NNP or PosTag.NNPS or PosTag.CC)
        {
            end++;
        }

        if (end == start || tokens.At(end) is { IsWord: true } && input.LabelAt(end).Tag is PosTag.NN or PosTag.NNS)
        {
            return null;
        }

        var head = tokens[end - 1].Text;
        return IsListedGroupHead(head) && !IsLayOrPartyHead(head)
            && (SourcePhraseClassifier.Classify(input, start, end, quoted) is AttributionKind.Vague || (IsBareLowerCaseGroup(input, start, end) && (!quoted || WordClasses.QuotedSourceRoles.Contains(head))))
            ? new Attribution(AttributionKind.Vague, among - 1, among + 1, start, end)
            : null;
    }

    // "among historians", "among scientific experts": a bare plural with only lower-case modifiers is the class at large,
    // as the classifier reads a bare group that opens a clause (it leaves one after a preposition alone, which is most
    // often an object: "the votes of GOP lawmakers"). Inside a quotation only a source role is read so, as the classifier
    // reads a quoted bare group.
    private static bool IsBareLowerCaseGroup(in SentenceInput input, int start, int end)
    {
        if (input.LabelAt(end - 1).Tag is not PosTag.NNS)
        {
            return false;
        }

        for (var i = start; i < end - 1; i++)
        {
            if (input.Tokens[i].IsCapitalized || input.LabelAt(i).Tag is not (PosTag.JJ or PosTag.NN))
            {
                return false;
            }
        }

        return true;
    }

    // A group of people by the lists (a plain group, a stance group, a speaker group): the head a view held by a group is
    // judged by, in a stance adjective's subject and after "among".
    private static bool IsListedGroupHead(string head) =>
        WordClasses.GroupNouns.Contains(head) || WordClasses.StanceGroups.Contains(head) || WordClasses.SpeakerGroups.Contains(head);

    // A lay group, an inferred one or a party's members: the author's account of a mood or a line, not a source.
    private static bool IsLayOrPartyHead(string head) =>
        WordClasses.GenericGroups.Contains(head) || WordClasses.InferredGroups.Contains(head) || WordClasses.PartyMembers.Contains(head);

    // "leading analysts to predict that", "prompting experts to warn", "which led some Democrats to warn": a causative
    // (class-speech-causing-verbs) whose object is made to say or judge something (class-caused-speech-verbs) makes that
    // object the speaker, as the subject of "predict" or "warn" would be. The object is read as a citing participle's is
    // (ObjectPhraseEnd stops at "to"); only a vague one is taken, and only when "to" and the verb follow it at once, so
    // "led to", "led by", "leading experts say" and "prompting fears of" read nothing. The span runs from the object to
    // the verb, as a subject and its verb do. A causative under a modal ("a factor that may have led previous research to
    // conclude") is a supposed cause, and no one was made to say anything (IsUnrealised, as for a verb of saying).
    private static Attribution? CausedSpeakerAfter(in SentenceInput input, int causative, bool quoted)
    {
        var tokens = input.Tokens;
        var start = causative + 1;
        var end = ObjectPhraseEnd(input, start, quoted);
        return end > start && end + 1 < tokens.Length && tokens[end].Is("to") && WordClasses.CausedSpeechVerbs.Contains(tokens[end + 1].Text)
            && input.IsQuoted(end + 1) == quoted
            && SourcePhraseClassifier.Classify(input, start, end, quoted) is { } kind and (AttributionKind.Vague or AttributionKind.Role)
            ? new Attribution(kind, end, end + 2, start, end)
            : null;
    }

    // The end of an object or agent phrase from start: source words up to its own preposition, verb or relative ("sources
    // as one of", "officials who"), save a qualifier's ("two people familiar with the matter").
    private static int ObjectPhraseEnd(in SentenceInput input, int start, bool quoted)
    {
        var tokens = input.Tokens;
        var end = start;
        while (end < tokens.Length && end - start < MaxSourceTokens && input.IsQuoted(end) == quoted && IsSourceToken(tokens[end])
            && (!EndsAgent(input.LabelAt(end).Tag) || (end > start && SourceQualifierWords.IsAt(tokens.AsSpan(), end - 1))))
        {
            end++;
        }

        return end;
    }

    // The agent's own preposition, relative or finite (or bare) verb ends it: "sources as one of", "officials who said".
    private static bool EndsAgent(PosTag tag) => tag is PosTag.IN or PosTag.TO or PosTag.WDT or PosTag.WP or PosTag.VB || tag.IsFiniteVerb();

    // "By PG&E's estimate, more than 900,000 customers lost power", "in Nichols's analysis", "by Johns Hopkins' count",
    // "by the company's own estimate": "by"/"in", an owner and their reckoning (class-owned-estimates.txt) name a source
    // as "according to PG&E's count" does, and are read the same way: "by" stands where "according to" stands and the
    // owned reckoning is the source phrase. The caller has checked the preposition (IsEstimatePreposition).
    private static Attribution? OwnedEstimateAt(in SentenceInput input, int preposition, bool quoted)
    {
        var tokens = input.Tokens;
        for (var noun = preposition + 1; noun < tokens.Length && noun - preposition <= MaxSourceTokens && input.IsQuoted(noun) == quoted; noun++)
        {
            // Set off as a frame of the clause, not its object: punctuation or the sentence's end follows ("By PG&E's
            // estimate, more than", ", by Johns Hopkins' count."), unlike "struck out in his analysis of the speech".
            if (WordClasses.OwnedEstimates.Contains(tokens[noun].Text))
            {
                var kind = HasOwnerBefore(tokens, noun, preposition) && tokens.At(noun + 1) is not { IsWord: true }
                    ? SourcePhraseClassifier.Classify(input, preposition + 1, noun + 1, quoted)
                    : null;
                return kind is null ? null : new Attribution(kind.Value, preposition, preposition + 1, preposition + 1, noun + 1);
            }

            if (!IsSourceToken(tokens[noun]) && !IsApostrophe(tokens[noun]))
            {
                return null;
            }
        }

        return null;
    }

    private static Attribution? IndicatedBy(in SentenceInput input, int verb, bool quoted)
    {
        var attribution = SourceBefore(input, verb, verb + 1, input.Tokens[verb].Text, quoted);
        // "Lewis' research also indicates": the walk back stops at a plural's bare apostrophe, so the owner is read here.
        if (attribution is null || attribution.SourceFollowsVerb || (attribution.SourceStart > 0 && IsApostrophe(input.Tokens[attribution.SourceStart - 1])))
        {
            return null;
        }

        var head = input.Tokens[attribution.SourceEnd - 1].Text;
        return WordClasses.DocumentNouns.Contains(head) || WordClasses.BareEvidenceNouns.Contains(head) ? attribution : null;
    }

    // "Experts expected all of these measures to depress", "Economists were already expecting gains to average": a
    // plural group's expectation is its forecast, read from the subject as "indicate" is. Only a group of people
    // (class-group-nouns, class-stance-groups) expects here; a passive "were expected to" has no expecting subject, and
    // a source after the verb is its object ("expected Democrats to win"). A group's charge, doubt or blame
    // (class-group-stance-verbs: "Rights groups accused", "some observers have questioned") is its claim the same way;
    // there an organised group ("groups", "organizations", class-speaker-groups) speaks too, and "charged with" is a
    // criminal charge, not speech.
    private static Attribution? HeldByGroup(in SentenceInput input, int verb, bool quoted)
    {
        var tokens = input.Tokens;
        var before = verb - 1;
        while (before > 0 && WordClasses.VerbFillers.Contains(tokens[before].Text))
        {
            if (WordClasses.SupposingModals.Contains(tokens[before].Text))
            {
                return null;
            }

            before--;
        }

        // A passive ("were expected") has no expecting subject; a modal's expectation ("would expect", "will still
        // expect") is supposed, not held; "expect to" plus a verb is the group's own plan ("Democrats expect to bring
        // the bill"), not a forecast of others' acts; "by" or "on" after the verb makes it a reduced passive ("others
        // charged by the ICC", "fires some blamed on power lines").
        if ((tokens[verb].Text.EndsWith("ed", StringComparison.Ordinal) && WordClasses.BeVerbs.Contains(tokens[before].Text))
            || WordClasses.Modals.Contains(tokens[before].Text)
            || (tokens.At(verb + 1) is { } next && ((next.Is("to") && !IsPointingTo(tokens, verb)) || next.Is("with") || next.Is("by") || next.Is("on"))))
        {
            return null;
        }

        var attribution = SourceBefore(input, verb, verb + 1, input.Tokens[verb].Text, quoted);
        // A longer walk back has crossed a comparison: the group is there, but the phrase would flag the comparison with it.
        if (!IsShortUncountedGroup(attribution, tokens))
        {
            return null;
        }

        // A stance is held by a group left unnamed as well: "Others interpret the ruling as", "some have questioned",
        // "Others on Twitter accused" (a vague source of one word, vague-source-nouns.txt: "others", "some", "many",
        // "most", alone or placed by a phrase after it).
        var headIndex = GroupHeadIndex(tokens, attribution);
        var head = tokens[headIndex].Lower();
        // A group pointing to a thing cites it, as one regarding a thing "as" something judges it: the same guards hold.
        var regarding = WordClasses.GroupRegardingVerbs.Contains(tokens[verb].Text) || IsPointingTo(tokens, verb);
        var stance = regarding || WordClasses.GroupStanceVerbs.Contains(tokens[verb].Text);
        // The pair of head tests HeldInStance and HeldAmongGroup read (IsListedGroupHead, IsLayOrPartyHead) holds here
        // only for a regarding verb; the others differ by design, each as its round measured it. An expectation is a
        // forecast, held by people alone (class-group-nouns, class-stance-groups: sources19), not by an organised group
        // that speaks (class-speaker-groups: "groups", "organizations"), which a charge or doubt takes (sources20). A lay
        // group's or a party's reading ("voters see the economy as", "Republicans view the bill as") is the author's
        // account of its mood or line, left unlabelled as HeldInStance leaves "Democrats were outraged" (sources35); their
        // expectations and charges ("voters expect", "Democrats accused") stay held, and only "people" is no group.
        // An unnamed many forecasts as a listed group does ("Many expect the president would veto it", "some
        // anticipate"; sources68: 3 pool misses, 1 unlabelled sentence of the form).
        var unnamed = headIndex == attribution.SourceStart && attribution.IsVague;
        var isGroup = stance
            ? IsListedGroupHead(head) || unnamed
            : WordClasses.GroupNouns.Contains(head) || WordClasses.StanceGroups.Contains(head) || unnamed;
        var isLayOrParty = regarding ? IsLayOrPartyHead(head) : WordClasses.GenericGroups.Contains(head);
        return isGroup && !isLayOrParty ? attribution : null;
    }

    // The word a held claim's group is judged by: the one before a phrase that places the group or names what it watches
    // (class-group-placing-prepositions: "Some Democrats in Congress have questioned", "other observers of the case have
    // questioned", "Others on Twitter accused"), else the phrase's last word. Read as the last word, the place or the
    // thing watched ("Congress", "case", "Twitter") hid the group, though a reporting verb after the same subject was read.
    // After a quantifier or a count "of" is partitive, and the head is the phrase's last word ("some of the blame", "one of
    // the outlets", "Many of the protesters"); after any other word it names what the group watches or the thing's owner,
    // and the word before it is the head ("observers of the case", "The experiences of former staffers underscore"). A
    // count after the preposition makes a ratio, a poll's share ("One in three Republicans sees"; a group with a numeral
    // in it never gets here, IsShortUncountedGroup). A partitive is read past, so a place after the part still places the
    // whole ("Many of the Democrats in Congress have questioned" is judged by "Democrats", not "Congress").
    private static int GroupHeadIndex(ImmutableArray<Token> tokens, Attribution attribution)
    {
        for (var i = attribution.SourceStart + 1; i < attribution.SourceEnd - 1; i++)
        {
            if (!WordClasses.GroupPlacingPrepositions.Contains(tokens[i].Text))
            {
                continue;
            }

            var before = tokens[i - 1].Text;
            if (tokens[i].Is("of")
                && (WordClasses.GroupQuantifiers.Contains(before) || WordClasses.SmallCardinals.Contains(before) || WordClasses.PartitiveQuantifiers.Contains(before)))
            {
                continue;
            }

            var ratio = tokens[i + 1].Kind is TokenKind.Number || WordClasses.SmallCardinals.Contains(tokens[i + 1].Text);
            return ratio ? attribution.SourceEnd - 1 : i - 1;
        }

        return attribution.SourceEnd - 1;
    }

    // How many words a regarding verb's object may run before its "as" ("this series of rebukes from the president and
    // his allies as").
    private const int MaxRegardedObjectTokens = 10;

    // "critics saw it as", "analysts consider the letter as", "observers see this series of rebukes … as": a regarding
    // verb (class-group-regarding-verbs) states a judgement only when "as" follows its object, a run of words on the
    // verb's side of the quotation marks with no punctuation in it. A reflexive object ("see themselves as") describes
    // the group, not a thing; "as" straight after the verb ("see as many as") is a comparison. Numbers and possessives
    // may stand in the object ("Trump's release of the letter"); a comma or a quotation mark ends it.
    // "Critics point to the fact that", "Skeptics have pointed to": a "point" form with "to" straight after is a group's
    // citing (class-group-pointing-verbs); "the point to make" is a noun with no group subject, which HeldByGroup asks.
    private static bool IsPointingTo(ImmutableArray<Token> tokens, int verb) =>
        WordClasses.GroupPointingVerbs.Contains(tokens[verb].Text) && tokens.At(verb + 1) is { } next && next.Is("to");

    private static bool IsRegardedAs(in SentenceInput input, int verb, bool quoted)
    {
        var tokens = input.Tokens;
        if (tokens.At(verb + 1) is not { IsWord: true } first || first.Is("as") || WordClasses.ReflexivePronouns.Contains(first.Text))
        {
            return false;
        }

        for (var i = verb + 2; i < tokens.Length && i - verb <= MaxRegardedObjectTokens + 1; i++)
        {
            if (tokens[i].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Url || input.IsQuoted(i) != quoted)
            {
                return false;
            }

            // "such as" lists examples inside the object, and the judgement's "as" may still follow it ("see problems in
            // states such as Ohio" is none; "see steps such as restricting travel as necessary" is one; rev29).
            if (tokens[i].Is("as") && !tokens[i - 1].Is("such"))
            {
                // "saw a significant increase in number as well", "see no downside to staying as they assess": an "as"
                // of degree or of time opens no judgement.
                return tokens.At(i + 1) is not { } next || !(next.Is("well") || WordClasses.SubjectPronouns.Contains(next.Text));
            }
        }

        return false;
    }

    // The subject HeldByGroup and HeldInStance accept: found before its verb, short (a longer walk back has crossed a
    // comparison: "came in well above the 2.9 million payrolls economists had expected"), and with no number in it
    // ("67 percent of liberal Democrats expect": a share of a polled group is the poll's figure, not a source).
    private static bool IsShortUncountedGroup([NotNullWhen(true)] Attribution? attribution, ImmutableArray<Token> tokens)
    {
        if (attribution is null || attribution.SourceFollowsVerb || attribution.SourceEnd - attribution.SourceStart > MaxExpectingGroupTokens)
        {
            return false;
        }

        for (var i = attribution.SourceStart; i < attribution.SourceEnd; i++)
        {
            if (tokens[i].Kind is TokenKind.Number or TokenKind.NumberWithSuffix)
            {
                return false;
            }
        }

        return true;
    }

    // How many words of the verb group may stand between a stance adjective and its subject ("have also been highly").
    private const int MaxStanceLinkWords = 5;

    // "Infectious disease experts have been critical of", "Analysts are also concerned about", "a number of business
    // economists appear sufficiently concerned about", "With election experts fearful of": a stance adjective
    // (class-stance-adjectives) with its complement (class-stance-complements), linked to its subject by "be" or a linking
    // verb (class-linking-verbs) across auxiliaries and adverbs, is the subject's claim of doubt, fear or censure, as the
    // stance verbs are; with no verb, only in "with"'s absolute clause. The subject is read and judged as HeldByGroup
    // judges an expecting group: a group of people by its head (lists), no count, short. A lay group (class-inferred-groups,
    // class-party-members: "Democrats were outraged", "voters are growing hopeful") is the author's description of the
    // group's mood, which the annotators leave unlabelled (docs/quality.md, sources32). A modal or a negation in the verb
    // group ("would be sceptical", "are not concerned") holds no stance. An adjective that is a reporting-verb entry with
    // its complement ("sceptical that") is already read there.
    private static Attribution? HeldInStance(in SentenceInput input, int adjective, bool quoted)
    {
        var tokens = input.Tokens;
        if (tokens.At(adjective + 1) is not { IsWord: true } complement || !WordClasses.StanceComplements.Contains(complement.Text)
            || input.Lexicons.MarksOf(RuleLexicons.ReportingVerbs).LongestMatchAt(adjective, out _) > 0)
        {
            return null;
        }

        var linked = false;
        var index = adjective - 1;
        while (index >= 0 && adjective - index <= MaxStanceLinkWords && tokens[index].IsWord && input.IsQuoted(index) == quoted)
        {
            var word = tokens[index].Text;
            if (WordClasses.Modals.Contains(word) || WordClasses.SupposingModals.Contains(word) || WordClasses.Negations.Contains(word))
            {
                return null;
            }

            if (WordClasses.BeVerbs.Contains(word) || WordClasses.LinkingVerbs.Contains(word))
            {
                linked = true;
            }
            else if (!(IsAuxiliaryOrAdverb(word) || input.LabelAt(index).Tag is PosTag.RB or PosTag.RBR
                || (tokens[index].Is("to") && index > 0 && WordClasses.LinkingVerbs.Contains(tokens[index - 1].Text))))
            {
                break;
            }

            index--;
        }

        var verbStart = linked ? index + 1 : adjective;
        var attribution = linked ? SourceBefore(input, verbStart, adjective + 1, tokens[adjective].Text, quoted) : WithClauseSubject(input, adjective, quoted);
        if (!IsShortUncountedGroup(attribution, tokens) || attribution.SourceEnd != verbStart)
        {
            return null;
        }

        var head = tokens[attribution.SourceEnd - 1].Text;
        var isGroup = IsListedGroupHead(head) || (attribution.SourceEnd - attribution.SourceStart == 1 && attribution.IsVague);
        // The adjective is the verb of the attribution, as "sceptical that" is in the reporting-verb list: the finding names
        // the group, not the verb group that links it ("Analysts are also concerned").
        return isGroup && attribution.IsVague && !IsLayOrPartyHead(head)
            ? attribution with { VerbStart = adjective, VerbEnd = adjective + 1 }
            : null;
    }

    // "With election experts fearful of": the subject of "with"'s verbless clause runs from the word after "with" to the
    // adjective, lower-case words only (a name there is a named holder, which this reading leaves alone).
    private static Attribution? WithClauseSubject(in SentenceInput input, int adjective, bool quoted)
    {
        var tokens = input.Tokens;
        for (var index = adjective - 1; index >= 0 && adjective - index <= MaxExpectingGroupTokens + 1; index--)
        {
            if (tokens[index].Is("with"))
            {
                var kind = index + 1 < adjective ? SourcePhraseClassifier.Classify(input, index + 1, adjective, quoted) : null;
                return kind is AttributionKind.Vague ? new Attribution(kind.Value, adjective, adjective + 1, index + 1, adjective) : null;
            }

            if (!tokens[index].IsWord || tokens[index].IsCapitalized || input.IsQuoted(index) != quoted)
            {
                return null;
            }
        }

        return null;
    }

    // How many words may stand between a voicing verb and its stance noun ("raised serious new concerns").
    private const int MaxStanceObjectModifiers = 3;

    // "Campaigners have raised concerns about", "Several people expressed concern that", "Others have expressed
    // skepticism", "Many hold the opinion that": a verb that voices or holds (class-voicing-verbs) with a stance noun as
    // the head of its object (class-stance-object-nouns) is a claim of doubt or fear, as "warn" or "doubt" is; the subject
    // is read as any speech verb's is. Only an unnamed subject is taken: a named one's concern is its own act, which the
    // figure and claim rules never read as their source ("Chief Justice John Roberts expressed concern that"), and a
    // thing's ("the video has raised new concerns") is no one's.
    private static Attribution? VoicedByGroup(in SentenceInput input, int verb, bool quoted)
    {
        var tokens = input.Tokens;
        var noun = verb + 1;
        var isStance = false;
        while (noun < tokens.Length && !(isStance = WordClasses.StanceObjectNouns.Contains(tokens[noun].Text))
            && noun - verb <= MaxStanceObjectModifiers && tokens[noun].IsWord && input.LabelAt(noun).Tag is PosTag.DT or PosTag.JJ or PosTag.JJR or PosTag.RB)
        {
            noun++;
        }

        // The stance noun heads the object: its phrase ends there ("concerns about", "concern that", "skepticism.").
        // isStance holds the one lookup of the token the walk stopped at (false when it ran off the sentence's end).
        if (!isStance || (tokens.At(noun + 1) is { IsWord: true } after && input.LabelAt(noun + 1).Tag is not (PosTag.IN or PosTag.WDT or PosTag.TO)))
        {
            return null;
        }

        var attribution = SourceBefore(input, verb, verb + 1, tokens[verb].Text, quoted);
        return attribution is { IsVague: true, SourceFollowsVerb: false } ? attribution : null;
    }

    // The index before a raising frame ending at "to" (index): "seem(s/ed) to", "appear(s/ed) to", or a
    // form of "be" plus "quick to"; -1 when there is none. Only the author's text or the same quotation.
    private static int RaisingFrameStart(in SentenceInput input, int index, bool quoted)
    {
        var tokens = input.Tokens;
        if (index < 1 || !tokens[index].Is("to") || input.IsQuoted(index - 1) != quoted || !WordClasses.RaisingVerbs.Contains(tokens[index - 1].Text))
        {
            return -1;
        }

        if (!tokens[index - 1].Is("quick"))
        {
            return index - 2;
        }

        return index >= 2 && WordClasses.BeVerbs.Contains(tokens[index - 2].Text) ? index - 3 : -1;
    }

    private static bool IsEstimatePreposition(Token token) => token.Is("by") || token.Is("in");

    // "…, per FiveThirtyEight", "Worldwide deaths surpassed 100,000 on Friday, per Johns Hopkins.", "Per the CDC, …": a
    // "per" set off at the sentence's start or after a comma, dash or parenthesis frames its sentence as "according to"
    // does (figures39). Only there: "$5 per share", "miles per hour" and "per capita" follow a number or a noun. The
    // caller reads only a named source after it. "That's per the Labor Department.", "This is per a Gallup poll": after
    // an opening demonstrative and its "be" the "per" is the whole predicate, the bare source sentence that ForwardCover
    // lets cover the figure before it, as "That's according to …" does (forward31).
    private static bool IsSetOffPer(ImmutableArray<Token> tokens, int index) =>
        tokens[index].Is("per")
        && (index == 0 || tokens[index - 1].Text is "," or "(" or "-" || PhraseBreaks.IsDash(tokens[index - 1]) || FollowsOpeningDemonstrative(tokens, index));

    // "That's" (one token, its host a demonstrative and its clitic "'s") or "This is" opening the sentence just before index.
    private static bool FollowsOpeningDemonstrative(ImmutableArray<Token> tokens, int index) => index switch
    {
        1 => Clitics.Of(tokens[0].Text) is "'s" && WordClasses.Demonstratives.Contains(Clitics.Host(tokens[0].Text)),
        2 => WordClasses.Demonstratives.Contains(tokens[0].Text) && WordClasses.BeVerbs.Contains(tokens[1].Text),
        _ => false,
    };

    // The source of a set-off "per", read as the source of "according to" is; only a named one ("per the CDC", "per
    // Johns Hopkins data") covers: a vague "per reports" or "per sources" is the source rules' business, and "per" was
    // never one of their frames.
    private static Attribution? NamedSourceAfterPer(in SentenceInput input, int per, bool quoted) =>
        SourceAfterAccordingTo(input, per, per + 1, quoted) is { Kind: AttributionKind.Named } named ? named : null;

    // "PG&E's estimate", "his own count", "Johns Hopkins' count" (a plural's bare apostrophe is a token of its own).
    private static bool HasOwnerBefore(ImmutableArray<Token> tokens, int noun, int preposition)
    {
        var owner = noun - 1;
        if (owner > preposition && tokens[owner].Is("own"))
        {
            owner--;
        }

        if (owner <= preposition)
        {
            return false;
        }

        return Possessives.IsPossessive(tokens[owner])
            || (IsApostrophe(tokens[owner]) && owner - 1 > preposition && tokens[owner - 1] is { IsWord: true } plural && plural.Text.EndsWith('s'));
    }

    private static bool IsApostrophe(Token token) => token.Text is "'" or "\u2019";

    /// <summary>
    /// A source introduced by a preposition, "according to X" or "by X's estimate": what follows it in the sentence is
    /// the source's, as what follows "X said" is.
    /// </summary>
    public static bool IsPrepositional(ImmutableArray<Token> tokens, Attribution attribution) =>
        attribution.SourceFollowsVerb && tokens[attribution.VerbStart].Lower() is "according" or "by" or "in" or "per";

    /// <summary>
    /// True when "according to" stands straight before <paramref name="index"/>: what starts there is a source
    /// whatever its words ("according to two sources", "according to U.S. officials"). The readers that ask it of a
    /// phrase they found themselves share this one test.
    /// </summary>
    public static bool FollowsAccordingTo(ImmutableArray<Token> tokens, int index) =>
        index >= 2 && tokens[index - 2].Is("according") && tokens[index - 1].Is("to");

    private static Lexicon VerbsOf(AttributionVerbs kind) => kind switch
    {
        AttributionVerbs.Speech => RuleLexicons.ReportingVerbs,
        AttributionVerbs.OfficialActs => RuleLexicons.OfficialActs,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of attribution verb."),
    };

    // "in many other places", "Some states, like California,", "polling places", "took place": "state(s)" and
    // "place(s)" are far more often nouns, so they are read as nouns when the tagger says so ("some estimates place the
    // number" stays a verb). Not the other noun-verbs: after a name the tagger takes "the CDC estimates that", "BSA
    // claims" and "Bevin notes" for plural nouns.
    // A subject pronoun before the word makes it the verb whatever the tag: "which he estimates would raise", "they
    // claims" does not occur, and the tagger reads "estimates" after "which he" as a plural noun.
    private static bool IsNounUse(in SentenceInput input, int index, int length, string entry) =>
        length == 1
        && !(index > 0 && input.Tokens[index - 1].IsWord && WordClasses.SubjectPronouns.Contains(input.Tokens[index - 1].Text))
        && (((WordClasses.ClauseVerbs.Contains(entry) || WordClasses.EstimateVerbs.Contains(entry))
                && input.LabelAt(index).Tag is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS)
            || IsCompoundPlural(input, index, entry));

    // "Most jobs reports are released", "misleading claims on Thursday", "the most dire estimates on Wall Street", "some of
    // the worst fears of": a noun-verb is the plural head of a noun phrase when the tagger says so and either an
    // adjective stands before it or a form of "be"/"have", a modal or "of" follows it. Not after a capital, a name whose
    // verb the tagger misreads ("the CDC estimates", "BSA claims", "Bevin notes"), and a singular noun before it is
    // its subject unless "be"/"have" follows ("the new memo notes in a preamble", "Daniels's lawsuit claims she").
    private static bool IsCompoundPlural(in SentenceInput input, int index, string entry)
    {
        var tokens = input.Tokens;
        if (!WordClasses.NounVerbs.Contains(entry) || index == 0 || index + 1 >= tokens.Length
            || tokens[index - 1] is not { Kind: TokenKind.Word, IsCapitalized: false } || input.LabelAt(index).Tag != PosTag.NNS)
        {
            return false;
        }

        // After an adjective, a name, determiner or pronoun next opens the verb's object or clause: the tagger also calls
        // nouns such as "matchup" adjectives ("A four-way matchup shows Clinton has 43%").
        var next = tokens[index + 1];
        return (input.LabelAt(index - 1).Tag is PosTag.JJ or PosTag.JJR or PosTag.JJS
                && !next.IsCapitalized && !WordClasses.Determiners.Contains(next.Text) && !WordClasses.PersonalPronouns.Contains(next.Text))
            || next.Is("of") || WordClasses.BeVerbs.Contains(next.Text) || next.Lower() is "have" or "had"
            || input.LabelAt(index + 1).Tag == PosTag.MD;
    }

    // "someone might find their tweet offensive", "economists should show some humility": a speech act under a modal of
    // possibility or duty has not happened, so it attributes no claim. (An infinitive may still report one: "studies
    // claiming to show that", "see reason to believe".)
    private static bool IsUnrealised(ImmutableArray<Token> tokens, int verbIndex)
    {
        var index = TokenSpans.BeforeVerbFillers(tokens, verbIndex);

        // Lower case only: "a poll in late May found" names the month.
        return index >= 0 && !tokens[index].IsCapitalized && WordClasses.UnrealisedModals.Contains(tokens[index].Text);
    }

    // ", said the US official, who …" and ", said John Smith." name their source after the verb; an appositive
    // subject ("Dick Morris, a former adviser, says Clinton is …") does not, and its clause goes on. "Tell" never
    // inverts: after it stands the audience (", who requested anonymity, told the Associated Press"), and the speaker
    // is the subject before the comma.
    private static bool IsInvertedAfterComma(ImmutableArray<Token> tokens, int verbStart, int verbEnd)
    {
        if (verbStart == 0 || tokens[verbStart - 1].Text != "," || verbEnd >= tokens.Length
            || WordClasses.AddresseeVerbs.Contains(tokens[verbEnd - 1].Text))
        {
            return false;
        }

        var first = tokens[verbEnd];
        if (first.Is("the") || WordClasses.IndefiniteOpeners.Contains(first.Text))
        {
            return true;
        }

        var end = verbEnd;
        while (end < tokens.Length && end - verbEnd < 5 && TokenSpans.IsWord(tokens[end]) && tokens[end].IsCapitalized)
        {
            end++;
        }

        return end > verbEnd && (end == tokens.Length || tokens[end].Kind is TokenKind.Punctuation or TokenKind.Quote);
    }

    // The longest appositive the usual skip crosses between a subject and its verb ("Dick Morris, a former adviser,
    // says"), in tokens; a person's appositive is read back as far.
    private const int MaxAppositiveTokens = 12;

    // The longest appositive or relative clause skipped before the verb's comma, in tokens.
    private const int MaxLongAppositiveTokens = 30;

    // The last word before a relative clause or a named person's appositive too long for the usual skip, ending at the
    // verb's comma, or -1: "a White House official, who requested anonymity because …, told", "Sen. Ben Sasse, a
    // prominent anti-Trumper and possibly the man with …, told". The nearest comma that opens one counts: "who" after
    // any source word, an article, "another" or an age after a person's name. A quotation mark, a clause break or a
    // reporting verb ends the search, so a clause before the subject is never crossed.
    private static int LongAppositiveHead(in SentenceInput input, int comma, bool quoted)
    {
        var tokens = input.Tokens;
        for (var j = comma - 1; j > 0 && comma - j <= MaxLongAppositiveTokens; j--)
        {
            var token = tokens[j];
            if (input.IsQuoted(j) != quoted || token.Kind == TokenKind.Quote || token.Text is ";" or ":" or "(" or ")"
                || ReportingVerbReader.IsReportingVerbAt(tokens, j))
            {
                return -1;
            }

            if (token.Text == "," && j + 1 < comma && IsSourceToken(tokens[j - 1])
                && (tokens[j + 1].Is("who") || (OpensAppositive(tokens[j + 1]) && IsPersonNameEnd(input, j - 1))))
            {
                return j - 1;
            }
        }

        return -1;
    }

    // The subject's last word when the phrase the skip landed on is itself a person's appositive, or head unchanged:
    // "Jonathan S. Abady, an attorney with Emery Celli Brinckerhoff & Abady LLP, the New York-based firm …, told" lands
    // on "LLP", "Shamima Yasmin, 23, a medical nurse in … district, who was among those evicted, told" on "district", and
    // the role noun was read as the speaker. A phrase headed by a name ("In April, the Harvard lawyer Alan Dershowitz,
    // another associate, wrote") is the subject itself; a name only after a preposition ("with … LLP") is not its head.
    private static int ApposedName(in SentenceInput input, int head, bool quoted)
    {
        var tokens = input.Tokens;
        if (tokens[head].IsCapitalized)
        {
            var start = CapitalisedRunStart(tokens, head, ampersands: true);
            if (start == 0 || tokens[start - 1].IsCapitalized || input.LabelAt(start - 1).Tag is not PosTag.IN)
            {
                return head;
            }
        }

        var open = head;
        while (open > 0 && head - open <= MaxAppositiveTokens && tokens[open].Text != "," && input.IsQuoted(open) == quoted && IsSourceToken(tokens[open]))
        {
            open--;
        }

        if (open < 2 || tokens[open].Text != "," || open + 1 > head || !OpensAppositive(tokens[open + 1]))
        {
            return head;
        }

        // An age between name and role: "Shamima Yasmin, 23, a medical nurse".
        var name = open - 1;
        if (tokens[name].Kind == TokenKind.Number && name >= 2 && tokens[name - 1].Text == ",")
        {
            name -= 2;
        }

        return IsPersonNameEnd(input, name) ? name : head;
    }

    private static bool OpensAppositive(Token token) =>
        token.Is("the") || WordClasses.IndefiniteOpeners.Contains(token.Text) || token.Kind == TokenKind.Number;

    // Whether index ends a person's name of two or more proper nouns ("Katie Glenn", "Jonathan S. Abady"). A
    // name after a preposition is a place or a time, no subject: "In New York City, an official …, who …, said" and "On
    // Tuesday, a senior official, who …, told" keep their official.
    private static bool IsPersonNameEnd(in SentenceInput input, int index)
    {
        var tokens = input.Tokens;
        if (index < 1 || input.LabelAt(index).Tag is not PosTag.NNP || !tokens[index - 1].IsCapitalized
            || input.LabelAt(index - 1).Tag is not (PosTag.NNP or PosTag.NNPS))
        {
            return false;
        }

        var start = CapitalisedRunStart(tokens, index, ampersands: false);
        for (var k = Math.Max(0, start - 1); k < index; k++)
        {
            if (input.LabelAt(k).Tag is PosTag.IN or PosTag.TO)
            {
                return false;
            }
        }

        return true;
    }

    // The first token of the run of capitalised words that ends at index. A firm's name joins its words with "&"
    // ("Emery Celli Brinckerhoff & Abady LLP"), so ApposedName passes over it; a person's name holds none, and
    // IsPersonNameEnd stops there.
    private static int CapitalisedRunStart(ImmutableArray<Token> tokens, int index, bool ampersands)
    {
        var start = index;
        while (start > 0 && (tokens[start - 1].IsCapitalized || (ampersands && tokens[start - 1].Text == "&")))
        {
            start--;
        }

        return start;
    }

    // verb: the verb group's words as its lexicon entry spells them ("said", "has argued"), or the one word of a verb the
    // word classes found, so the readers of the subject need not join the tokens again.
    private static Attribution? SourceBefore(in SentenceInput input, int verbStart, int verbEnd, string verb, bool quoted)
    {
        var tokens = input.Tokens;
        var start = verbStart;
        var index = verbStart - 1;
        // Auxiliaries and adverbs between subject and verb: "has long argued", "also said".
        // A stance adjective takes its subject across a form of "be": "Experts were also sceptical that". The grammar
        // is read only when a form of "be" stands there, so most sentences are not tagged for this.
        // So is "be" before an "-ing" form ("experts are saying"): inside the subject it ends it (below), here it belongs
        // to the verb. Not before a participle: a passive's subject is told or found something ("Democrats were told"),
        // it does not speak; and not a modal ("People can find out", "Republicans and Democrats can agree").
        while (index >= 0 && TokenSpans.IsWord(tokens[index])
            && (IsAuxiliaryOrAdverb(tokens[index].Text) || IsVerbGroupWord(tokens[index].Text, tokens[verbStart].Text)
                || (WordClasses.BeVerbs.Contains(tokens[index].Text) && input.LabelAt(verbStart).Tag == PosTag.JJ)))
        {
            index--;
        }

        // "Democratic strategists seem to believe", "officials were quick to caution": a raising frame stands between
        // the subject and its verb as an auxiliary does; left in, it ended the subject at "to" and hid the group.
        // A lay group's belief across "seem to"/"appear to" is the author's reading of what it does ("Investors seem to
        // believe", "voters appear to have agreed"), not a view anyone cited; "critics were quick to" speaks.
        var inferring = false;
        if (RaisingFrameStart(input, index, quoted) is var frame and >= 0)
        {
            inferring = !tokens[index - 1].Is("quick");
            index = frame;
            while (index >= 0 && TokenSpans.IsWord(tokens[index]) && IsAuxiliaryOrAdverb(tokens[index].Text))
            {
                index--;
            }
        }

        // "industry groups, who have warned of …": a relative "who" after a comma gives the verb the noun before it.
        if (VagueAntecedent(input, index, verbStart, verbEnd, quoted) is { } relative)
        {
            return relative;
        }

        // "(data not shown)": a bare negated verb reports nothing; "he did not say" still names its speaker.
        if (index >= 1 && tokens[index].Lower() is "not" && !IsAuxiliaryOrAdverb(tokens[index - 1].Text)
            && tokens[index - 1].Lower() is not ("is" or "was" or "are" or "were" or "could" or "can" or "should"))
        {
            return null;
        }

        // "… prosecutor and officials and said": a coordinated predicate; its subject is further back.
        if (index >= 0 && tokens[index].Lower() is "and" or "or")
        {
            return null;
        }

        // Skip an appositive between subject and verb: "Dick Morris, a former adviser, says".
        if (index > 0 && tokens[index].Text == ",")
        {
            var open = index - 1;
            while (open >= 0 && index - open <= MaxAppositiveTokens && tokens[open].Text != "," && input.IsQuoted(open) == quoted)
            {
                open--;
            }

            if (open > 0 && tokens[open].Text == "," && IsSourceToken(tokens[open - 1]))
            {
                index = ApposedName(input, open - 1, quoted);
            }
            else if (LongAppositiveHead(input, index, quoted) is var head and >= 0)
            {
                index = ApposedName(input, head, quoted);
            }
        }

        // "he's said", "she’d argued", "they're saying": a subject contraction is its pronoun and the auxiliary, read as
        // "he has said" is, when the verb is one of saying; otherwise ("he's also shown", "it's said to be") it names
        // no source, and nothing after the verb is its subject either.
        if (index >= 0 && WordClasses.SubjectContractions.Contains(tokens[index].Text))
        {
            return ReportingVerbReader.IsContractedSpeech(tokens, index, verbStart, verbEnd)
                ? SubjectAttribution(tokens, ContractedSubject(tokens[index].Text), verbStart, verbEnd, index, index + 1)
                : null;
        }

        index = ReportingVerbReader.SkipBracketedAcronym(tokens, index);
        var subjectEnd = index + 1;
        // An auxiliary or modal ends the subject: the words after it belong to another verb group ("the nation as a whole
        // has been shattering single-day records for new confirmed cases").
        while (index >= 0 && subjectEnd - index <= MaxSourceTokens && ContinuesSubject(input, index, quoted))
        {
            start = index;
            index--;
        }

        // "A senior U.S. intelligence official involved in regional security issues said": a role or group noun with a
        // participle or relative clause after it may stand further back than the usual length; only such a subject is read
        // on, since a longer reach elsewhere ran into names and bodies before the subject.
        if (index >= 0 && subjectEnd - index > MaxSourceTokens)
        {
            var further = index;
            var furtherStart = start;
            while (further >= 0 && subjectEnd - further <= MaxPostModifiedSubjectTokens && ContinuesSubject(input, further, quoted))
            {
                furtherStart = further;
                further--;
                // The furthest start that still reads as such a subject: "the top senior official involved in" keeps "the".
                if (IsPostModifiedSubject(tokens, furtherStart, subjectEnd))
                {
                    start = furtherStart;
                    index = further;
                }
            }
        }

        var afterAuxiliary = index >= 0 && EndsSubject(tokens, index);

        // "It is no surprise that some argue": a determiner standing alone as the subject opens the source phrase. After
        // "and"/"or" it may be one of two subjects ("Many commentators and some Trump supporters noted"), read whole.
        for (var j = subjectEnd - 1; j > start; j--)
        {
            if (ReportingVerbReader.IsGroupSubject(tokens, j) && tokens[j - 1].Lower() is not ("and" or "or"))
            {
                start = j;
                break;
            }
        }

        // ", and people familiar with the matter describe": a conjunction opens the clause, not the source; so does "with"
        // before a participle's subject (", with Obama administration critics saying").
        while (start < subjectEnd - 1 && (tokens[start].Lower() is "and" or "or" or "but" || ReportingVerbReader.IsAbsoluteParticipleSubject(tokens, start + 1, subjectEnd)))
        {
            start++;
        }

        // "have many stories of valor still waiting to be told", "won't have their asylum claims heard": words straight
        // after another verb group are its object or complement, not this verb's subject, unless they are one pronoun, the
        // subject of a question ("do you favor"). When a relative pronoun or "that" stands
        // among those words, the verb's subject is what follows it ("had set him off in a way that two officials said").
        if (afterAuxiliary && start == index + 1 && start < subjectEnd && !IsInvertedSubject(tokens, start, subjectEnd))
        {
            var pronoun = LastRelativePronoun(tokens, start, subjectEnd);
            if (pronoun < 0)
            {
                // A named phrase is kept as SourceAfterWithoutSubject keeps one: the figure and claim rules lean on it
                // (dropping it uncovered the survey figures of "When asked … to say legally: 57 percent favor").
                var kind = SourcePhraseClassifier.Classify(input, start, subjectEnd, quoted);
                return kind == AttributionKind.Named ? SubjectAttribution(tokens, kind, verbStart, verbEnd, start, subjectEnd) : null;
            }

            start = pronoun + 1;
        }

        // "AP reported that a Jordan-based official said", "As one Iowa student told ABC": the complementiser or "as" that
        // opens the clause is no part of its subject. Left in, it hid an indefinite role from the classifier, which reads
        // the role's article as the phrase's first word, and widened the reported span ("that two officials said").
        // Only an unnamed source is read without it: a named one keeps the span it always had (", as the Post reported"),
        // which the readers of reported speech and the claim rules measure from.
        var introduced = start;
        while (start < subjectEnd - 1 && IsClauseIntroducer(input, start, subjectEnd))
        {
            start++;
        }

        // "what they reveal is …": a free relative's pronoun reports nothing about the clause that follows.
        if (start >= subjectEnd || (subjectEnd - start == 1 && start > 0 && tokens[start - 1].Is("what") && WordClasses.PersonalPronouns.Contains(tokens[start].Text)))
        {
            return null;
        }

        var (subject, subjectStart) = ClassifySubject(input, start, introduced, subjectEnd, verbStart, verbEnd, verb, quoted);
        // Only an unnamed group or role: a pronoun's "whether they think" still reports what follows (DL1001 reads it).
        if (subject is AttributionKind.Vague or AttributionKind.Role && WordClasses.HeldViewVerbs.Contains(tokens[verbEnd - 1].Text)
            && IsEmbeddedHolder(tokens, introduced, subjectEnd) && !CitesHeldView(input, verbEnd))
        {
            return null;
        }

        if (inferring && !IsViewAcrossRaisingFrame(tokens, subject, subjectEnd))
        {
            return null;
        }

        return SubjectAttribution(tokens, subject, verbStart, verbEnd, subjectStart, subjectEnd);
    }

    // The kind of the subject phrase and where it starts. Without its clause's introducer only an unnamed source is read
    // ("that two officials said"); a named one keeps the span it always had. A plural subject the lists do not hold is
    // read by its grammar: "gun lobbyists have said", "accountants project", "supporters of Facebook's new policy argue"
    // (a capital after "of" named it before). A phrase that holds a poll or its respondents stays what the survey
    // reading made it.
    private static (AttributionKind? Kind, int Start) ClassifySubject(
        in SentenceInput input, int start, int introduced, int subjectEnd, int verbStart, int verbEnd, string verb, bool quoted)
    {
        var subject = SourcePhraseClassifier.Classify(input, start, subjectEnd, quoted);
        if (start > introduced && subject is not (AttributionKind.Vague or AttributionKind.Role))
        {
            start = introduced;
            subject = SourcePhraseClassifier.Classify(input, start, subjectEnd, quoted);
        }

        var unsettled = subject is null || (subject == AttributionKind.Named && !SurveyMentions.In(input.Tokens.AsSpan(start, subjectEnd - start), studies: true));
        if (unsettled && UnnamedSubjects.IsUnnamedGroup(input, start, subjectEnd, verbStart, verbEnd, verb))
        {
            subject = AttributionKind.Vague;
        }
        else if (subject is null && UnnamedSubjects.IsIndefiniteSpeaker(input, start, subjectEnd, verbStart, verbEnd, verb))
        {
            subject = AttributionKind.Role;
        }

        return (subject, start);
    }

    // A view held inside an embedded question or condition ("Even if most Republicans believe", "understanding what
    // people of differing ideologies actually believe", "Whether his supporters believed him") or by a group a relative
    // clause defines by it ("many people who believe themselves independent … rely on it", "the others who think
    // differently") is what the sentence says about the holders, not a view it cites: the gold labels none of that form
    // in every tune and fresh set (sources56). "There are experts who think" still cites them, and "what officials said"
    // (a verb of saying, not in the list) stays a source.
    private static bool IsEmbeddedHolder(ImmutableArray<Token> tokens, int start, int subjectEnd)
    {
        for (var j = Math.Max(0, start - 2); j < subjectEnd; j++)
        {
            if (tokens[j].Is("there"))
            {
                return false;
            }
        }

        if (subjectEnd - start >= 2 && WordClasses.RelativePronouns.Contains(tokens[subjectEnd - 1].Text))
        {
            return true;
        }

        // The question word or "if" may stand just before the phrase or be read into it ("of how many Americans believe").
        // "That's why some analysts think", "which is why some observers believe": "why" after a form of "be" gives the
        // reason for the claim the group's view makes; that view is the sentence's claim, cited (rev41).
        for (var j = Math.Max(0, start - 1); j < subjectEnd - 1; j++)
        {
            if ((WordClasses.QuestionWords.Contains(tokens[j].Text) && !IsReasonWhy(tokens, j)) || tokens[j].Is("if"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReasonWhy(ImmutableArray<Token> tokens, int index) =>
        tokens[index].Is("why") && index > 0
        && (tokens[index - 1].Lower() is "is" or "was" || ApostropheS.EndsWithClitic(tokens[index - 1].Text));

    // "confirms what many experienced observers had feared and warned of — that …", "what an awful lot of liberals appear
    // to believe: …": a dash and "that", or a colon, straight after the view (across only verbs, adverbs, prepositions and "and"/"or")
    // spells out what the group holds, which the sentence cites (rev41). "what effects economists believe it would have —"
    // has the question's own subject between and stays a question.
    private static bool CitesHeldView(in SentenceInput input, int verbEnd)
    {
        var tokens = input.Tokens;
        var grammar = input.Grammar;
        for (var j = verbEnd; j < tokens.Length && j < verbEnd + 4; j++)
        {
            if (tokens[j].Text == ":" || (PhraseBreaks.IsDash(tokens[j]) && tokens.At(j + 1) is { } that && that.Is("that")))
            {
                return IsQuestionWhatBefore(tokens, verbEnd);
            }

            var tag = grammar.TagAt(j);
            if (!(tag.IsVerb() || tag.IsAdverb() || tag is PosTag.IN or PosTag.CC or PosTag.TO))
            {
                return false;
            }
        }

        return false;
    }

    // Only a free relative "what" holds the view's object open for the dash to fill.
    private static bool IsQuestionWhatBefore(ImmutableArray<Token> tokens, int verbEnd)
    {
        for (var j = verbEnd - 1; j >= 0 && j >= verbEnd - 10; j--)
        {
            if (tokens[j].Is("what"))
            {
                return true;
            }

            if (tokens[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }

    // Across "seem to"/"appear to" only a group or a role holds a view someone cites, and not a lay group ("Investors seem
    // to believe", "voters appear to have agreed" are the author's reading of what it does). "The council appears to
    // believe that voters will forget" is the author's reading of a named body, hedged by "appears", and cites no one.
    private static bool IsViewAcrossRaisingFrame(ImmutableArray<Token> tokens, AttributionKind? subject, int subjectEnd) =>
        subject is AttributionKind.Vague or AttributionKind.Role && !WordClasses.InferredGroups.Contains(tokens[subjectEnd - 1].Text);

    // "that" or "as" tagged as a subordinating word (IN), not the demonstrative of "That official said". "as" opens a
    // clause only at its start (after punctuation, a conjunction or a subordinator: ", as one aide put it", "And as a
    // memory expert will tell you"); after a word it is a preposition ("identifying McDonnell as a Republican and …
    // said"), and before a pronoun subject it names a role ("As a high school student he wrote"). "as many as ten
    // officials" keeps its "as", which counts the group (SourcePhraseClassifier.IsComparedCount reads it).
    private static bool IsClauseIntroducer(in SentenceInput input, int index, int subjectEnd)
    {
        var tokens = input.Tokens;
        if (!(tokens[index].Lower() is "that" or "as") || input.LabelAt(index).Tag != PosTag.IN)
        {
            return false;
        }

        return tokens[index].Is("that")
            || (tokens.At(index - 1) is not { IsWord: true } previous || previous.Lower() is "and" or "but" or "or" || WordClasses.ClauseOpeners.Contains(previous.Text))
                && !WordClasses.GroupQuantifiers.Contains(tokens[index + 1].Text) && !tokens[index + 1].Is("much")
                && !WordClasses.PersonalPronouns.Contains(tokens[subjectEnd - 1].Text);
    }

    // The attribution of a verb to the subject phrase before it, of the kind its classifier gave, when the verb
    // attributes with that subject.
    private static Attribution? SubjectAttribution(ImmutableArray<Token> tokens, AttributionKind? kind, int verbStart, int verbEnd, int start, int subjectEnd)
    {
        // "put"/"peg" attribute only for estimates and documents ("estimates put the cost at"), not "he put it"; a vague
        // subject must be a source noun ("several officials put it", "one analyst put it"), not any group that puts
        // something somewhere ("Democrats put the broadest possible definition on"). Only the bare verb: a longer entry
        // is an act of its own ("the university put out a call for 1,500 people").
        var head = tokens[subjectEnd - 1].Text;
        if (verbEnd - verbStart == 1 && WordClasses.EstimateVerbs.Contains(tokens[verbStart].Text) && !WordClasses.DocumentNouns.Contains(head)
            && !(kind is AttributionKind.Vague or AttributionKind.Role && (RuleLexicons.VagueSources.ContainsWord(head) || WordClasses.RoleNouns.Contains(head))))
        {
            return null;
        }

        // "come(s)/came from" credits a document ("the figures come from the CDC"); "Some came from as far away as
        // Toronto", "others come from abroad" and "most of the firearms used in crimes come from" say where people or
        // things come from, so a vague subject needs a document noun to be a source.
        if (kind is AttributionKind.Vague && tokens[verbEnd - 1].Is("from") && !HasDocumentNoun(tokens, start, subjectEnd))
        {
            return null;
        }

        return kind is null ? null : new Attribution(kind.Value, verbStart, verbEnd, start, subjectEnd);
    }

    // "who's argued 25 cases before the Supreme Court": the verb's subject is the contraction before it, so what follows
    // the verb is its object, never its source.
    private static bool HasContractedSubject(ImmutableArray<Token> tokens, int verbStart)
    {
        var index = verbStart - 1;
        while (index >= 0 && TokenSpans.IsWord(tokens[index]) && IsAuxiliaryOrAdverb(tokens[index].Text))
        {
            index--;
        }

        return index >= 0 && WordClasses.SubjectContractions.Contains(tokens[index].Text);
    }

    // The pronoun of a subject contraction, classified as SourcePhraseClassifier classifies it alone: "I'd" the author;
    // "he's", "they'd" a person the story names; "that's", "who's" no source.
    private static AttributionKind? ContractedSubject(string contraction)
    {
        var pronoun = ReportingVerbReader.ContractionPronoun(contraction);
        return WordClasses.AuthorPronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(pronoun) ? AttributionKind.Author
            : WordClasses.PersonalPronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(pronoun) ? AttributionKind.Named
            : null;
    }

    // ", who have warned", ", who say": a noun phrase before the comma is the speaker. Kept only when that phrase is a
    // vague source ("business and industry groups on both sides of the border, who have warned", "criticism from
    // conservatives, who noted"): a named antecedent ("William Barr, who said") would make every relative clause after a
    // name an attribution the figure and claim rules then lean on, which they do not now. The noun phrases before the
    // comma are read right to left, past those that are no source at all ("the border"), and the first source decides:
    // "officials at the Department, who said" stops at the named body. A verb or punctuation ends the search.
    private static Attribution? VagueAntecedent(in SentenceInput input, int who, int verbStart, int verbEnd, bool quoted)
    {
        var tokens = input.Tokens;
        if (who < 2 || !FunctionWords.Is(tokens[who], "who") || tokens[who - 1].Text != "," || input.IsQuoted(who) != quoted)
        {
            return null;
        }

        var comma = who - 1;
        for (var head = comma - 1; head >= 0 && comma - head <= MaxAntecedentTokens; head--)
        {
            if (!IsNounPhraseWord(input, head, quoted) && !(TokenSpans.IsWord(tokens[head]) && input.LabelAt(head).Tag is PosTag.IN or PosTag.CC))
            {
                return null;
            }

            if (input.LabelAt(head).Tag is not (PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS))
            {
                continue;
            }

            var start = head;
            while (start > 0 && head + 1 - start < MaxSourceTokens && IsNounPhraseWord(input, start - 1, quoted))
            {
                start--;
            }

            var kind = SourcePhraseClassifier.Classify(input, start, head + 1, quoted);
            if (kind is not null)
            {
                return kind is AttributionKind.Vague ? new Attribution(AttributionKind.Vague, verbStart, verbEnd, start, head + 1) : null;
            }

            head = start;
        }

        return null;
    }

    private static bool IsNounPhraseWord(in SentenceInput input, int index, bool quoted)
    {
        var token = input.Tokens[index];
        return TokenSpans.IsWord(token) && input.IsQuoted(index) == quoted
            && (Possessives.EndsWithPossessive(token.Text)
                || input.LabelAt(index).Tag is PosTag.DT or PosTag.JJ or PosTag.JJR or PosTag.JJS or PosTag.NN or PosTag.NNS or PosTag.NNP
                    or PosTag.NNPS or PosTag.CD or PosTag.PRPS);
    }

    private static bool HasDocumentNoun(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (WordClasses.DocumentNouns.Contains(tokens[i].Text) || WordClasses.RecordNouns.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    // A verb whose subject was not found before it. A vague or role source read after it stands only where the order
    // allows one (MayNameSourceAfter). A named one is kept as before: the figure and claim rules lean on it where the
    // subject is a pronoun the reader does not resolve ("It also said there were a dozen shootings", the police
    // department of the previous sentence); dropping those too added 171 DL2001 and 575 DL5001 findings on 1,000
    // unseen articles (docs/quality.md, hedges8), which is those rules' ground.
    private static Attribution? SourceAfterWithoutSubject(in SentenceInput input, int verbStart, int verbEnd, bool quoted)
    {
        var attribution = SourceAfter(input, verbStart, verbEnd, quoted);
        return attribution is { IsVague: true } && !MayNameSourceAfter(input, verbStart, verbEnd) ? null : attribution;
    }

    // With no subject found before it, a verb names its source after it only in the inverted order (", said a former
    // prosecutor who …", "“…,” said one aide") or as a passive with its agent ("as reported by multiple news outlets").
    // Elsewhere what follows is the verb's object or its clause, not a source: "Tami Arntzen, a staff attorney with …,
    // said many landlords were being", "Your doctor tells you that", "to find how many people", "noted that many of
    // his colleagues". So: after a comma or a quotation mark, never "that", never an addressing verb ("told Democrats
    // in a briefing"), and no finite verb before a relative pronoun. The tagger is asked last, for the few verbs left.
    private static bool MayNameSourceAfter(in SentenceInput input, int verbStart, int verbEnd)
    {
        var tokens = input.Tokens;
        if (tokens.At(verbEnd) is not { } next)
        {
            return false;
        }

        if (next.Is("by"))
        {
            return true;
        }

        if (tokens.At(verbStart - 1) is not { } previous || !(previous.Text == "," || previous.Kind == TokenKind.Quote)
            || next.Is("that") || WordClasses.AddressingVerbs.Contains(tokens[verbStart].Text))
        {
            return false;
        }

        // Straight after a closing quotation mark the verb is the quotation's frame and what follows it is the speaker
        // ("“…,” said a GOP source involved in the race"): a participle the tagger reads as a past tense there is a
        // reduced relative, not the verb of a reported clause, which follows a comma instead (", said many landlords were").
        // The mark must close the quotation the verb stands outside: after an opening one the verb is quoted words
        // ("\"reported in so many outlets at the same time indicates").
        if (previous.Kind == TokenKind.Quote && input.IsQuoted(verbStart - 1) && !input.IsQuoted(verbStart))
        {
            return true;
        }

        for (var j = verbEnd; j < Math.Min(tokens.Length, verbEnd + MaxSourceTokens) && IsSourceToken(tokens[j]); j++)
        {
            if (WordClasses.RelativePronouns.Contains(tokens[j].Text) || IsReducedQualifier(input, j))
            {
                break;
            }

            if (input.LabelAt(j).Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD)
            {
                return false;
            }
        }

        return true;
    }

    // A qualifier participle between a plural noun and its preposition opens a reduced relative (", said people
    // briefed on the talks", ", said two officials involved in the talks"), which the tagger reads as a past tense.
    private static bool IsReducedQualifier(in SentenceInput input, int index) =>
        index > 0 && index + 1 < input.Tokens.Length
        && SourceQualifierWords.IsAt(input.Tokens.AsSpan(), index)
        && input.LabelAt(index - 1).Tag is PosTag.NNS or PosTag.NNPS
        && input.LabelAt(index + 1).Tag == PosTag.IN;

    private static Attribution? SourceAfter(in SentenceInput input, int verbStart, int verbEnd, bool quoted)
    {
        var end = SourceHeadEnd(input, verbEnd, SourcePhraseEnd(input, verbEnd, quoted));
        if (end == verbEnd)
        {
            return null;
        }

        // "“…,” said a retired supervisor who knows the director", "“…,” wrote another disillusioned educator": one
        // person introduced indefinitely, as after "according to" (UnnamedSubjects.IsIndefinitePerson), when the verb
        // is "say" or follows the quotation it frames; after a comma another verb's object is no speaker ("…, maintained
        // a robust agribusiness sector").
        var kind = SourcePhraseClassifier.Classify(input, verbEnd, end, quoted);
        if (kind is null && (WordClasses.SayForms.Contains(input.Tokens[verbStart].Text) || input.Tokens.At(verbStart - 1) is { Kind: TokenKind.Quote })
            && UnnamedSubjects.IsIndefinitePerson(input, verbEnd, end))
        {
            kind = AttributionKind.Role;
        }

        return kind is null ? null : new Attribution(kind.Value, verbStart, verbEnd, verbEnd, end);
    }

    // "according to" always introduces a source, so a record cited there names one even in lower case ("according to
    // his tax return", "according to figures provided last week by his office": Semantics/CitedRecords). An issued
    // record only replaces no source; a named author also outranks the vague reading of a bare document noun
    // ("according to data compiled by the center").
    private static Attribution? SourceAfterAccordingTo(in SentenceInput input, int verbStart, int verbEnd, bool quoted)
    {
        var run = SourcePhraseEnd(input, verbEnd, quoted);
        var end = SourceHeadEnd(input, verbEnd, run);
        if (end == verbEnd)
        {
            return null;
        }

        // A record's issuer or author may stand in the relative clause ("figures that were released by his office").
        var kind = SourcePhraseClassifier.Classify(input, verbEnd, end, quoted);
        if ((kind is null && CitedRecords.IsIssuedRecord(input.Tokens, verbEnd, run))
            || (kind is null or AttributionKind.Vague && CitedRecords.NamesAuthor(input, verbEnd, run, quoted)))
        {
            kind = AttributionKind.Named;
        }
        else if (kind is null && UnnamedSubjects.IsIndefinitePerson(input, verbEnd, end))
        {
            kind = AttributionKind.Role;
        }

        return kind is null ? null : new Attribution(kind.Value, verbStart, verbEnd, verbEnd, end);
    }

    // A word the backward subject walk takes: on the verb's side of the quotation marks, a source word, and no reporting
    // verb, clause opener, auxiliary or modal (those end the subject).
    private static bool ContinuesSubject(in SentenceInput input, int index, bool quoted)
    {
        var tokens = input.Tokens;
        return input.IsQuoted(index) == quoted && IsSourceToken(tokens[index]) && !ReportingVerbReader.IsReportingVerbAt(tokens, index)
            && !WordClasses.ClauseOpeners.Contains(tokens[index].Text) && !EndsSubject(tokens, index);
    }

    // A subject that opens with its determiner or modifiers, reaches a role or group noun and goes on in a participle or
    // relative clause after it ("A senior U.S. intelligence official involved in", "Another person who worked in").
    // The first word must not be capitalised past the sentence's start, so that a name ("Senate Intelligence Committee
    // officials familiar with") is never half read.
    private static bool IsPostModifiedSubject(ImmutableArray<Token> tokens, int start, int end)
    {
        var first = tokens[start].Lower();
        if (start > 0 && tokens[start].IsCapitalized && !WordClasses.Determiners.Contains(first) && !WordClasses.GroupQuantifiers.Contains(first))
        {
            return false;
        }

        // The phrase must open a clause: after a verb ("win back any supporters who"), a preposition ("Interviews with
        // several sources who") or an appositive's comma ("Mehsud, a young garment trader who was shot dead by police who
        // claimed") it is an object or an appositive.
        var before = start - 1;
        if (before >= 0 && (tokens[before].IsWord ? !WordClasses.LongSubjectOpeners.Contains(tokens[before].Text) : tokens[before].Text == ","))
        {
            return false;
        }

        // One head and one post-modifier: a coordinated subject ("The Post and others who went on to pick up the story
        // noted") or a second clause ("an employee who had worn a Teamsters T-shirt who the managers believed") is read
        // as before.
        var head = -1;
        for (var i = start; i < end; i++)
        {
            var word = tokens[i].Lower();
            if (word is "and" or "or" || (head >= 0 && WordClasses.LongSubjectPostModifiers.Contains(word)))
            {
                return false;
            }

            // The clause must have words of its own before the verb: "critics who argue" is the old relative reading.
            if (head < 0 && i > start && i < end - 1 && WordClasses.LongSubjectPostModifiers.Contains(word))
            {
                head = i - 1;
            }
        }

        if (head < 0)
        {
            return false;
        }

        var noun = tokens[head].Lower();
        return WordClasses.RoleNouns.Contains(noun) || WordClasses.GroupNouns.Contains(noun) || RuleLexicons.VagueSources.ContainsWord(noun);
    }

    // The end of the source phrase after a verb or preposition: words, numbers and "&", up to MaxSourceTokens.
    private static int SourcePhraseEnd(in SentenceInput input, int verbEnd, bool quoted)
    {
        var tokens = input.Tokens;
        var end = verbEnd;
        while (end < tokens.Length && end - verbEnd < MaxSourceTokens && input.IsQuoted(end) == quoted && IsSourceToken(tokens[end]))
        {
            end++;
        }

        return end;
    }

    // The source after "according to" or an inverted verb ends before a relative clause on its noun: "according to a
    // U.S. official who asked not to be identified" cites the official, and the clause only describes him. Read whole,
    // the clause's words were classified as the source's ("a reporter with the Indianapolis Star who witnessed", "the
    // professor who chaired the panel of researchers") and stretched the span to the token limit. A pronoun after a
    // verb opens no relative clause, and a lone word keeps its clause, which is all that says who it is ("those who know
    // him", "someone who attended"). Not "that": after a noun it opens the reported clause as often as a relative one
    // ("tells CBS News that Russia is spending millions"), and a record's maker stands in it ("calculations that the
    // Union of Concerned Scientists publishes"); cut there, the allsides run moved 30 figures, a mixed lot.
    private static int SourceHeadEnd(in SentenceInput input, int start, int end)
    {
        var tokens = input.Tokens;
        for (var j = start + 2; j + 1 < end; j++)
        {
            if (WordClasses.RelativePronouns.Contains(tokens[j].Text) && !tokens[j].Is("that") && input.LabelAt(j - 1).Tag is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS)
            {
                return j;
            }
        }

        return end;
    }

    private static bool IsAuxiliaryOrAdverb(string word) => WordClasses.VerbFillers.Contains(word);

    /// <summary>
    /// The index of the first token before a participle that is not an auxiliary or adverb of its verb group
    /// (class-verb-fillers: "has also", "were later"), stopping at a form of "be" ("is", "been"), which makes a passive;
    /// -1 when the walk runs off the sentence's start. Callers ask whether that token is the passive's "be".
    /// </summary>
    internal static int VerbGroupStartBefore(ImmutableArray<Token> tokens, int participle)
    {
        var before = participle - 1;
        while (before >= 0 && TokenSpans.IsWord(tokens[before]) && IsAuxiliaryOrAdverb(tokens[before].Text) && !WordClasses.BeVerbs.Contains(tokens[before].Text))
        {
            before--;
        }

        return before;
    }

    // The last relative pronoun (or "that") before the end of a phrase with words after it, or -1.
    private static int LastRelativePronoun(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var j = end - 2; j >= start; j--)
        {
            if (WordClasses.RelativePronouns.Contains(tokens[j].Text))
            {
                return j;
            }
        }

        return -1;
    }

    // A form of "be" in a progressive ("are saying"). Not a modal: "can find", "can agree" are abilities, not speech.
    private static bool IsVerbGroupWord(string word, string verb) =>
        WordClasses.SubjectBreaks.Contains(word) && WordClasses.BeVerbs.Contains(word) && verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    // One pronoun between an auxiliary and its verb: the subject of a question ("do you favor"). Not a noun: "how will
    // Americans believe", "What do Democrats say?" ask what a group thinks and report nothing.
    private static bool IsInvertedSubject(ImmutableArray<Token> tokens, int start, int end) =>
        end - start == 1 && (WordClasses.PersonalPronouns.Contains(tokens[start].Text) || WordClasses.AuthorPronouns.Contains(tokens[start].Text));

    // An auxiliary or modal ends a subject read back from its verb, unless its verb group belongs to a relative clause or
    // an existential inside that subject: "sources who have spoken on the condition of anonymity told", "there are
    // studies claiming to show".
    private static bool EndsSubject(ImmutableArray<Token> tokens, int index)
    {
        // A capital inside the sentence is a name: "A spokesman for May said".
        if (!WordClasses.SubjectBreaks.Contains(tokens[index].Text) || (index > 0 && tokens[index].IsCapitalized))
        {
            return false;
        }

        var before = index - 1;
        while (before >= 0 && (WordClasses.SubjectBreaks.Contains(tokens[before].Text) || IsAuxiliaryOrAdverb(tokens[before].Text)))
        {
            before--;
        }

        return before < 0 || !(WordClasses.RelativePronouns.Contains(tokens[before].Text) || tokens[before].Is("there"));
    }

    private static bool IsSourceToken(Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number or TokenKind.NumberWithSuffix
        || (token.Kind == TokenKind.Symbol && token.Text == "&");
}
