using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// Which words of a sentence are someone else's: quoted, or reported speech (after "X said", "according to X", before
/// a closing ", X said", or in the clause after "X says that").
/// </summary>
internal static class ReportedSpeechReader
{
    /// <summary>True when the token is inside a direct quotation or in reported speech.</summary>
    /// <param name="attributions">The sentence's attributions outside quotations.</param>
    /// <param name="openingClauseEnd">The comma that closes the sentence's opening clause (<see cref="OpeningClauses.End"/>), or -1:
    /// read once by <see cref="SentenceSemantics.OpeningClauseEnd"/> and passed in, not read again per token.</param>
    public static bool IsOthersVoice(in SentenceInput input, ImmutableArray<Attribution> attributions, int openingClauseEnd, int tokenIndex)
    {
        if (input.IsQuoted(tokenIndex))
        {
            return true;
        }

        var tokens = input.Tokens;
        // A report inside an opening subordinate clause reaches its comma only (OpeningClauses).
        var pastOpening = openingClauseEnd >= 0 && tokenIndex > openingClauseEnd ? openingClauseEnd : -1;
        foreach (var attribution in attributions)
        {
            if (attribution.Kind == AttributionKind.Author || attribution.End <= pastOpening)
            {
                continue;
            }

            if (tokenIndex >= attribution.End && !attribution.SourceFollowsVerb && !IsPastClauseBreak(tokens, attribution.End, tokenIndex)
                && !RelativeAttributions.ClosesBefore(input, attribution, tokenIndex))
            {
                return true;
            }

            if (tokenIndex >= attribution.End && AttributionReader.IsPrepositional(tokens, attribution))
            {
                return true;
            }

            if (tokenIndex < attribution.Start && IsTrailingAttribution(tokens, attribution) && !IsBrokenAccordingTo(tokens, attribution, tokenIndex))
            {
                return true;
            }
        }

        return IsReportedClause(input, tokenIndex, pastOpening);
    }

    /// <summary>
    /// A trailing "according to X" credits the clause it closes, not one a clause break (";" or ", but", class-clause-breaks)
    /// ends before it: in "What was said may be known only to them, but after the meeting, Smith told aides …, according to
    /// three sources" the sources report the meeting, and the "may" is the author's. Only "according to": a closing
    /// ", officials said" reports the whole sentence more often ("The vote may slip, but the bill will pass, aides said").
    /// AccordingToTails asks it too.
    /// </summary>
    internal static bool IsBrokenAccordingTo(ImmutableArray<Token> tokens, Attribution attribution, int tokenIndex) =>
        tokens[attribution.VerbStart].Is("according") && ClauseBreakReader.HasBreakBetween(tokens, tokenIndex, attribution.Start, colonBreaks: false);

    /// <summary>
    /// The attribution closes the clause before it: set off by a comma, dash or quotation mark, and followed by nothing
    /// but the sentence's end or a closer ("…, officials said.", "…, Johnson said on Saturday", "…, according to Politico").
    /// </summary>
    public static bool IsTrailingAttribution(ImmutableArray<Token> tokens, Attribution attribution) =>
        IsSetOff(tokens, attribution.Start) && ClosesClause(tokens, PastRelativeClause(tokens, attribution));

    // The source after a verb or "according to" ends before its relative clause (AttributionReader.SourceHeadEnd: "…,
    // said Senate aides who spoke on condition of anonymity"), but the clause is still the attribution's: whether the
    // attribution closes its sentence is read where the clause ends, at the next punctuation or quotation mark. Not
    // "that", which the source reader does not cut at either.
    private static int PastRelativeClause(ImmutableArray<Token> tokens, Attribution attribution)
    {
        var i = attribution.End;
        if (!attribution.SourceFollowsVerb || i >= tokens.Length || tokens[i].Is("that") || !WordClasses.RelativePronouns.Contains(tokens[i].Text))
        {
            return i;
        }

        while (i < tokens.Length && tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.Quote))
        {
            i++;
        }

