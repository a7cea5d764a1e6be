using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// Whether a reporting-verb lexicon match is used as a verb: "the state", "a poll that found", "Reports suggest" tell
/// the noun from the verb.
/// </summary>
internal static class ReportingVerbReader
{
    /// <summary>A reporting verb, used as a verb, starts at the token.</summary>
    public static bool IsReportingVerbAt(ImmutableArray<Token> tokens, int index) =>
        RuleLexicons.ReportingVerbs.LongestMatchAt(tokens, index, out var entry) > 0 && IsVerbUse(tokens, index, entry!);

    /// <summary>A verb of saying (SpeechActs: "said", "told"), used as a verb, starts at the token: role and plural-source
    /// readers ask it of the word after a source ("officials said") or before an inverted one (", said two officials").</summary>
    public static bool IsSpeechVerbAt(ImmutableArray<Token> tokens, int index) =>
        SpeechActs.Verbs.ContainsWord(tokens[index].Text) && IsReportingVerbAt(tokens, index);

    // "cautioned in April that", "stressed on Monday that": a time or setting adverbial (ReportedSpeechReader's openers)
    // between the speech verb and its clause, over words and numbers only, within six words. "complained about the
    // order" has no opener and "stressed in the report the need" no "that".
    private static bool IsAdverbialThenThat(ImmutableArray<Token> tokens, int index)
    {
        if (!ReportedSpeechReader.OpensSpeechAdverbial(tokens[index]))
        {
            return false;
        }

        for (var j = index + 1; j < Math.Min(tokens.Length, index + 6); j++)
        {
            if (tokens[j].Is("that"))
            {
                return true;
            }

            if (!TokenSpans.IsWord(tokens[j]) && tokens[j].Kind != TokenKind.Number)
            {
                return false;
            }
        }

        return false;
    }

    // "the state", "shows" as a noun: a reporting verb straight after a determiner is a noun.
    public static bool IsVerbUse(ImmutableArray<Token> tokens, int index, string entry)
    {
        if (entry == "according to")
        {
            return true;
        }

        // "Parscale tweeted that …", "tweeted Tuesday that …", "tweeted: …": a post reports only before its clause or a colon;
        // "tweeted out eight articles" is an act, and "tweeted, “…" let the report run past a split quotation's close into
        // the author's next sentence (class-post-verbs.txt).
        if (WordClasses.PostVerbs.Contains(entry))
        {
            return index + 1 < tokens.Length && (tokens[index + 1].Text is "that" or ":" || IsAdverbialThenThat(tokens, index + 1));
        }

        // "state" is far more often the noun or adjective ("state officials"); as a verb it introduces a claim.
        // "determined" is mostly resolve ("determined to win"); as a finding it introduces a clause ("has determined that").
        // "complained about the order", "stressed the unity of", "with caution": these speech verbs report only before
        // their clause ("Health experts stress that"); not as nouns after a determiner ("the worries that", "their
        // worry that"), and not as an infinitive, which has no subject before it ("declined to confirm that", "is to
        // declare that", "reason to worry that").
        if (WordClasses.ClauseVerbs.Contains(entry) || WordClasses.ClauseSpeechVerbs.Contains(entry))
        {
            return index + 1 < tokens.Length && (tokens[index + 1].Text is "that" or "," or ":" || IsAdverbialThenThat(tokens, index + 1))
                && !(WordClasses.ClauseSpeechVerbs.Contains(entry) && index > 0 && IsDeterminerOrInfinitive(tokens, index - 1))
                || IsGroupStanceClosingSentence(tokens, index, entry);
        }

        // "the conservative think tank Manhattan Institute": half of a compound noun.
        if (index + 1 < tokens.Length && WordClasses.VerbCompoundTails.Contains(tokens[index + 1].Text))
        {
            return false;
        }

        // "five people showed up", "officials put on a happy face", "UT officials put him off", "Authorities found Kelley
        // dead": the verb is an act or a discovery, whoever its subject is, and reports nothing.
        if (IsActUse(tokens, index, entry))
        {
            return false;
        }

        // A relative pronoun before the verb: "a poll that found", "the report, which shows".
        if (index > 0 && FunctionWords.Lower(tokens[index - 1]) is "that" or "which" or "who")
        {
            return true;
        }

        // A sentence never opens with a finite reporting verb: "Reports suggest…", "Estimates put…" open with a noun.
        if (index == 0)
        {
            return false;
        }

        // "Let's say it's 60 percent", "let's acknowledge that": the author proposes a supposition; nobody reports.
        if (WordClasses.NonPossessiveContractions.Contains(tokens[index - 1].Text))
        {
            return false;
        }

        if (index > 0 && (WordClasses.Determiners.Contains(tokens[index - 1].Text)
                && (WordClasses.NounVerbs.Contains(entry) || !IsGroupSubject(tokens, index - 1))
            || Possessives.EndsWithPossessive(tokens[index - 1].Text)))
        {
            return false;
        }

        // After "he's", "she'd", "they're" only a verb of saying reports, as a perfect or progressive ("he's said",
        // "she'd argued", "they're saying"); before any other verb the contraction is read as one word, as it always
        // was ("he's shown himself capable", "he'd added a total of 20" report nothing).
        if (WordClasses.SubjectContractions.Contains(tokens[index - 1].Text))
        {
            return IsContractedSpeech(tokens, index - 1, index, index + 1);
        }

        // "estimates"/"reports"/"states" are also nouns: as verbs they follow their subject directly, or close the
        // sentence after a record or document ("…, a job application for the position shows.") or after a name set off
        // by a comma ("…, The Denver Post reports.").
        return !(WordClasses.NounVerbs.Contains(entry)
            && index + 1 < tokens.Length && tokens[index + 1].Text is "of" or "for" or "," or "." or "and"
            && !HasRecordSubjectBefore(tokens, index) && !ClosesAfterName(tokens, index) && !ClosesAfterDocument(tokens, index));
    }

