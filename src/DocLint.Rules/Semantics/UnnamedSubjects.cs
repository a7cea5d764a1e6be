using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// The subject of a verb of saying or believing read by its grammar, not by its head word: a plural common noun with no
/// determiner but a quantifier, only adjectives and common nouns before it, and no name among them ("gun lobbyists have
/// said", "accountants project", "Defenders of this overcoverage insist", "supporters of Facebook's new policy argue",
/// "Lawmakers on Capitol Hill said") is a class of people no reader can ask, whatever its head noun. The group lists
/// (class-group-nouns, class-speaker-groups) named such heads one at a time; a head outside them was no source at all.
/// </summary>
internal static class UnnamedSubjects
{
    /// <summary>
    /// True when the phrase from <paramref name="start"/> to <paramref name="end"/>, the subject of the reporting verb at
    /// <paramref name="verbStart"/>..<paramref name="verbEnd"/>, is a plural group that names no one.
    /// </summary>
    /// <param name="verb">The verb group's words as its lexicon entry spells them ("said", "have said").</param>
    public static bool IsUnnamedGroup(in SentenceInput input, int start, int end, int verbStart, int verbEnd, string verb)
    {
        var tokens = input.Tokens;
        // "tests showed", "emails reveal", "Employers added 20,000 jobs": a thing reports with these, or they name an act,
        // as often as a group speaks with them; a record or a finding is no group speaking (the record and evidence
        // readings judge those). Word tests come first: a named subject ("Mayor Ana Ruiz said") is settled without
        // tagging the sentence.
        if (WordClasses.NonSpeechReports.Contains(verb) || end - start > MaxGroupTokens || !MayBeUnnamed(input, start, end))
        {
            return false;
        }

        // A reporting word the tagger reads as a noun ("Changes in earnings forecasts") reports nothing here.
        if (!input.LabelAt(verbStart).Tag.IsVerb() || !IsSpeechUse(input, verb, verbEnd))
        {
            return false;
        }

        var head = Head(input, start, end);
        if (head < 0)
        {
            return false;
        }

        var word = tokens[head].Text;
        // "prosecutors said" (class-case-parties) stands for the case's office, as a bare "police said" does (guidelines 3:
        // borderline).
        if (IsRecordOrRespondent(word) || WordClasses.CaseParties.Contains(word) || IsShareOfTally(word) || IsListedGroup(word)
            || SourcePhraseClassifier.CountsEvents(tokens, start, head + 1))
        {
            return false;
        }

        return PostModifierNamesNoBody(tokens, head, end) && OpensClause(input, start, end) && EndsAtVerb(input, end, verbStart, verbEnd);
    }

    /// <summary>
    /// True when the phrase from <paramref name="start"/> to <paramref name="end"/>, the subject of the reporting verb at
    /// <paramref name="verbStart"/>..<paramref name="verbEnd"/>, is one person introduced indefinitely ("a man said", "one
    /// woman told the Post", "a longtime donor told", "One of them said", "one of our interviewees opined"): whatever
    /// the noun, an indefinite speaker is one the reader cannot identify, as the role list's "a U.S. official" is. The
    /// speaking is read as the group's is (a verb of saying, active, at the phrase's end, no modal).
    /// </summary>
    public static bool IsIndefiniteSpeaker(in SentenceInput input, int start, int end, int verbStart, int verbEnd, string verb)
    {
        if (WordClasses.NonSpeechReports.Contains(verb) || end - start > MaxGroupTokens || !MayBeUnnamed(input, start, end)
            || !input.LabelAt(verbStart).Tag.IsVerb() || !IsSpeechUse(input, verb, verbEnd))
        {
            return false;
        }

        // "A placard saying": a participle with no subject of its own modifies the noun, and says nothing as a source.
        if (input.LabelAt(verbStart).Tag == PosTag.VBG)
        {
            return false;
        }

        return IsIndefinitePerson(input, start, end) && !HasRelativeSubject(input, start, end) && OpensClause(input, start, end)
            && EndsAtVerb(input, end, verbStart, verbEnd);
    }

