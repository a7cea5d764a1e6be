using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// What kind of source a source phrase is: named (a person, body or document the reader can check), vague (a role or
/// group no reader can ask), the author's own voice, or no source at all.
/// </summary>
internal static class SourcePhraseClassifier
{
    // "Democrats", "House Republicans", "liberal Senate Democrats": a party conjunct is the noun and a modifier or two.
    private const int MaxPartyConjunctTokens = 3;

    /// <summary>
    /// True when the phrase counts events or harms ("COVID-19 deaths", "the death toll", "the number of cases"): such a
    /// subject cannot act, so an act verb after it ("COVID-19 deaths have passed 500,000") reports a milestone the author
    /// states even when a capital makes the phrase look named. The head is the phrase's last word
    /// (class-event-count-subjects.txt).
    /// </summary>
    public static bool CountsEvents(ImmutableArray<Token> tokens, int start, int end) =>
        end > start && end <= tokens.Length && WordClasses.EventCountSubjects.Contains(tokens[end - 1].Text);

    /// <summary>Named, vague, a role or the author's own voice; null when the phrase is not a source at all.</summary>
    /// <param name="quoted">The phrase is inside a quotation (a quoted speaker's source).</param>
    public static AttributionKind? Classify(in SentenceInput input, int start, int end, bool quoted)
    {
        // A person's role beside their name describes a named source; a thing's ("Kaesong Industrial Complex, a joint
        // economic project") stays what it was, no source at all.
        var kind = ClassifyPhrase(input, start, end, quoted);
        return (kind is AttributionKind.Vague or AttributionKind.Role && IsNamedByApposition(input.Tokens, start, end))
            || (kind is AttributionKind.Vague && NamesAMember(input.Tokens, end))
            ? AttributionKind.Named
            : kind;
    }

    /// <summary>
    /// True when an ", including …" clause straight after a group names one of its members: "Some Republicans, including
    /// President Trump, have accused", "Some US lawmakers, including Sen. John McCain (R) of Arizona, have said",
    /// "Others, including One America News Network host Jack Posobiec, claimed". The named member speaks for the group,
    /// and the reader can check him; the labels leave such groups unlabelled. The first member must end on a name (two
    /// name words) with no determiner or affiliation link inside it: "including some Republicans", "including three
    /// presidents", "including members of the Senate intelligence panel", "including Iran's ambassador to the United
    /// Nations" and "including Democratic Party loyalists" name no one, and the group stays vague. An example list does the
    /// same ("critics, like presumptive Democratic nominee Joe Biden,", "lawmakers, such as Sen. Ted Cruz,").
    /// </summary>
    public static bool NamesAMember(ImmutableArray<Token> tokens, int end)
    {
        var opener = end + 3 < tokens.Length && tokens[end].Text == "," ? MemberListOpener(tokens, end + 1) : 0;
        if (opener == 0)
        {
            return false;
        }

        // The first member runs to the list's next separator: a comma, a bracket ("(R) of Arizona"), "and"/"or".
        var firstMember = end + 1 + opener;
        var memberEnd = firstMember;
        while (memberEnd < tokens.Length && !tokens[memberEnd].Is("and") && !tokens[memberEnd].Is("or")
            && (tokens[memberEnd].IsWord || IsAbbreviationPoint(tokens, memberEnd)))
        {
            var word = tokens[memberEnd].Text;
            if (WordClasses.Determiners.Contains(word) || WordClasses.AffiliationLinks.Contains(word) || WordClasses.GroupQuantifiers.Contains(word))
            {
                return false;
            }

            memberEnd++;
        }

        return memberEnd - firstMember >= 2 && RoleMentions.IsName(tokens[memberEnd - 1]) && RoleMentions.IsName(tokens[memberEnd - 2]);
    }

    // The words that open a list of a group's members (class-member-example-markers, the list IsBareGroup's examples
    // come from): "including", and the examples "like" and "such as" (sources58: "But critics, like presumptive
    // Democratic nominee Joe Biden, were quick to point out", "some critics, like Rep. Darrell Issa (R-Calif.), worry";
    // the gold leaves every such group unlabelled). The opener's length in tokens; zero when none opens there.
    private static int MemberListOpener(ImmutableArray<Token> tokens, int index) =>
        WordClasses.MemberExampleMarkers.Contains(tokens[index].Text) ? 1
        : index + 1 < tokens.Length && tokens[index + 1].IsWord && WordClasses.MemberExampleMarkers.ContainsPhrase(tokens, index, index + 2) ? 2
        : 0;