    // A one-word entry followed by its act particle (class-phrasal-act-verbs.txt), straight after it or after an object
    // pronoun ("put him off"; "put it" stays ", as one aide put it"), or "found" with a discovered state
    // (class-discovery-states.txt) within four words, over words and numbers only
    // and before any "that" ("found 39 people dead").
    private static bool IsActUse(ImmutableArray<Token> tokens, int index, string entry)
    {
        if (entry.Contains(' ', StringComparison.Ordinal) || index + 1 >= tokens.Length)
        {
            return false;
        }

        // After an object pronoun "in" and "on" are prepositions of place, an estimate's ("polls have put him in second
        // place"), not particles.
        var particle = index + 1;
        if (WordClasses.ObjectPronouns.Contains(tokens[particle].Text) && !FunctionWords.Is(tokens[particle], "it") && particle + 1 < tokens.Length
            && !(tokens[particle + 1].Lower() is "in" or "on"))
        {
            particle++;
        }

        if (tokens[particle].IsWord && WordClasses.PhrasalActVerbs.Contains(string.Concat(entry, " ", tokens[particle].Text)))
        {
            return true;
        }

        if (!tokens[index].Is("found"))
        {
            return false;
        }

        for (var j = index + 1; j < Math.Min(tokens.Length, index + 5); j++)
        {
            if (WordClasses.DiscoveryStates.Contains(tokens[j].Text))
            {
                return true;
            }

            // "found that patients who were alive …" is a finding: its clause is no object.
            if (tokens[j].Is("that") || (!TokenSpans.IsWord(tokens[j]) && tokens[j].Kind != TokenKind.Number))
            {
                return false;
            }
        }

        return false;
    }

    // "…, labor experts stressed.", "…, critics complained.": a stance verb that closes the sentence straight after a
    // plural group of people reports the clause before it, as "said" would. A named or singular subject is left out
    // ("the president stressed." is rare and often an object's end: "the point he stressed."), and so is any word
    // between noun and verb, which could make the verb the head of a relative clause.
    private static bool IsGroupStanceClosingSentence(ImmutableArray<Token> tokens, int index, string entry) =>
        WordClasses.ClauseSpeechVerbs.Contains(entry) && index > 0 && (index + 1 == tokens.Length || tokens[index + 1].Text is ".")
        && tokens[index - 1].Text is var subject && (WordClasses.GroupNouns.Contains(subject) || WordClasses.StanceGroups.Contains(subject));