    // "a woman who federal prosecutors believe procured …": a relative clause with a subject of its own owns the verb
    // after it; only a relative pronoun followed by its own verb ("a man who worked there said") leaves the verb to
    // the noun before it.
    private static bool HasRelativeSubject(in SentenceInput input, int start, int end)
    {
        for (var i = start + 1; i + 1 < end; i++)
        {
            if (WordClasses.RelativePronouns.Contains(input.Tokens[i].Text)
                && !(input.LabelAt(i + 1).Tag.IsVerb() || input.LabelAt(i + 1).Tag is PosTag.MD or PosTag.RB))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the phrase from <paramref name="start"/> to <paramref name="end"/> is one person introduced
    /// indefinitely and named by nothing in it ("according to one of those in attendance", "according to a
    /// well-placed journalist"): the object of "according to" is a source whatever its noun.
    /// </summary>
    /// <remarks>
    /// A thing speaks with the same verbs and after "according to" as often as a person ("a quick look tells you", "one
    /// version says", "a steep slowdown raised concerns", "according to a schedule of the meeting"), so the noun must be
    /// a member of a group ("one of those in attendance") or a person by its form: an agent or a holder of a role ("a
    /// well-placed journalist", "one tracker", "an attendee", "another sailor", "a woman"). A name in apposition after
    /// the phrase names the person ("a congressional interrogator, Representative Jim Jordan").
    /// </remarks>
    public static bool IsIndefinitePerson(in SentenceInput input, int start, int end) =>
        end - start <= MaxGroupTokens && MayBeUnnamed(input, start, end) && IndefinitePersonHead(input, start, end) is >= 0 and var head
        && (input.Tokens[start + 1].Is("of") || IsPersonByForm(input.Tokens[head].Lower()))
        && PostModifierNamesNoBody(input.Tokens, head, end) && !SourcePhraseClassifier.IsNamedByApposition(input.Tokens, start, end)
        && !IsNamedAfter(input.Tokens, end);

    // "said one of their lawyers, David Boies.", "according to one of its members, Andrew Reisman, who",
    // "said one of the dissenters, Ryan P. Haygood": a comma and a name of two capitalised words or more after the
    // phrase names the person, however the sentence goes on.
    private static bool IsNamedAfter(ImmutableArray<Token> tokens, int end) =>
        end + 2 < tokens.Length && tokens[end].Text == "," && tokens[end + 1] is { IsWord: true, IsCapitalized: true }
        && tokens[end + 2] is { IsWord: true, IsCapitalized: true };

    /// <summary>A person by the noun's ending (class-person-suffixes: "-er", "-or", "-ist", "-an", "-ant", "-ent", "-ee",
    /// "person"). "-ment" nouns never get here: IsThingOrTitle keeps them out as results or acts.</summary>
    public static bool IsPersonByForm(string noun)
    {
        foreach (var suffix in WordClasses.PersonSuffixes)
        {
            if (noun.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The head of "a/an/another/one [adjectives and common nouns] NOUN [post-modifier]", a singular common noun, or of
    // "one of [a determiner or possessive] [modifiers] NOUNS" and "one of them/us/those", a member of a group the phrase
    // does not name. A thing is no person: records, documents, messages, studies, bodies and the generic nouns ("a
    // statement said", "a report says", "a court ruled", "a lot of people say") have their own readings, and a title
    // ("a federal judge said", "a professor says") is an office its holder is named by. -1 when there is no such head.
    private static int IndefinitePersonHead(in SentenceInput input, int start, int end)
    {
        var tokens = input.Tokens;
        if (end - start < 2 || !WordClasses.IndefiniteOpeners.Contains(tokens[start].Text))
        {
            return -1;
        }

        var i = start + 1;
        var plural = false;
        if (tokens[start].Is("one") && tokens[i].Is("of"))
        {
            i++;
            if (i < end && (WordClasses.ObjectPronouns.Contains(tokens[i].Text) || WordClasses.Demonstratives.Contains(tokens[i].Text))
                && (i + 1 == end || WordClasses.NounPostModifiers.Contains(tokens[i + 1].Text)))
            {
                return WordClasses.UnnamedGroupPronouns.Contains(tokens[i].Text) ? i : -1;
            }

            if (i < end && (tokens[i].Is("the") || WordClasses.Demonstratives.Contains(tokens[i].Text)
                || WordClasses.PossessiveDeterminers.Contains(tokens[i].Text) || WordClasses.PersonalPossessives.Contains(tokens[i].Text)))
            {
                i++;
            }

            plural = true;
        }

        for (; i < end; i++)
        {
            var token = tokens[i];
            var label = input.LabelAt(i);
            if (token.Kind != TokenKind.Word || label.Clitic != PosTag.None || Possessives.IsPossessive(token) || token.IsCapitalized)
            {
                return -1;
            }

            var headTag = plural ? PosTag.NNS : PosTag.NN;
            if (label.Tag == headTag && (i + 1 == end || WordClasses.NounPostModifiers.Contains(tokens[i + 1].Text) || input.LabelAt(i + 1).Tag == PosTag.VBN))
            {
                return IsThingOrTitle(tokens, i) ? -1 : i;
            }

            if (label.Tag is not (PosTag.JJ or PosTag.NN or PosTag.NNS or PosTag.VBN or PosTag.VBG) || WordClasses.Determiners.Contains(token.Text)
                || WordClasses.SmallCardinals.Contains(token.Text))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsThingOrTitle(ImmutableArray<Token> tokens, int head)
    {
        var word = tokens[head].Text;
        // "-ment" nouns name a result or an act ("another policy document says", "a statement said"), never a person.
        return word.EndsWith("ment", StringComparison.OrdinalIgnoreCase) || IsShareOfTally(word)
            || IsRecordOrRespondent(word) || WordClasses.MessageNouns.Contains(word) || WordClasses.StudyNouns.Contains(word)
            || WordClasses.InstitutionNouns.Contains(word) || WordClasses.GenericNouns.Contains(word)
            || GrammarLexicons.Default.Titles.LongestMatchAt(tokens, head, out _) > 0;
    }

    // The group stance and expectation verbs ("hospitals charged", "economists expect") are read by the group lists
    // (AttributionReader.HeldByGroup), which keep "charged with" and a group's own plans out; "tell" with an object and
    // "to" is an order ("other men tell women to smile"), not a report; a verb's "-ing" object ("reported worrying",
    // "reported being") is respondents telling of themselves, a survey's tally.
    private static bool IsSpeechUse(in SentenceInput input, string verb, int verbEnd)
    {
        if (WordClasses.GroupStanceVerbs.Contains(verb) || WordClasses.GroupExpectationVerbs.Contains(verb)
            || (verbEnd < input.Tokens.Length && input.LabelAt(verbEnd).Tag == PosTag.VBG))
        {
            return false;
        }

        if (WordClasses.OrderingVerbs.Contains(verb))
        {
            for (var i = verbEnd + 1; i < Math.Min(input.Tokens.Length - 1, verbEnd + 4); i++)
            {
                if (input.Tokens[i].Is("to") && input.LabelAt(i + 1).Tag == PosTag.VB)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Records, documents and respondents have their own readings ("county records show", "the documents say",
    // "respondents said").
    private static bool IsRecordOrRespondent(string head) =>
        WordClasses.RecordNouns.Contains(head) || WordClasses.DocumentNouns.Contains(head) || WordClasses.SurveyRespondents.Contains(head);

    // "three-quarters reported", "Two-thirds say", "similar proportions say": a share counts a poll's respondents.
    private static bool IsShareOfTally(string head) =>
        WordClasses.ShareNouns.Contains(head) || WordClasses.Fractions.Contains(head) || IsCountWord(head);

    // "people" and the lay groups are read by the group lists, which already decided them.
    private static bool IsListedGroup(string head) => WordClasses.InferredGroups.Contains(head) || WordClasses.GenericGroups.Contains(head);

    // "three-quarters", "Two-thirds": a fraction of some tally, hyphenated after its count.
    private static bool IsCountWord(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && WordClasses.Fractions.Contains(word[(hyphen + 1)..]);
    }

    // The phrase runs up to its verb, which is active: a phrase set off by a comma ("Unions, according to Penn, will
    // tell", "taxes and expenses, as well as …, said the bill's author") or ending in a preposition, an article, a
    // conjunction or a relative pronoun ("readings of reports", "conservatives who believe", where the clause describes
    // the group) is no subject of the verb; a participle with no "have" before it is a passive or a reduced relative
    // ("priests who served … have been reported", "rules announced April 5", "assaults reported in recent years").
    private static bool EndsAtVerb(in SentenceInput input, int end, int verbStart, int verbEnd)
    {
        var tokens = input.Tokens;
        if (end >= tokens.Length || tokens[end].Kind != TokenKind.Word || input.LabelAt(end - 1).Tag is PosTag.IN or PosTag.TO or PosTag.DT or PosTag.CC
            || WordClasses.RelativePronouns.Contains(tokens[end - 1].Text))
        {
            return false;
        }

        // "producers would say", "businesses will insist": a modal makes the saying supposed, not reported; "Editors
        // note:" labels what follows.
        for (var i = end; i < verbStart; i++)
        {
            if (input.LabelAt(i).Tag == PosTag.MD)
            {
                return false;
            }
        }

        if (tokens.At(verbEnd) is { Text: ":" })
        {
            return false;
        }

        if (IsReducedRelative(input, verbEnd))
        {
            return false;
        }

        if (input.LabelAt(verbStart).Tag != PosTag.VBN)
        {
            return true;
        }

        var before = verbStart - 1;
        while (before >= end && input.LabelAt(before).Tag is PosTag.RB or PosTag.RBR or PosTag.RBS)
        {
            before--;
        }

        return before >= end && tokens[before].Lower() is "have" or "has" or "had";
    }

    // "Rapes and assaults reported in recent years have risen", "Expenses reported for a particular year … vanished": a
    // preposition straight after the verb, then a finite verb of the same clause before any pronoun, "that", conjunction
    // or punctuation, makes the first verb a participle modifying the noun, and the noun the later verb's subject.
    private static bool IsReducedRelative(in SentenceInput input, int verbEnd)
    {
        var tokens = input.Tokens;
        if (verbEnd >= tokens.Length || input.LabelAt(verbEnd).Tag != PosTag.IN || tokens[verbEnd].Lower() is "that" or "of" or "about")
        {
            return false;
        }

        for (var i = verbEnd + 1; i < tokens.Length && tokens[i].Kind == TokenKind.Word && !tokens[i].Is("that"); i++)
        {
            var tag = input.LabelAt(i).Tag;
            if (tag.IsFiniteVerb())
            {
                return true;
            }

            if (tag is PosTag.PRP or PosTag.CC || tag.IsWh())
            {
                return false;
            }
        }

        return false;
    }

    // A capital before the first preposition or relative names the group or its modifier ("Mayor Ana Ruiz", "Senate
    // Democrats"), unless it is the sentence's opener with no name's casing ("Lawmakers on Capitol Hill"). The opener's
    // casing reads the document's words, so it is asked only when no other word has settled the phrase.
    private static bool MayBeUnnamed(in SentenceInput input, int start, int end)
    {
        var tokens = input.Tokens;
        var opener = false;
        for (var i = start; i < end && !WordClasses.NounPostModifiers.Contains(tokens[i].Text); i++)
        {
            opener |= i == 0 && tokens[i].IsCapitalized;
            if (tokens[i].IsCapitalized && i != 0 || Possessives.IsPossessive(tokens[i]))
            {
                return false;
            }
        }

        return !(opener && input.Casing.IsName(tokens[0].Text));
    }

    // Past this the walk back has likely crossed into another clause's words.
    private const int MaxGroupTokens = 8;

    // The head: the first plural common noun whose noun phrase ends there (the phrase's end, or a post-modifier after it:
    // a preposition, "who", a participle "cited by"). Before it: an optional quantifier ("many", "some", "multiple"), then
    // adjectives, participles and common nouns in lower case, the phrase's first word capitalised only as the
    // sentence's opener. A capital before the head names the group ("Senate Democrats", "Goldman Sachs economists",
    // "AIIMS doctors"), a determiner points back ("the lawmakers", "these men", "their opponents"), a number counts
    // people who did something ("two epidemiologists write": the counted-group reading decides those). -1 when there is
    // no such head.
    private static int Head(in SentenceInput input, int start, int end)
    {
        var tokens = input.Tokens;
        var i = start;
        if (WordClasses.GroupQuantifiers.Contains(tokens[i].Text))
        {
            i++;
        }

        for (; i < end; i++)
        {
            var token = tokens[i];
            var label = input.LabelAt(i);
            if (token.Kind != TokenKind.Word || label.Clitic != PosTag.None || Possessives.IsPossessive(token)
                || (token.IsCapitalized && !(i == 0 && !input.Casing.IsName(token.Text))))
            {
                return -1;
            }

            if (label.Tag == PosTag.NNS && (i + 1 == end || WordClasses.NounPostModifiers.Contains(tokens[i + 1].Text) || input.LabelAt(i + 1).Tag == PosTag.VBN))
            {
                return i;
            }

            if (label.Tag is not (PosTag.JJ or PosTag.NN or PosTag.NNS or PosTag.VBN) || WordClasses.Determiners.Contains(token.Text)
                || WordClasses.SmallCardinals.Contains(token.Text))
            {
                return -1;
            }
        }

        return -1;
    }

    // "analysts at BofA Global Research", "experts from the Met Office", "lawyers for Manafort", "officials with the
    // FBI", "investors in plans managed by Fidelity": a capitalised body after "at", "from", "for", "with" or "by" places the group there, an anonymous member of a named
    // body (guidelines 5: borderline), which the named readings judge. "of"/"on"/"in" and a name ("supporters of
    // Facebook's new policy", "Lawmakers on Capitol Hill") say what the group backs or where it sits, and name no speaker.
    private static bool PostModifierNamesNoBody(ImmutableArray<Token> tokens, int head, int end)
    {
        for (var i = head + 1; i + 1 < end; i++)
        {
            // "Lawmakers and Mr. Trump agreed": a named conjunct speaks with the group; "demands … that Mr. McAleenan has
            // warned": a relative clause's own subject.
            if (FunctionWords.Lower(tokens[i]) is "and" or "or" or "that" or "who" or "which" && tokens[i + 1].IsCapitalized)
            {
                return false;
            }

            // "lawyers for the committee said": counsel speak for the party "for" names (as ForNamesSpeaker reads it).
            if (tokens[i].Is("for") && WordClasses.CounselNouns.Contains(tokens[head].Text))
            {
                return false;
            }

            if (WordClasses.BodyPlacingPrepositions.Contains(tokens[i].Text))
            {
                var body = tokens[i + 1].Is("the") && i + 2 < end ? i + 2 : i + 1;
                if (tokens[body].IsCapitalized)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // A subject opens its clause: "the votes of gun lobbyists" has its own head before the phrase, "for allies" is a
    // preposition's object; "with" opens a clause before a participle (", with industry insiders saying"), and a
    // subordinator other than "if" opens one ("because accountants project"; "if some voters believed" supposes). A
    // wh-word makes the group's saying the author's generalisation ("what politicians say", "where firms think"), and a
    // bracket before it leaves the phrase's start cut off ("Majorities of white (70%) … adults say": respondents).
    private static bool OpensClause(in SentenceInput input, int start, int end)
    {
        var tokens = input.Tokens;
        // "the committee on banking, housing, and urban affairs wrote": after a list's last comma and "and" the phrase
        // is the list's last item, and the subject began before it.
        if (start > 0 && tokens[start - 1].Text is ")" or "]"
            || (start > 1 && tokens[start - 1].Lower() is "and" or "or" && tokens[start - 2].Text == ","))
        {
            return false;
        }

        return start == 0 || tokens[start - 1].Kind != TokenKind.Word || WordClasses.SubjectClauseOpeners.Contains(tokens[start - 1].Text)
            || input.LabelAt(start - 1).Tag is not (PosTag.WP or PosTag.WDT or PosTag.WRB or PosTag.IN or PosTag.DT or PosTag.PRPS or PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.JJ or PosTag.VB or PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.VBN)
            || ReportingVerbReader.IsAbsoluteParticipleSubject(tokens, start, end);
    }
}