        return i;
    }

    /// <summary>A comma, dash or quotation mark stands straight before the token.</summary>
    internal static bool IsSetOff(ImmutableArray<Token> tokens, int start)
    {
        var before = start - 1;
        return before >= 0 && (tokens[before].Text == "," || Dashes.IsEmDash(tokens[before].Text) || tokens[before].Kind == TokenKind.Quote);
    }

    // ", officials said." closes what precedes it; ", studies claiming to show that…" opens a new claim instead, and so
    // does a closer's phrase that runs into "that" (", argued in a statement that …" reports what follows).
    internal static bool ClosesClause(ImmutableArray<Token> tokens, int index)
    {
        Token? next = index < tokens.Length ? tokens[index] : null;
        return next is null
            || next.Kind is TokenKind.Punctuation or TokenKind.Quote
            || WordClasses.ClauseClosers.Contains(next.Text) && !RunsIntoThat(tokens, index);
    }

    private static bool RunsIntoThat(ImmutableArray<Token> tokens, int index) =>
        ThatAhead(tokens, index + 1, Math.Min(tokens.Length, index + 6), grammar: null) >= 0;

    // The index of the first "that" in [from, end) reached over words and numbers only, or -1. With the grammar, a verb
    // group on the way also ends the phrase ("said in the interview that aired Sunday").
    private static int ThatAhead(ImmutableArray<Token> tokens, int from, int end, SentenceGrammar? grammar)
    {
        for (var j = from; j < end; j++)
        {
            if (tokens[j].Is("that"))
            {
                return j;
            }

            if (!TokenSpans.IsWord(tokens[j]) && tokens[j].Kind != TokenKind.Number || grammar?.ChunkAt(j, ChunkKind.VerbGroup) is not null)
            {
                return -1;
            }
        }

        return -1;
    }

    // "Both parties agree that …", "the agency says that …": what follows "VERB that" is the subject's claim,
    // whether or not the subject names a checkable source. The author's own "I think that" stays the author's.
    // pastOpening: the comma closing an opening subordinate clause when the token lies past it, else -1; a speech verb or
    // thought before it reports that clause only.
    private static bool IsReportedClause(in SentenceInput input, int tokenIndex, int pastOpening)
    {
        var tokens = input.Tokens;
        // A thought opening the sentence ("Concern has grown that the economy may", "Fears that the virus could spread
        // …"): the loop below starts at the second word, where a speaker can stand before a verb.
        if (tokenIndex > 1 && pastOpening < 0 && !input.IsQuoted(0) && IsHeldThought(input, 0, tokenIndex))
        {
            return true;
        }

        for (var i = Math.Max(1, pastOpening + 1); i + 1 < tokenIndex; i++)
        {
            if (input.IsQuoted(i))
            {
                continue;
            }

            if (IsHeldThought(input, i, tokenIndex) || IsClaimContent(input, i, tokenIndex) || IsSpeakersSuggestion(input, i, tokenIndex))
            {
                return true;
            }

            // "VERB that …", or a speech verb straight before its clause's pronoun subject ("20 percent said they were",
            // "Fauci said it's unlikely", "she said it was"). A thought that is also a speech verb ("worried that") stays
            // the author's as a held thought does ("I was worried that").
            var opensClause = tokens[i + 1].Is("that")
                || (WordClasses.SayForms.Contains(tokens[i].Text) && OpensWithPronounSubject(tokens, i + 1))
                || AddresseeThenThat(input, i, tokenIndex)
                || AdverbialThenThat(input, i, tokenIndex);
            if (!opensClause)
            {
                continue;
            }

            if (IsSpeakersVerbAt(input, i, tokenIndex))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Token <paramref name="verbIndex"/> (at least 1) is a one-word reporting verb used as a verb by someone other than
    /// the author ("Both parties agree", "Russia, a longtime ally, said"): not an evidence verb, whose thing-subjects are
    /// the author's inference, not after "I", "we" or "it", and with no clause break between it and the token.
    /// </summary>
    internal static bool IsSpeakersVerbAt(in SentenceInput input, int verbIndex, int tokenIndex)
    {
        var tokens = input.Tokens;
        var length = input.Lexicons.LongestMatchAt(RuleLexicons.ReportingVerbs, verbIndex, out var entry);
        return length == 1 && !WordClasses.EvidenceVerbs.Contains(entry!)
            && ReportingVerbReader.IsVerbUse(tokens, verbIndex, entry!) && (TokenSpans.IsWord(tokens[verbIndex - 1]) || IsVerbAfterComma(input, verbIndex))
            && !IsAuthorBeforeFillers(tokens, verbIndex)
            && !FunctionWords.Is(tokens[verbIndex - 1], "it") && !(WordClasses.HolderThoughts.Contains(tokens[verbIndex].Text) && IsAuthorsOwn(tokens, verbIndex))
            && !IsPastClauseBreak(tokens, verbIndex + 1, tokenIndex);
    }

    // The author before the verb and its auxiliaries and adverbs: "I would add that …" is the author's as "I add that"
    // is (hedges41: "add" joined the clause speech verbs).
    private static bool IsAuthorBeforeFillers(ImmutableArray<Token> tokens, int verbIndex) =>
        TokenSpans.BeforeVerbFillers(tokens, verbIndex) is var subject and >= 0 && WordClasses.AuthorPronouns.Contains(tokens[subject].Text);

    // "he thought he might", "amid fears they could", "expressed concern that the pandemic could": a thought someone
    // holds, then its clause ("that", a pronoun subject, or a noun phrase subject and its verb: "amid warnings the virus
    // could"). The author's own ("I was worried that", "we are optimistic
    // that", the generic "one suspects he may") and "it" ("it is thought that", an impersonal belief other rules read)
    // stay the author's; so does a relative "that" ("a growing worry that seems selfish") and whatever follows the
    // clause's end (", but … was clearly motivated", class-clause-breaks).
    private static bool IsHeldThought(in SentenceInput input, int index, int tokenIndex)
    {
        var tokens = input.Tokens;
        // The word classes ignore case; no holder word has an apostrophe to fold.
        if (!WordClasses.HolderThoughts.Contains(tokens[index].Text) || IsAuthorsOwn(tokens, index))
        {
            return false;
        }

        // "the big worry is that …", "the hope was that …": the thought names its content after a form of "be";
        // "Concern has grown that …", "Speculation mounted that …": after a verb of its spreading.
        var that = IsThoughtPredicate(tokens, index) ? index + 2 : GrowthThenThat(tokens, index) ?? index + 1;
        if (!tokens[that].Is("that") && !OpensWithPronounSubject(tokens, index + 1) && !OpensWithNounSubject(input, index))
        {
            return false;
        }

        // A gerund after "that" is the clause's subject ("concerned that disclosing a loan could"), not a relative's verb.
        if (tokens[that].Is("that") && input.Grammar.ChunkAt(that + 1, ChunkKind.VerbGroup) is { } verb && verb.Start == that + 1
            && !tokens[that + 1].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !IsPastClauseBreak(tokens, that + 1, tokenIndex);
    }

    // "laughed off suggestions that the bloc could compete", "vague allegations that he may have", "the argument is that
    // liberalism may not be perfect": a claim's content, the claimant's. Only as an object (a verb or a preposition
    // other than a concessive opener before the noun phrase) or before "is that", since a subject's clause ends at a
    // main verb the reader cannot find ("Trump's suggestion that … could hamper"); and only up to the first comma
    // ("allegations that he harassed women, which, if true, is clearly …"). "an argument that I think sounds" is a
    // relative clause with the author as its subject.
    private static bool IsClaimContent(in SentenceInput input, int index, int tokenIndex)
    {
        var tokens = input.Tokens;
        if (!WordClasses.ClaimContentNouns.Contains(tokens[index].Text) || IsAuthorsOwn(tokens, index))
        {
            return false;
        }

        var predicate = IsThoughtPredicate(tokens, index);
        var that = predicate ? index + 2 : index + 1;
        if (!tokens[that].Is("that") || that + 1 >= tokenIndex || WordClasses.AuthorPronouns.Contains(tokens[that + 1].Text)
            || input.Grammar.ChunkAt(that + 1, ChunkKind.VerbGroup) is { } verb && verb.Start == that + 1)
        {
            return false;
        }

        if (!predicate && !IsObject(input, index))
        {
            return false;
        }

        for (var j = that + 1; j < tokenIndex; j++)
        {
            if (tokens[j].Text == "," && !predicate)
            {
                return false;
            }
        }

        return !IsPastClauseBreak(tokens, that + 1, tokenIndex);
    }

    // The noun phrase holding the noun follows a verb, its particle ("laughed off") or a preposition that is not a
    // concessive opener ("While the argument that … is valid, …" opens a subject) or "that".
    private static bool IsObject(in SentenceInput input, int nounIndex)
    {
        var start = input.Grammar.ChunkAt(nounIndex, ChunkKind.NounPhrase) is { } phrase ? phrase.Start : nounIndex;
        return start > 0 && input.Grammar.TagAt(start - 1) is PosTag.VB or PosTag.VBD or PosTag.VBG or PosTag.VBN or PosTag.VBP
                or PosTag.VBZ or PosTag.IN or PosTag.RP
            && !WordClasses.ConcessiveOpeners.Contains(input.Tokens[start - 1].Text)
            // "I would add that Milley's assertion that … may or may not be accurate": after the complementizer "that" the
            // noun phrase is its clause's subject (the allsides sample found it), not an object.
            && !input.Tokens[start - 1].Is("that");
    }

    // "Concern has grown that", "fears have risen that", "Speculation mounted that": a thought noun, perhaps a form of
    // "have", a verb of growing or spreading (class-thought-growth-verbs), then "that". The index of that "that", or null.
    private static int? GrowthThenThat(ImmutableArray<Token> tokens, int index)
    {
        var verb = tokens.At(index + 1) is { } have && GrammarLexicons.Default.FormsOfHave.Contains(have.Text) ? index + 2 : index + 1;
        return tokens.At(verb) is { } grown && WordClasses.ThoughtGrowthVerbs.Contains(grown.Text) && tokens.At(verb + 1) is { } that && that.Is("that")
            ? verb + 1
            : null;
    }

    // A thought noun as the subject of "is that" or "was that" ("the concern is that the virus could"). The clause
    // "that" opens there is the thought's content, never a relative clause, so its modal is the vague holder's.
    private static bool IsThoughtPredicate(ImmutableArray<Token> tokens, int index) =>
        index + 2 < tokens.Length && tokens[index + 1].Lower() is "is" or "was" && tokens[index + 2].Is("that");

    // A ";" or a comma before "but", "although" and the like (class-clause-breaks) between a reported clause's start and
    // the token: what follows is the author's again ("experts declare that "…," but it is clear that"). A colon does not
    // end the report: "officials said: the road is closed" is what they said.
    private static bool IsPastClauseBreak(ImmutableArray<Token> tokens, int from, int tokenIndex) =>
        ClauseBreakReader.HasBreakBetween(tokens, from, tokenIndex, colonBreaks: false) || HasAuthorClauseBetween(tokens, from, tokenIndex);

    // More ends of a report, read here rather than in ClauseBreakReader because the figure checks share that one. A
    // dash before a break word does what a comma before it does ("lawyers say the government has yet to lose a case —
    // although that record may belie …"). And "and we" opens the author's clause ("Trump claimed for years to be a
    // Democrat and we all know he …"): reported speech puts its speaker's first person in the third ("Obama said he
    // certainly didn't want"). Not "and I" or "and you": outside quotation marks those are most often a speaker's whose
    // quotation marks the text lost ("…," Huckabee said."It's … when you grab a police officer's gun and you lunge at him
    // … and instead I guess"; the pool found it), or a generic "you" inside the report. The author's set-off comment on the
    // report ends it too (AuthorComments: ", perhaps referring to", ", a move that could").
    private static bool HasAuthorClauseBetween(ImmutableArray<Token> tokens, int from, int tokenIndex)
    {
        for (var j = from; j + 1 <= tokenIndex && j + 1 < tokens.Length; j++)
        {
            var next = tokens[j + 1];
            if (PhraseBreaks.IsDash(tokens[j]) && WordClasses.ClauseBreaks.Contains(next.Text) && !(tokens.At(j + 2) is { } that && that.Is("that"))
                || tokens[j].Is("and") && next.Is("we")
                || AuthorComments.StartsAt(tokens, from, j, tokenIndex))
            {
                return true;
            }
        }

        return false;
    }

    // "amid warnings the virus could come back", "fearing Trump could be forced", "hoped some Republicans might": a clause
    // without "that" whose subject, a noun phrase, stands straight after the thought and its verb straight after that.
    // An object followed by anything else ("fearing a wave election in 2018 that could …") is not such a clause, and an
    // adjective is no thought ("suspected Russian hackers have targeted").
    internal static bool OpensWithNounSubject(in SentenceInput input, int thoughtIndex)
    {
        var grammar = input.Grammar;
        var index = thoughtIndex + 1;
        return (grammar.TagAt(thoughtIndex) is not (PosTag.JJ or PosTag.VBN) || IsPredicateThought(input.Tokens, thoughtIndex))
            && (grammar.ChunkAt(thoughtIndex, ChunkKind.NounPhrase) is not { } own || own.Head == thoughtIndex)
            && grammar.ChunkAt(index, ChunkKind.NounPhrase) is { } subject && subject.Start == index
            && grammar.ChunkAt(subject.End, ChunkKind.VerbGroup) is { } verb && verb.Start == subject.End;
    }

    // "suggesting Obama might have pressured": a noun phrase straight after the participle and a verb group straight
    // after it. The chunker may take "column suggesting" for one noun phrase, which OpensWithNounSubject refuses, and
    // may not close the subject before its modal ("suggesting Obama might"), so up to four words that are not verbs or
    // prepositions followed by a modal count as well.
    private static bool OpensClauseAfterParticiple(in SentenceInput input, int participle)
    {
        var grammar = input.Grammar;
        if (grammar.ChunkAt(participle + 1, ChunkKind.NounPhrase) is { } subject && subject.Start == participle + 1
            && grammar.ChunkAt(subject.End, ChunkKind.VerbGroup) is { } verb && verb.Start == subject.End)
        {
            return true;
        }

        var tokens = input.Tokens;
        for (var j = participle + 1; j < Math.Min(tokens.Length, participle + 6); j++)
        {
            if (WordClasses.Modals.Contains(tokens[j].Text))
            {
                return j > participle + 1;
            }

            if (!TokenSpans.IsWord(tokens[j]) || grammar.TagAt(j) is PosTag.IN or PosTag.TO || grammar.TagAt(j).IsVerbOrModal())
            {
                return false;
            }
        }

        return false;
    }

    // "officials remain concerned ISIS could", "they were worried the plan might": a thought adjective after a form of
    // "be" or "remain" (class-be-verbs) is what its subject feels, unlike the attributive "suspected Russian hackers".
    private static bool IsPredicateThought(ImmutableArray<Token> tokens, int thoughtIndex) =>
        tokens.At(thoughtIndex - 1) is { } verb && WordClasses.BeVerbs.Contains(verb.Text);

    // A first-person or "it" subject within three words of the thought ("I was worried", "we are optimistic"), or the
    // generic "one" ("one suspects"; "no one thought" is someone else's).
    internal static bool IsAuthorsOwn(ImmutableArray<Token> tokens, int index)
    {
        for (var back = index - 1; back >= Math.Max(0, index - 3); back--)
        {
            if (WordClasses.AuthorPronouns.Contains(tokens[back].Text) || WordClasses.PersonalPossessives.Contains(tokens[back].Text)
                || FunctionWords.Is(tokens[back], "it"))
            {
                return true;
            }
        }

        return tokens.At(index - 1) is { } one && one.Is("one") && (index < 2 || !tokens[index - 2].Is("no"));
    }

    // "they were", "it's", "it was": a pronoun that is the clause's subject, not the object of the speech verb ("said it
    // twice", "told him").
    internal static bool OpensWithPronounSubject(ImmutableArray<Token> tokens, int index)
    {
        var pronoun = tokens[index];
        if (WordClasses.PersonalPronouns.Contains(pronoun.Text) && !pronoun.Is("him") && !pronoun.Is("them")
            || WordClasses.SubjectContractions.Contains(pronoun.Text))
        {
            return true;
        }

        return WordClasses.SubjectPronouns.Contains(pronoun.Text) && tokens.At(index + 1) is { } verb
            && (WordClasses.BeVerbs.Contains(verb.Text) || WordClasses.Modals.Contains(verb.Text));
    }

    // "told reporters that …", "was telling Kislyak that …", "told radio hosts in two markets that …": a speech verb,
    // the person addressed (a noun phrase, perhaps with a place), then the reported clause. The grammar tells the
    // addressee from a verb ("told him it was" is not this shape: no "that").
    private static bool AddresseeThenThat(in SentenceInput input, int verbIndex, int tokenIndex)
    {
        var tokens = input.Tokens;
        if (!WordClasses.AddressingVerbs.Contains(tokens[verbIndex].Text))
        {
            return false;
        }

        var grammar = input.Grammar;
        if (grammar.ChunkAt(verbIndex + 1, ChunkKind.NounPhrase) is not { } addressee || addressee.Start != verbIndex + 1)
        {
            return false;
        }

        for (var j = addressee.End; j < Math.Min(tokenIndex, addressee.End + 5); j++)
        {
            if (tokens[j].Is("that"))
            {
                return true;
            }

            if (!TokenSpans.IsWord(tokens[j]) && tokens[j].Kind != TokenKind.Number || grammar.ChunkAt(j, ChunkKind.VerbGroup) is not null)
            {
                return false;
            }
        }

        return false;
    }

    // "Berg, a Swede who is wary of its owners, said that …", "…, arguing that …": an appositive or a participle's
    // subject stands before the comma. So does a bracket that closes the subject's party or aside ("Ben Sasse (R-Neb.)
    // admitted that", "Summers, the Harvard economist (who also once had Cohn's job) said … that"). A finite verb or
    // participle only: a noun ("Florida, states that reopened early") or an imperative ("Also, note that") after a comma
    // is no report.
    private static bool IsVerbAfterComma(in SentenceInput input, int verbIndex) =>
        input.Tokens[verbIndex - 1].Text is "," or ")"
        && input.Grammar.TagAt(verbIndex) is PosTag.VBD or PosTag.VBZ or PosTag.VBG or PosTag.VBN;

    // "attacked Biden by suggesting the then-76-year-old … may have", "joined other allies in suggesting that rebels
    // may have", "a bizarre column suggesting Obama might have": a speaker's suggestion, so its clause is the speaker's.
    // The participle after "by" or "in" takes the main clause's subject, who acts by saying it; after a message noun
    // (class-message-nouns) the column or post says it. Its clause opens with "that", a pronoun subject or a noun
    // phrase and its verb. A bare ", suggesting that" after an event stays the author's inference (HedgingPhraseAnalyzer
    // reads that one), and so does a thing that suggests ("data suggesting that").
    private static bool IsSpeakersSuggestion(in SentenceInput input, int index, int tokenIndex)
    {
        var tokens = input.Tokens;
        if (!WordClasses.IndicationVerbs.Contains(tokens[index].Text) || !tokens[index].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || !(tokens[index - 1].Lower() is "by" or "in" || WordClasses.MessageNouns.Contains(tokens[index - 1].Text)))
        {
            return false;
        }

        var that = tokens[index + 1].Is("that");
        if (!that && !OpensWithPronounSubject(tokens, index + 1) && !OpensClauseAfterParticiple(input, index))
        {
            return false;
        }

        return !IsPastClauseBreak(tokens, that ? index + 2 : index + 1, tokenIndex);
    }

    // "said Wednesday that …", "said in January that …", "argued in a statement that …": a speech verb, a time or
    // setting adverbial (a weekday, a month, or a word of class-speech-adverbial-openers and the few words of its phrase),
    // then the reported clause. A verb inside the phrase ends it ("said in the interview that aired Sunday" names the
    // interview, and its "that" opens a relative clause: a verb straight after "that" is not a clause's subject).
    private static bool AdverbialThenThat(in SentenceInput input, int verbIndex, int tokenIndex)
    {
        var tokens = input.Tokens;
        if (verbIndex + 1 >= tokenIndex || !OpensSpeechAdverbial(tokens[verbIndex + 1]))
        {
            return false;
        }

        var grammar = input.Grammar;
        var that = ThatAhead(tokens, verbIndex + 1, Math.Min(tokenIndex, verbIndex + 7), grammar);
        // "reported on that" ends in a pronoun, the preposition's object.
        return that >= 0 && that + 1 < tokens.Length && grammar.TagAt(that - 1) != PosTag.IN
            && !(grammar.ChunkAt(that + 1, ChunkKind.VerbGroup) is { } verb && verb.Start == that + 1);
    }

    // "may" in any case is left out ("Is" ignores case), so the month "May" does not open the phrase either: after a
    // speech verb the modal is far more common ("said May could …" is rare next to "said they may").
    internal static bool OpensSpeechAdverbial(Token token) =>
        WordClasses.SpeechAdverbialOpeners.Contains(token.Text) || WordClasses.Weekdays.Contains(token.Text)
        || WordClasses.Months.Contains(token.Text) && !token.Is("may");
}