    /// <summary>
    /// A worry reported straight before its clause, with no "that": "Democrats worry they don't have the right candidate",
    /// "some experts worry the technology could be used" (class-bare-clause-thoughts.txt). The clause opens with a subject
    /// pronoun or with a noun phrase the grammar reads before a verb, so "it worried the president" (no verb follows),
    /// "their worry the plan" (a noun after a determiner) and "how worried they are" (a graded adjective,
    /// class-degree-words.txt) report nothing.
    /// </summary>
    public static bool IsThoughtBeforeBareClause(in SentenceInput input, int index, string entry)
    {
        var tokens = input.Tokens;
        return WordClasses.BareClauseThoughts.Contains(entry) && index > 0 && index + 1 < tokens.Length
            && !IsDeterminerOrInfinitive(tokens, index - 1) && !WordClasses.DegreeWords.Contains(tokens[index - 1].Text) && tokens[index + 1].IsWord
            && (ReportedSpeechReader.OpensWithPronounSubject(tokens, index + 1) || ReportedSpeechReader.OpensWithNounSubject(input, index));
    }

    /// <summary>
    /// The verb from <paramref name="verbStart"/> to <paramref name="verbEnd"/> after the subject contraction at
    /// <paramref name="contraction"/> is a verb of saying its pronoun speaks (speech-acts.txt, or the progressive
    /// "-ing"): "he's said", "she'd argued", "they're saying"; not a passive (<see cref="IsContractedPassive"/>).
    /// The contraction is looked up once and split without allocating. A number straight after the verb is its object, a
    /// quantity, not a clause: "he'd added 20 staff" is "he had added", arithmetic, not speech. "'d" and "'ll" are also
    /// "would" and "will": a stance verb's base form after them ("they'd worry that", "he'll explain that") is a
    /// conditional or a future, no speech act; its participle ("they'd worried that") is "had" and reports.
    /// </summary>
    public static bool IsContractedSpeech(ImmutableArray<Token> tokens, int contraction, int verbStart, int verbEnd)
    {
        var verb = tokens[verbStart].Text;
        return WordClasses.SubjectContractions.Contains(tokens[contraction].Text)
            && (SpeechActs.Verbs.ContainsWord(verb) || (IsProgressiveOrStance(verb) && !IsBaseAfterModal(tokens[contraction].Text, verb)))
            && tokens.At(verbEnd) is not { Kind: TokenKind.Number or TokenKind.NumberWithSuffix }
            && !IsPassiveAfter(tokens, contraction, verbStart, verbEnd);
    }