    // The point of a title's abbreviation inside a name ("Sen. John McCain", "Gov. Chris Christie") continues the member.
    // The tokenizer may keep the point on the word ("Sen.") or split it off.
    private static bool IsAbbreviationPoint(ImmutableArray<Token> tokens, int index) =>
        index + 1 < tokens.Length && tokens[index + 1].IsCapitalized
        && ((tokens[index].Text == "." && index > 0 && tokens[index - 1].IsCapitalized) || (tokens[index].Text.EndsWith('.') && tokens[index].IsCapitalized));

    private static AttributionKind? ClassifyPhrase(in SentenceInput input, int start, int end, bool quoted)
    {
        var tokens = input.Tokens;
        var phrase = tokens.AsSpan(start, end - start);
        if (phrase.Length == 1 && WordClasses.AuthorPronouns.Contains(phrase[0].Text))
        {
            return AttributionKind.Author;
        }

        // "with no source", "without sources": the absence of a source is not a vague one. In a sentence that keeps its
        // source anonymous, a "who" clause describes the source before it, so a negation there is the request, not an
        // absence: "a U.S. official who asked not to be identified". Elsewhere it still ends the reading ("the number of
        // workers who have not found a job").
        var afterWho = false;
        foreach (var token in phrase)
        {
            afterWho |= FunctionWords.Is(token, "who");
            if (token.Lower() is "no" or "without" or "not")
            {
                if (afterWho && AnonymityReader.IsAnonymous(input.Sentence))
                {
                    break;
                }

                return null;
            }
        }

        if (IsComparedCount(tokens, start, end))
        {
            return null;
        }

        var head = phrase[^1].Text;
        // An anonymous member of a class stays anonymous whatever named body qualifies it: "A U.S. official",
        // "one Clinton insider", "a Republican briefed on the calls", "Numerous U.S. officials", "some Republicans".
        // A record is a source as the subject of its reporting verb, not as the object of some act ("approved the contract").
        // "A recent poll found", "A 2015 metastudy showed": a study no name in the phrase identifies is no survey the
        // reader can look up, unlike "the poll" (one named before) or "A Quinnipiac poll".
        // "Another 2017 study, by the Pew Research Center, showed": a maker after the study noun names it (UnnamedStudies).
        if (UnnamedStudies.Read(input, start, end) is { } unnamedStudy)
        {
            return unnamedStudy ? AttributionKind.Vague : AttributionKind.Named;
        }

        if (IsBareEvidence(phrase, start))
        {
            return AttributionKind.Vague;
        }

        if (IsAnaphoricDocument(phrase) || IsInstitutionalRecord(phrase)
            || (IsSingleRecord(phrase) && end < tokens.Length && ReportingVerbReader.IsReportingVerbAt(tokens, end)))
        {
            return AttributionKind.Named;
        }

        if (IsCoordinatedVagueGroups(input, start, end, quoted))
        {
            return AttributionKind.Vague;
        }

        if (IsIndefiniteMember(phrase))
        {
            return AttributionKind.Role;
        }

        if (IsQuantifiedGroup(phrase) || IsBareGroup(input, start, end, quoted) || IsOwnedStanceGroup(phrase))
        {
            return AttributionKind.Vague;
        }

        var vague = HasVagueHead(input, phrase, start)
            || ((RuleLexicons.VagueSources.ContainsWord(head) || WordClasses.RoleNouns.Contains(head)) && AnonymityReader.IsAnonymous(input.Sentence));
        var named = false;
        for (var i = 0; i < phrase.Length; i++)
        {
            var token = phrase[i];
            var absolute = start + i;
            if (token.IsCapitalized && TokenSpans.IsWord(token) && !WordClasses.NotNames.Contains(token.Text) && !IsSentenceOpener(absolute, token))
            {
                // A capitalised opener before a vague noun is only capitalised ("Industry analysts agree"), unless it is
                // a name before a poll or study, which it then owns: "Gallup polls show" names its pollster as "A
                // Quinnipiac poll" does. Before people it does not: "IRS officials" stay anonymous.
                named |= absolute != 0 || !vague || (IsEvidenceHead(head) && input.Casing.IsName(input.Tokens[absolute].Text));
            }
        }

        if (named && vague && AnonymityReader.IsAnonymous(input.Sentence))
        {
            return WordClasses.RoleNouns.Contains(head) ? AttributionKind.Role : AttributionKind.Vague;
        }

        if (named)
        {
            return AttributionKind.Named;
        }

        if (vague)
        {
            return AttributionKind.Vague;
        }

        // "he says", and in a relative clause "which he estimates would raise $800 billion", "who she said were": the
        // relative pronoun is the object of the verb's clause and the pronoun after it its subject, a speaker the
        // sentence or its neighbour names, as a lone pronoun is.
        if ((phrase.Length == 1 && WordClasses.PersonalPronouns.Contains(head)) || RelativeAttributions.IsRelativeThenPronoun(phrase))
        {
            return AttributionKind.Named;
        }

        return phrase.Length >= 2 && phrase[0].Lower() is "the" or "its" or "their" or "his" or "her" && WordClasses.InstitutionNouns.Contains(head)
            || (phrase.Length == 1 && WordClasses.BareNamedBodies.Contains(head))
            ? AttributionKind.Named
            : null;
    }