    // The stance lists' participles are regular ("worried", "explained"); their other forms after "would"/"will" are bases.
    // speech-acts.txt holds no base form ("say" is not in it), so "he'd say" already reports nothing.
    private static bool IsBaseAfterModal(string contraction, string verb)
    {
        var auxiliary = contraction.AsSpan(contraction.IndexOf('\'') + 1);
        return (auxiliary.Equals("d", StringComparison.OrdinalIgnoreCase) || auxiliary.Equals("ll", StringComparison.OrdinalIgnoreCase))
            && !verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    // "they're saying", and a stance before its clause ("they're worried that": class-clause-speech-verbs.txt; a clause
    // verb only reports before "that", which IsVerbUse has checked).
    private static bool IsProgressiveOrStance(string verb) =>
        verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || WordClasses.ClauseSpeechVerbs.Contains(verb) || WordClasses.ClauseVerbs.Contains(verb);

    /// <summary>
    /// A subject contraction at <paramref name="contraction"/> whose verb, from <paramref name="verbStart"/> to
    /// <paramref name="verbEnd"/>, is a passive with no speaking subject, as "it is estimated" has none. After "'re"/"'m"
    /// a participle is one ("we're told", "I'm told"), not a stance ("they're worried that"). After "'s" the participle is the perfect "has said" unless "to"
    /// follows it ("he's said to be", "there's reported to be"), DL3002's impersonal list reads the two as one ("it's
    /// estimated that") or the pronoun names no speaker ("it's revealed", "what's said about him"), or nothing the verb
    /// could report follows it: "if he's confirmed, he will" and "he's confirmed by the Senate" are "he is confirmed",
    /// a passive; "he's confirmed that" and "he's confirmed the report" stay the perfect.
    /// </summary>
    public static bool IsContractedPassive(ImmutableArray<Token> tokens, int contraction, int verbStart, int verbEnd) =>
        contraction >= 0 && WordClasses.SubjectContractions.Contains(tokens[contraction].Text)
        && IsPassiveAfter(tokens, contraction, verbStart, verbEnd);

    // IsContractedPassive for a contraction the caller has found in the list.
    private static bool IsPassiveAfter(ImmutableArray<Token> tokens, int contraction, int verbStart, int verbEnd)
    {
        var text = tokens[contraction].Text;
        var apostrophe = text.IndexOf('\'');
        var auxiliary = text.AsSpan(apostrophe + 1);
        if (auxiliary.Equals("re", StringComparison.OrdinalIgnoreCase) || auxiliary.Equals("m", StringComparison.OrdinalIgnoreCase))
        {
            return !IsProgressiveOrStance(tokens[verbStart].Text);
        }

        if (!auxiliary.Equals("s", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return WordClasses.ImpersonalSubjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(0, apostrophe))
            || tokens.At(verbEnd)?.Is("to") == true || HasNoObject(tokens, contraction, verbEnd)
            || RuleLexicons.ImpersonalAttributions.LongestMatchAt(tokens, contraction, out _) > 0;
    }

    // "by" after the participle, or a comma that no quotation follows ("he's said, “We …”" still reports): the verb has
    // nothing to report, so it is "is confirmed". A stop is left alone: "that's all he's said." moved its object ahead.
    // An -ing form is no participle of a passive ("Even if you're born here, he's saying, you're not"). After "as" the
    // clause is the reporting aside ("as he's said, the plan …"), its object the sentence around it.
    private static bool HasNoObject(ImmutableArray<Token> tokens, int contraction, int verbEnd) =>
        tokens.At(verbEnd) is { } next && !tokens[verbEnd - 1].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && (next.Is("by") || (next.Text == "," && tokens.At(verbEnd + 1) is not { Kind: TokenKind.Quote }))
        && !(contraction > 0 && tokens[contraction - 1].Is("as"));

    /// <summary>A subject contraction's pronoun, without allocating: "He's" is "He" (the tokenizer made the apostrophe straight).</summary>
    public static ReadOnlySpan<char> ContractionPronoun(string contraction) => contraction.AsSpan(0, contraction.IndexOf('\''));

    // "Some worry that" and "a group that worries that" keep their verb: "some" is the subject, "that" a relative.
    // A split infinitive is one too: "is to defiantly declare that", "to simply declare that".
    private static bool IsDeterminerOrInfinitive(ImmutableArray<Token> tokens, int before) =>
        tokens[before].Is("to") || IsSplitInfinitive(tokens, before) || Possessives.IsPossessive(tokens[before])
        || (WordClasses.Determiners.Contains(tokens[before].Text) && !tokens[before].Is("that") && !IsGroupSubject(tokens, before));

    private static bool IsSplitInfinitive(ImmutableArray<Token> tokens, int adverb) =>
        adverb > 0 && tokens[adverb - 1].Is("to") && tokens[adverb].IsWord && !tokens[adverb].IsCapitalized
        && tokens[adverb].Text.EndsWith("ly", StringComparison.Ordinal);

    // "Some argue that", "a law that some say is unfair", "…, some argue, …": a determiner that stands alone at the
    // start of its clause is the verb's subject, an unnamed group. Elsewhere it determines the noun ("have some say in",
    // "there is some fear that"), and so it does before a plural noun-verb ("Some estimates in recent years have …").
    public static bool IsGroupSubject(ImmutableArray<Token> tokens, int index)
    {
        if (!WordClasses.SubjectDeterminers.Contains(tokens[index].Text))
        {
            return false;
        }

        if (index == 0)
        {
            return true;
        }

        var before = tokens[index - 1];
        if (!before.IsWord)
        {
            return true;
        }

        var word = before.Lower();
        return word is "and" or "or" || WordClasses.ClauseOpeners.Contains(word) || WordClasses.RelativePronouns.Contains(word)
            || WordClasses.ClauseBreaks.Contains(word) || IsAbsoluteParticipleSubject(tokens, index, index + 1);
    }

    /// <summary>
    /// "…, with some saying Paul has embraced Trump", "with Obama administration critics saying he was entitled": after
    /// "with", a subject and a verb's "-ing" form make a clause of their own, whose subject speaks. "with some say in the
    /// matter" has a noun there, not a participle. The subject runs from <paramref name="start"/> to <paramref name="end"/>.
    /// </summary>
    public static bool IsAbsoluteParticipleSubject(ImmutableArray<Token> tokens, int start, int end) =>
        start > 0 && tokens[start - 1].Is("with") && tokens.At(end) is { IsWord: true } verb
        && verb.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    // "…, Time reports.", "…, the Austin American-Statesman reports.", "…, NPR's Julie McCarthy reports.": a post-posed
    // source, a name between a comma and a lower-case noun-verb that ends the sentence. Of 140 such "reports" in 9,000
    // unseen articles, none was the noun; a noun there is preceded by a lower-case word ("…, according to news reports.",
    // "…, including local reports."), which is no name.
    // "…, ICE data shows.", "…, an Iowa State University report shows.", "…, the Post poll finds.": a post-posed
    // document (class-document-nouns) straight before a lower-case noun-verb that ends the sentence, its phrase opened by
    // a comma. HasRecordSubjectBefore takes a document only with a word between it and the verb ("data from the
    // agency shows"), so the singular verb after the noun itself was read as a plural noun while "…, ICE data show." was
    // a verb. A noun there is no document ("…, the late-night news shows.", "…, at gun shows.").
    private static bool ClosesAfterDocument(ImmutableArray<Token> tokens, int index)
    {
        if (index < 3 || index + 1 >= tokens.Length || tokens[index + 1].Text != "." || tokens[index].IsCapitalized
            || !WordClasses.DocumentNouns.Contains(tokens[index - 1].Text) || tokens[index - 1].IsCapitalized)
        {
            return false;
        }

        for (var j = index - 2; j >= 1 && index - j <= AttributionReader.MaxSourceTokens; j--)
        {
            if (tokens[j].Text == ",")
            {
                return true;
            }

            // Only a noun phrase may stand between the comma and the document: a relative pronoun, a preposition or an
            // auxiliary opens a clause whose last words merely end in a noun and an "-s" plural ("…, which paid for new
            // research projects.").
            if (!tokens[j].IsWord || IsClauseWord(tokens[j].Text))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsClauseWord(string word) =>
        WordClasses.RelativePronouns.Contains(word) || WordClasses.RecordPhraseBreaks.Contains(word) || WordClasses.SubjectBreaks.Contains(word);

    private static bool ClosesAfterName(ImmutableArray<Token> tokens, int index)
    {
        if (index + 1 >= tokens.Length || tokens[index + 1].Text != "." || tokens[index].IsCapitalized)
        {
            return false;
        }

        var j = SkipBracketedAcronym(tokens, index - 1);
        while (j >= 0 && index - j <= AttributionReader.MaxSourceTokens && IsNamePart(tokens[j]))
        {
            j--;
        }

        // "the" may open the name ("the Hill"); a clause must stand before the comma.
        var first = j + 1;
        if (j >= 0 && tokens[j].Is("the") && !tokens[j].IsCapitalized)
        {
            j--;
        }

        return first < index && j >= 1 && tokens[j].Text == ",";
    }

    /// <summary>
    /// The token before a bracketed acronym that ends at <paramref name="index"/> ("the International Monetary Fund
    /// (IMF) estimates", "Immigration and Customs Enforcement (Ice) said"): the acronym repeats the name, which is the
    /// verb's subject; otherwise <paramref name="index"/>.
    /// </summary>
    public static int SkipBracketedAcronym(ImmutableArray<Token> tokens, int index) =>
        index >= 3 && tokens[index].Text == ")" && tokens[index - 2].Text == "(" && tokens[index - 1] is { IsWord: true, IsCapitalized: true }
            ? index - 3
            : index;

    private static bool IsNamePart(Token token) =>
        (token.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.NumberWithSuffix && token.IsCapitalized)
        || token.Text is "'" or "\u2019";

    private static bool HasRecordSubjectBefore(ImmutableArray<Token> tokens, int index)
    {
        for (var j = index - 1; j >= Math.Max(0, index - AttributionReader.MaxSourceTokens) && tokens[j].Text != ","; j--)
        {
            if (WordClasses.RecordNouns.Contains(tokens[j].Text) || (WordClasses.DocumentNouns.Contains(tokens[j].Text) && j < index - 1))
            {
                return true;
            }
        }

        return false;
    }
}