    // A vague source noun makes the phrase vague only where it heads it: at the phrase's end or before what follows a
    // head ("critics of the plan", "sources within the party", "experts who", "officials involved in", "the experts we
    // spoke to"); a verb or an adverb straight after it ends its noun phrase too, as a reduced relative, the verb of a
    // chain or the adverb of the predicate ("Others see reason to believe", "Economists increasingly fear"). Matched anywhere, any phrase holding the
    // word was vague ("encouraged his supporters to", "single-day records for new", "meaning many people won't have
    // their asylum"). A quantifier heads nothing but opens its noun phrase ("Some conservatives", "Many say", "most of
    // them"), so it counts at the phrase's start, unless an adverb follows it ("most notably a lawsuit"). The phrases of
    // several words ("a senior official", "a spokesman") name a source wherever they stand, and so does a head with its
    // qualifier ("people familiar with", "officials with knowledge of": QualifiedSources).
    private static bool HasVagueHead(in SentenceInput input, ReadOnlySpan<Token> phrase, int start)
    {
        if (QualifiedSources.Occur(phrase))
        {
            return true;
        }

        foreach (var match in RuleLexicons.VagueSources.Matches(phrase))
        {
            var end = match.Start + match.Length;
            if (match.Length > 1 || end == phrase.Length || IsVerbTag(input.LabelAt(start + end).Tag) || WordClasses.NounPostModifiers.Contains(phrase[end].Text)
                || WordClasses.PersonalPronouns.Contains(phrase[end].Text) || WordClasses.AuthorPronouns.Contains(phrase[end].Text)
                || (!WordClasses.GroupQuantifiers.Contains(phrase[match.Start].Text) && input.LabelAt(start + end).Tag is PosTag.RB))
            {
                return true;
            }

            if (match.Start == 0 && WordClasses.GroupQuantifiers.Contains(phrase[0].Text) && input.LabelAt(start + 1).Tag is not (PosTag.RB or PosTag.RBR or PosTag.RBS))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when an indefinite role phrase describes a person named beside it: "George Ferguson, a senior defense analyst
    /// with Bloomberg Intelligence said", "says James Wallner, a former GOP Senate staffer", "one Kurdish official, Razan
    /// Hiddo, declared". The name, two capitalised words set off by the comma, is the source; the role only describes
    /// it. A name before the role must open its clause (the sentence's start, punctuation or a verb of saying before
    /// it), or the role must say nothing itself: at the end of a clause a name is that clause's object, and a role its
    /// verb of saying follows speaks for itself ("sanctions close to President Vladimir Putin, a senior US official
    /// said"), while "worked closely with Alexander Torshin, a senior official at the Russian central bank —" only
    /// describes Torshin. A day or month ("On Tuesday, a senior official") is no name.
    /// </summary>
    public static bool IsNamedByApposition(ImmutableArray<Token> tokens, int start, int end)
    {
        if (end <= start || !(WordClasses.IndefiniteOpeners.Contains(tokens[start].Text) || IsCountedPartitive(tokens, start, end)))
        {
            return false;
        }

        if (end + 2 < tokens.Length && tokens[end].Text == "," && NameRunAfter(tokens, end + 1) && NameFollowsHead(tokens, start, end))
        {
            return true;
        }

        if (start < 3 || tokens[start - 1].Text != ",")
        {
            return false;
        }

        var before = start - 2;
        while (before >= 0 && IsNameWord(tokens[before]))
        {
            before--;
        }

        return start - 2 - before >= 2
            && (before < 0 || !tokens[before].IsWord || SpeechActs.Verbs.ContainsWord(tokens[before].Text) || RuleLexicons.ReportingVerbs.ContainsWord(tokens[before].Text)
                || (!SaysAfter(tokens, end) && !IsPlaceOrListedObject(tokens[before])));
    }

    // A name after a preposition of place is a place ("at a town hall in Long Island, a classroom teacher charged"), and
    // one after "and"/"or" ends a list of objects ("to protest against police brutality and Mayor Lyda Krewson, a …
    // resident who had released"): neither names the role after it as a source (rev42).
    private static bool IsPlaceOrListedObject(Token before) =>
        before.Lower() is "in" or "at" or "near" or "outside" or "inside" or "across" or "throughout" or "around" or "and" or "or";

    // "Two of Nepal's biggest international supporters, the World Bank Group and …": a small count's partitive is as
    // indefinite as "one of"; bare "Two officials" stays a count the name would have to match, so it is left out.
    private static bool IsCountedPartitive(ImmutableArray<Token> tokens, int start, int end) =>
        start + 1 < end && WordClasses.SmallCardinals.Contains(tokens[start].Text) && tokens[start + 1].Is("of");

    // The name set off after the phrase (sources58): two or more name words, title points and initials kept in ("Robert
    // J. Costello", "Homeland Security Secretary Kirstjen Nielsen"), or "the" and capitalised bodies joined by "and"
    // ("the World Bank Group and the Asian Development Bank"). The run must close as an appositive does: a comma, the
    // sentence's end ("said a friend of Jeb Bush, Ana Navarro."), or "of"/"from" and the person's body ("Harley Geiger
    // of the Center for …"). A verb straight after the run makes it the next clause's subject, not an appositive
    // ("According to a senior Republican senator, the Senate Judiciary Committee will …").
    private static bool NameRunAfter(ImmutableArray<Token> tokens, int first)
    {
        var i = first;
        var names = 0;
        while (i < tokens.Length)
        {
            if (tokens[i].Is("the") && i + 1 < tokens.Length && IsNameWord(tokens[i + 1]) && (i == first || tokens[i - 1].Is("and")))
            {
                i++;
                continue;
            }

            if (IsNameWord(tokens[i]) || (names > 0 && IsAbbreviationPoint(tokens, i)))
            {
                names += tokens[i].IsWord ? 1 : 0;
                i++;
                continue;
            }

            if (tokens[i].Is("and") && names >= 2 && i + 1 < tokens.Length && (tokens[i + 1].Is("the") || IsNameWord(tokens[i + 1])))
            {
                i++;
                continue;
            }

            break;
        }

        if (names < 2 || !RoleMentions.IsName(tokens[i - 1]))
        {
            return false;
        }

        return i == tokens.Length || tokens[i].Text is "," or "." or "(" || tokens[i].Is("of") || tokens[i].Is("from");
    }

    // Whether the role phrase goes on to a verb of report before a strong break (a dash, colon, semicolon, bracket) or the
    // sentence's end, over asides set off by commas, a relative clause's own words left out: "a senior US official said"
    // speaks, and so does "an official with the mayor's office, who asked not to be named, said"; "a senior official at
    // the Russian central bank —" and "a conservative professor who writes extensively about higher education:" only
    // describe the man named before them.
    private static bool SaysAfter(ImmutableArray<Token> tokens, int end)
    {
        // A subject phrase may end on its relative pronoun ("a conservative professor who" before "writes").
        var inRelative = WordClasses.RelativePronouns.Contains(tokens[end - 1].Text);
        for (var i = end; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                if (token.Text != ",")
                {
                    return false;
                }

                inRelative = false;
                continue;
            }

            if (WordClasses.RelativePronouns.Contains(token.Text))
            {
                inRelative = true;
            }
            else if (!inRelative && ReportingVerbReader.IsReportingVerbAt(tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    // A name after the phrase is its head's ("An attorney for Manafort, Kevin Downing,") unless a common noun after a
    // preposition ends the phrase: then the name is that noun's ("A spokesman for the defense secretary, James Mattis,",
    // "a spokesman for his official royal residence, Clarence House,"), and the speaker stays unnamed.
    private static bool NameFollowsHead(ImmutableArray<Token> tokens, int start, int end)
    {
        if (tokens[end - 1].IsCapitalized)
        {
            return true;
        }

        // "One of Trump's top advisers": the partitive "of" after the opener picks the head out of the group; it is no
        // affiliation link to a body the name could belong to.
        for (var i = start + 1; i < end; i++)
        {
            if (WordClasses.AffiliationLinks.Contains(tokens[i].Text) && !(i == start + 1 && tokens[i].Is("of")))
            {
                return false;
            }
        }

        return true;
    }

    // RoleMentions' name word, less the capitalised opener of the role phrase itself ("A", "One", "The").
    private static bool IsNameWord(Token token) =>
        RoleMentions.IsName(token) && !WordClasses.IndefiniteOpeners.Contains(token.Text) && !WordClasses.Determiners.Contains(token.Text);

    // "More than twice as many Americans believed Thomas", "nearly as many Americans say", "four times as many": a
    // quantifier compared by a multiplier or "nearly"/"almost" counts the people who answered or did something, a poll's
    // tally, not a group speaking. ("as many conservatives say", with no multiplier, is still a vague group.)
    private static bool IsComparedCount(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var i = Math.Max(start, 2); i < end; i++)
        {
            if (WordClasses.GroupQuantifiers.Contains(tokens[i].Text) && tokens[i - 1].Is("as")
                && (WordClasses.RateMultipliers.Contains(tokens[i - 2].Text) || WordClasses.NearDegrees.Contains(tokens[i - 2].Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVerbTag(PosTag tag) => tag is PosTag.VB or PosTag.VBD or PosTag.VBG or PosTag.VBN or PosTag.VBP or PosTag.VBZ;

    // "Iraqi officials and experts said", "GOP lawmakers and aides said", "immigration advocates and Democrats say": two
    // vague groups joined by one "and"/"or" are one vague source, the whole phrase. Read whole, a capital in either half
    // ("Iraqi", "Democrats") made it a name and neither group was reported. Each half is classified on its own, so a
    // name in either ("Trump and Republicans said") leaves the whole to the reading below.
    private static bool IsCoordinatedVagueGroups(in SentenceInput input, int start, int end, bool quoted)
    {
        var tokens = input.Tokens;
        var conjunction = -1;
        for (var i = start + 1; i < end - 1; i++)
        {
            if (tokens[i].Lower() is "and" or "or")
            {
                if (conjunction >= 0)
                {
                    return false;
                }

                conjunction = i;
            }
        }

        if (conjunction < 0)
        {
            return false;
        }

        // "immigration advocates and Democrats say", "African American leaders and Democrats, who said": a party's
        // members beside a vague group share its vagueness (both annotated), though bare they are the party speaking.
        var left = Classify(input, start, conjunction, quoted) == AttributionKind.Vague;
        var right = Classify(input, conjunction + 1, end, quoted) == AttributionKind.Vague;
        return (left && right) || (left && IsPartyConjunct(tokens, conjunction + 1, end)) || (right && IsPartyConjunct(tokens, start, conjunction));
    }

    // "Democrats", "House Republicans": a short conjunct headed by a party's members, by the same test as the bare party.
    private static bool IsPartyConjunct(ImmutableArray<Token> tokens, int start, int end) =>
        end - start is >= 1 and <= MaxPartyConjunctTokens && PartySpeakers.IsParty(tokens, start, end - 1);

    // "a/an/another/one [modifiers] ROLE [briefed on …]": a role noun introduced indefinitely names no one.
    private static bool IsIndefiniteMember(ReadOnlySpan<Token> phrase)
    {
        if (phrase.Length < 2 || !WordClasses.IndefiniteOpeners.Contains(phrase[0].Text))
        {
            return false;
        }

        // The role noun is the head, or the head of a reduced relative ("a Republican briefed on the calls"). A role
        // before a person's name is that person's title: two capitalised words ("a memo by the company CEO Doug McMillon",
        // "a paper by my colleague Dan Griswold", "the official Korean Central News Agency") or one the phrase was cut
        // after ("by Apple CEO Tim" + "Cook"). One capitalised word that is no name modifies or follows the role ("A
        // veteran GOP strategist", "one economist Bloomberg spoke to", "An OAN anchor I spoke with"), which stays a role.
        // An author's "by" ends the head: "a 2012 analysis by the National Council on Teacher Quality" is a work of the
        // body it names, and the role word inside that name is no member speaking, unless the author is one.
        var found = false;
        for (var i = 1; i < phrase.Length; i++)
        {
            var token = phrase[i];
            if (WordClasses.RoleNouns.Contains(token.Text))
            {
                if (IsCapitalisedWord(phrase, i + 1) && (i + 2 == phrase.Length || IsCapitalisedWord(phrase, i + 2)) && !phrase[i + 1].Is("I"))
                {
                    return false;
                }

                found = true;
                if (!IsCapitalisedWord(phrase, i + 1))
                {
                    return true;
                }

                continue;
            }

            if (SourceQualifierWords.IsAt(phrase, i) || WordClasses.MemberPhraseClosers.Contains(token.Text))
            {
                return found;
            }

            // The author after "by" is judged on its own: "a study by a Brown University economist", "a memoir by a
            // senior aide" stay anonymous members.
            if (token.Is("by"))
            {
                return found || IsIndefiniteMember(phrase[(i + 1)..]);
            }
        }

        return found;
    }

    private static bool IsCapitalisedWord(ReadOnlySpan<Token> phrase, int index) =>
        index < phrase.Length && phrase[index] is { IsWord: true, IsCapitalized: true };

    // "many legal scholars", "some Republicans", "Numerous U.S. officials", "two people briefed on the discussion",
    // "the ones top Republican officials": a quantifier, rank word or count before a plural class noun is a
    // group no reader can check. The class noun is the head, or the noun a reduced relative or "of" follows.
    private static bool IsQuantifiedGroup(ReadOnlySpan<Token> phrase)
    {
        var quantified = false;
        // A count of employees or members is a tally of people who did something ("six GOP House members have
        // announced", "3.2 million hourly workers"), not a group speaking; only a quantifier word makes them one.
        var counted = false;
        for (var i = 0; i < phrase.Length; i++)
        {
            var word = phrase[i].Text;
            if (WordClasses.GroupQuantifiers.Contains(word))
            {
                quantified = true;
                continue;
            }

            if (i + 1 < phrase.Length && (WordClasses.SmallCardinals.Contains(word) || RuleLexicons.NumberWords.ContainsWord(word)))
            {
                quantified = true;
                counted = true;
                continue;
            }

            if (quantified && (WordClasses.GroupNouns.Contains(word) || (!counted && (WordClasses.SpeakerGroups.Contains(word) || WordClasses.BareStanceGroups.Contains(word)))
                    || RuleLexicons.VagueSources.ContainsWord(word) && word.EndsWith('s'))
                && (i + 1 == phrase.Length || SourceQualifierWords.IsAt(phrase, i + 1) || WordClasses.QuantifiedGroupTails.Contains(phrase[i + 1].Text)))
            {
                return true;
            }
        }

        return false;
    }

    // "GOP lawmakers said", "liberals have been saying", "Admirers of JFK tell us": a plural class of people with no
    // determiner is the class at large, whatever named body qualifies it; no reader can ask "GOP lawmakers". The
    // grammar says the head is a plural noun and that every word before it is a modifier (adjective or noun), so
    // "the lawmakers", "his aides", "Trump's lawyers" and "some men" (quantified, read above) stay out.
    // Inside a quotation a bare group is the speaker's anecdote ("people say, 'How come…'"), not a cited source, unless
    // its head is a source role the speaker relays ("Justice Department officials said", class-quoted-source-roles;
    // sources55); and "analysts at BofA Global Research" are placed at a named body the reader can check.
    private static bool IsBareGroup(in SentenceInput input, int start, int end, bool quoted)
    {
        var tokens = input.Tokens;
        var head = -1;
        for (var i = start; i < end; i++)
        {
            // "media outlets", "media organizations": a group noun before another modifies it, and the last is the head.
            if (IsGroupNoun(tokens[i].Text) && !(i + 1 < end && IsGroupNoun(tokens[i + 1].Text)))
            {
                if (i + 1 == end || SourceQualifierWords.IsAt(tokens.AsSpan(), i + 1) || WordClasses.BareGroupTails.Contains(tokens[i + 1].Text))
                {
                    head = i;
                }
                else if (i + 2 == end && RuleLexicons.VagueSources.ContainsWord(tokens[i + 1].Text))
                {
                    // "Media reports", "according to US media reports": the group's own reports are as unnamed as it is.
                    head = i + 1;
                }

                break;
            }
        }

        if (head < 0 || (quoted && !WordClasses.QuotedSourceRoles.Contains(tokens[head].Text)) || IsPartySpeaking(tokens, start, head, end) || IsPlacedAtNamedBody(tokens.AsSpan(), head, end) || IsCountedSpeakerGroup(tokens, start, head) || ForNamesSpeaker(tokens, head, end)
            || NamesMembers(tokens, head, end))
        {
            return false;
        }

        // Tags its words settle are read without tagging the sentence.
        if (input.LabelAt(head).Tag is not (PosTag.NNS or PosTag.NNPS))
        {
            return false;
        }

        // A lower-case plural noun may modify the head as the first half of a compound ("Human rights groups", "Civil
        // liberties groups", "Veterans groups" opening the sentence); a capitalised one is a name the tagger misread
        // ("AIIMS doctors").
        for (var i = start; i < head; i++)
        {
            var label = input.LabelAt(i);
            if (label.Tag is not (PosTag.JJ or PosTag.NN or PosTag.NNP or PosTag.NNPS) && !(label.Tag == PosTag.NNS && (!tokens[i].IsCapitalized || (i == 0 && char.IsLower(tokens[i].Text[^1]))))
                || label.Clitic != PosTag.None)
            {
                return false;
            }
        }

        // A subject opens its clause: "the votes of GOP lawmakers" has its own head before the phrase; "with" opens one
        // before a participle (", with Obama administration critics saying").
        return start == 0 || tokens[start - 1].Kind != TokenKind.Word || input.LabelAt(start - 1).Tag is not (PosTag.IN or PosTag.DT or PosTag.PRPS)
            || ReportingVerbReader.IsAbsoluteParticipleSubject(tokens, start, end);
    }

    // "Republicans said", "Senate Democrats insist", "House Republicans have raised concerns", "Democrats in Congress": a
    // party's members with no quantifier are the party speaking, a named body as "the GOP said" is; the annotators leave
    // them unlabelled (18 of 24 in the pool and fresh14-22, 4 borderline). Not a subset of them ("other Republicans",
    // "Key Democrats": class-party-subset-words) or insiders ("Republicans familiar with the matter", "close to"), which
    // stay as vague as "some Republicans" (read above); "GOP lawmakers" has a role head, not the party's.
    private static bool IsPartySpeaking(ImmutableArray<Token> tokens, int start, int head, int end) =>
        PartySpeakers.IsParty(tokens, start, head) && !(head + 1 < end && SourceQualifierWords.IsAt(tokens.AsSpan(), head + 1));

    // "Six council members have announced", "3.2 million hourly workers found": counted members or workers are a tally
    // (the quantified reading above says why), even where the tagger takes a capitalised count for a name.
    private static bool IsCountedSpeakerGroup(ImmutableArray<Token> tokens, int start, int head)
    {
        if (WordClasses.GroupNouns.Contains(tokens[head].Text))
        {
            return false;
        }

        for (var i = start; i < head; i++)
        {
            if (tokens[i].Kind == TokenKind.Number || WordClasses.SmallCardinals.Contains(tokens[i].Text) || RuleLexicons.NumberWords.ContainsWord(tokens[i].Lower()))
            {
                return true;
            }
        }

        return false;
    }

    // One question, "does the head's 'for' make the speakers identifiable?", answered two ways. "lawyers for the committee
    // wrote", "attorneys for Manafort said": counsel speak for the client "for" names, a party the reader can identify, as
    // a spokesman for a named body does. "Students for Fair Admissions asserted", "Lawyers for Civil Rights said": a
    // capitalised group noun before "for" and a capitalised word is an organisation's name, not a group at large.
    private static bool ForNamesSpeaker(ImmutableArray<Token> tokens, int head, int end) =>
        head + 2 < end && tokens[head + 1].Is("for")
        && (WordClasses.CounselNouns.Contains(tokens[head].Text) || tokens[head].IsCapitalized && tokens[head + 2].IsCapitalized);

    // "Opponents of the ban like Larry Nordal of Deerfield cited", "critics including Sen. Rand Paul said": members named by
    // example are people the reader can check, so the group is no bare vague one (allsides, sources44: the one wrong
    // finding of its kind among 26 read).
    // Inside the phrase, with no comma; NamesAMember reads the comma-set ", including …" after it, where a capital alone
    // is too weak (", including Democratic Party loyalists") and the member must end on two name words.
    private static bool NamesMembers(ImmutableArray<Token> tokens, int head, int end)
    {
        for (var i = head + 1; i + 1 < end; i++)
        {
            if (WordClasses.MemberExampleMarkers.Contains(tokens[i].Text) && tokens[i + 1].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }

    // "Obamacare defenders say", "Longtime Bush supporters say": a stance noun heads a bare group as "critics" does; the
    // name before it is whom they back, so the capital that makes other phrases named does not name these speakers.
    private static bool IsGroupNoun(string word) =>
        WordClasses.GroupNouns.Contains(word) || WordClasses.SpeakerGroups.Contains(word) || WordClasses.BareStanceGroups.Contains(word);

    // "Obama's critics say", "Trump's fiercest supporters argue", "AIPAC's critics": the owner's capital names whom the
    // group opposes or backs, not the people speaking, who are as unnamed as "his critics" or "the president's critics"
    // (read as vague through the lexicon, no capital in them). Only lower-case modifiers may stand between owner and head.
    private static bool IsOwnedStanceGroup(ReadOnlySpan<Token> phrase)
    {
        if (phrase.Length < 2 || !WordClasses.StanceGroups.Contains(phrase[^1].Text))
        {
            return false;
        }

        for (var i = phrase.Length - 2; i >= 0; i--)
        {
            var token = phrase[i];
            if (token.IsWord && Possessives.EndsWithPossessive(token.Text))
            {
                return true;
            }

            if (!token.IsWord || token.IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }

    // "Polling suggests that", "New polling shows", "lots of polling shows": an evidence noun of
    // class-bare-evidence-nouns.txt heading the phrase, with only lower-case words before it (a capital only as the
    // sentence's first word) and no determiner but a quantifier. A name, possessive or article points to someone's
    // polling ("Gallup polling", "Edison's polling", "the polling"), and a word after the noun makes it a modifier ("the
    // polling center noted", "polling numbers show").
    private static bool IsBareEvidence(ReadOnlySpan<Token> phrase, int start)
    {
        if (!WordClasses.BareEvidenceNouns.Contains(phrase[^1].Text))
        {
            return false;
        }

        for (var i = 0; i < phrase.Length - 1; i++)
        {
            var token = phrase[i];
            if (token.Kind != TokenKind.Word || Possessives.IsPossessive(token) || (token.IsCapitalized && start + i != 0)
                || (WordClasses.Determiners.Contains(token.Text) && !WordClasses.GroupQuantifiers.Contains(token.Text)))
            {
                return false;
            }
        }

        return true;
    }

    // "analysts at BofA Global Research", "experts from the Met Office".
    private static bool IsPlacedAtNamedBody(ReadOnlySpan<Token> tokens, int head, int end)
    {
        if (head + 2 >= end || tokens[head + 1].Lower() is not ("at" or "from"))
        {
            return false;
        }

        var body = tokens[head + 2].Lower() == "the" ? head + 3 : head + 2;
        return body < end && tokens[body].IsCapitalized;
    }

    // "according to the data", "the researchers found", "these estimates": a definite document or its authors
    // point back to one the story has named; survey respondents are the data, not a source.
    private static bool IsAnaphoricDocument(ReadOnlySpan<Token> phrase)
    {
        if (SurveyMentions.In(phrase, studies: false))
        {
            return true;
        }

        var head = phrase[^1].Text;
        return phrase.Length >= 2 && phrase[^2].Lower() is "the" or "these" or "this" or "that" or "those"
            && (WordClasses.DocumentNouns.Contains(head) || WordClasses.DocumentAuthors.Contains(head))
            || IsOwnedDocument(phrase);
    }

    // "his research suggested", "whose academic research suggests", "the agency's latest data", "Gallup's polls": a
    // document someone owns is that person's or body's, named in the sentence or before it.
    private static bool IsOwnedDocument(ReadOnlySpan<Token> phrase)
    {
        if (!WordClasses.DocumentNouns.Contains(phrase[^1].Text))
        {
            return false;
        }

        foreach (var token in phrase[..^1])
        {
            if (Possessives.IsPossessive(token))
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised first word is a name unless it is a common word that merely opens the sentence.
    // "polls", "surveys", "studies", "research": a body of evidence, not people (research-evidence-nouns.txt, and the
    // survey nouns with their plurals).
    private static bool IsEvidenceHead(string head) =>
        WordClasses.ResearchEvidenceNouns.Contains(head) || WordClasses.SurveyNouns.ContainsNounOrPlural(head);

    private static bool IsSentenceOpener(int index, Token token) =>
        index == 0 && (RuleLexicons.VagueSources.ContainsWord(token.Text) || WordClasses.NotNames.Contains(token.Text)
            || char.IsLower(token.Text[^1]) && RuleLexicons.ReportingVerbs.ContainsWord(token.Text));

    // "a job application for the position shows", "an internal memo says": one record, introduced by an article,
    // is a document the reader can ask for. Its head is the first record noun, before any "for"/"from" phrase.
    private static bool IsSingleRecord(ReadOnlySpan<Token> phrase)
    {
        if (phrase.Length < 2 || phrase[0].Lower() is not ("a" or "an" or "the" or "this"))
        {
            return false;
        }

        foreach (var token in phrase[1..])
        {
            if (WordClasses.RecordNouns.Contains(token.Text))
            {
                return true;
            }

            if (token.Lower() is "for" or "from" or "of" or "by" or "to")
            {
                return false;
            }
        }

        return false;
    }

    // "county records", "court documents", "police reports": records a kind of public body keeps are checkable,
    // unlike "documents" or "records" alone.
    private static bool IsInstitutionalRecord(ReadOnlySpan<Token> phrase) =>
        phrase.Length >= 2 && (WordClasses.DocumentNouns.Contains(phrase[^1].Text) || phrase[^1].Lower() is "documents")
        && WordClasses.InstitutionNouns.Contains(phrase[^2].Text) && !WordClasses.GroupQuantifiers.Contains(phrase[0].Text);
}
