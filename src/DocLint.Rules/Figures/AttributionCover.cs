using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Figures;

/// <summary>
/// Whether an attribution in a figure's sentence covers the figure: the figure is what the source said or did, not
/// something else the sentence states beside it (guidelines section 4: a figure is sourced when it is the content of
/// a named actor's speech or official act). "Redfield added that …" covers what follows it, "…, officials said" what
/// precedes it, "according to X" its whole sentence; "the court said in a 3-0 ruling" does not make the tally the
/// court's words, nor "he said, patting the more than 2,000 pages" the pages his.
/// </summary>
internal static class AttributionCover
{
    /// <summary>True when the figure starting at <paramref name="figure"/> is the content of the speech attribution.</summary>
    public static bool BySpeech(SentenceSemantics reading, Attribution attribution, int figure)
    {
        var tokens = reading.Tokens;
        // "According to X", "by X's count" and "as X noted" frame their whole sentence, wherever they stand in it.
        if (AttributionReader.IsPrepositional(tokens, attribution) || IsInSource(attribution, figure) || IsAsClause(tokens, attribution))
        {
            return true;
        }

        if (attribution.SourceFollowsVerb)
        {
            // "…, said the official", "as reported by Reuters": the report is what stands before the verb, and the
            // speaker's description after the name is theirs too (", said Michael Hais, co-author of three books").
            // Elsewhere the phrase read as a source after the verb is its object or clause, and the report is what
            // follows the verb ("It also said there were a dozen shootings"), never what precedes it ("Carnival slid
            // 7.6%, … after cutting its profit forecast for the year").
            return IsInvertedOrPassive(tokens, attribution)
                ? (figure < attribution.VerbStart && IsSetOffBefore(tokens, figure, attribution.VerbStart)) || IsAfterParenthetical(reading, attribution, figure)
                : figure >= attribution.VerbEnd && !HasClauseBetween(reading, attribution.VerbEnd, figure, speech: true);
        }

        // "…, which he estimates would raise $800 billion", "five inmates, who he said were convicted": a relative
        // clause's pronoun speaker vouches for what the clause says of its antecedent, not for the sentence it hangs on.
        // A time clause that opens the sentence is the author's scene before a speaker who goes on to report ("When the
        // $130,000 payment was revealed, Cohen said that …": FrontedTimeClauses).
        if (figure < attribution.Start)
        {
            return !RelativeAttributions.IsPronounRelative(tokens, attribution) && IsSetOffBefore(tokens, figure, attribution.Start)
                && !FrontedTimeClauses.IsBefore(tokens, attribution, figure);
        }

        // A report inside an opening "with"/"despite" phrase reaches its comma only, as reported speech reads it
        // (OpeningClauses): "Despite polls showing 60% …, we invested $80 billion" is the author's figure (rev44). Not yet
        // for a subordinator's clause ("While the CBO score predicted …, the agency also foresaw 14 million"): on allsides
        // that moved 22 figures, right and wrong mixed.
        var opening = WordClasses.OpeningPhrasePrepositions.Contains(tokens[0].Text) ? reading.OpeningClauseEnd : -1;
        if (opening >= 0 && attribution.End <= opening && figure > opening)
        {
            return false;
        }

        // "ABC's Arlette Saenz reports: …": what follows the colon is the report, whatever clauses it has.
        if (tokens.At(attribution.End) is { Text: ":" })
        {
            return true;
        }

        if (ContinuesInsetPredicate(reading, attribution, figure))
        {
            return true;
        }

        // After the verb: its clause, up to a clause break. An attribution that closes a report before it has ended
        // it, and what follows is the author's again ("…,” the court said in a 3-0 ruling"), unless the speech goes on
        // in a participle ("…, he said, adding that 500 people").
        return !HasClauseBetween(reading, attribution.End, figure, speech: true)
            && (!ClosesReport(reading, attribution) || ContinuesSpeech(tokens, attribution.End, figure));
    }

    /// <summary>
    /// True when a vague attribution ("officials said", "according to people familiar with …") or an impersonal one
    /// ("reportedly", "it is estimated") reports the figure: it stands in the clause the attribution's verb reports, as
    /// a named speaker's figure does (<see cref="BySpeech"/>), and no relative clause or main clause of the author's
    /// comes between ("Trump is expected to be acquitted in the 100-seat Senate, where Republicans hold 53 seats",
    /// "While some believed that …, Obama ultimately won these three states"). A figure in the source phrase itself is the author's description of the speakers, not their report
    /// ("Nine of the council's 13 members said"); the source rules judge the source.
    /// </summary>
    public static bool ByVagueSource(SentenceSemantics reading, int figure)
    {
        if (ByVagueAttribution(reading, figure, speakersOnly: false))
        {
            return true;
        }

        // The unowned report nouns the list no longer enumerates ("amid reports that", "stoking rumors that") cover as
        // its frames did.
        foreach (var mark in reading.Lexicons.MarksOf(RuleLexicons.ImpersonalAttributions))
        {
            if (IsImpersonalCover(reading, mark, figure) && reading.IsImpersonalFrameAt(mark))
            {
                return true;
            }
        }

        foreach (var (start, _) in reading.UnownedReportSpans)
        {
            if (IsImpersonalCover(reading, start, figure))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a vague speaker of the sentence ("officials say", "the source said", "sources told The Post",
    /// "according to people familiar with …") reports the figure, as <see cref="ByVagueSource"/> reads it. Impersonal
    /// attributions ("reportedly", "it is estimated") name no one, and a document described but not named ("a 2016
    /// study found", "the same research shows", "federal data show", "exit polls") is as often the one a neighbouring
    /// sentence names: neither is a speaker here.
    /// </summary>
    public static bool ByVagueSpeaker(SentenceSemantics reading, int figure) => ByVagueAttribution(reading, figure, speakersOnly: true);

    // "Roughly half (49%) answered that it would be a year or more, in line with what most public health experts have
    // stated": a speaker in a free relative after the figure reports only the relative, not the main clause's figure.
    private static bool IsInFreeRelativeAfter(ImmutableArray<Token> tokens, Attribution attribution, int figure) =>
        figure < attribution.Start && attribution.Start > 0 && WordClasses.FreeRelativePronouns.Contains(tokens[attribution.Start - 1].Text);

    private static bool IsVagueSpeaker(SentenceSemantics reading, Attribution attribution)
    {
        var tokens = reading.Tokens;
        if (!attribution.IsVague || IsRespondentShare(reading, attribution))
        {
            return false;
        }

        for (var j = attribution.SourceStart; j < attribution.SourceEnd; j++)
        {
            var word = tokens[j].Text;
            if (WordClasses.DocumentNouns.Contains(word) || WordClasses.ResearchEvidenceNouns.Contains(word) || WordClasses.BareEvidenceNouns.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    // "43% of those in the hardest-hit counties say …, as do 36% of those …", "Roughly half (49%) answered",
    // "four-in-ten Americans say …, down from 48%", "most Americans say the Republican Party (61%) …": a share of a
    // population answering with a respondent verb is a poll's tally, not a speaker; its figures are the poll's, which
    // the named neighbour covers (guidelines section 4). The share stands in the subject: the source phrase and the
    // words before it back to the clause's start (a comma after a parenthesised share, "Hispanic (19%), Asian (16%)",
    // still belongs to the subject).
    private static bool IsRespondentShare(SentenceSemantics reading, Attribution attribution) =>
        WordClasses.RespondentVerbs.Contains(reading.Tokens[attribution.VerbStart].Text) && HasShareSubject(reading, attribution);

    /// <summary>
    /// The attribution's subject, before its verb, holds a share of a population ("43% of those in the hardest-hit
    /// counties", "Roughly half (49%)", "most Americans"): the words are a poll's tally, whatever the verb.
    /// </summary>
    public static bool HasShareSubject(SentenceSemantics reading, Attribution attribution)
    {
        var tokens = reading.Tokens;
        if (attribution.SourceFollowsVerb)
        {
            return false;
        }

        for (var j = attribution.SourceEnd - 1; j >= 0 && j >= attribution.SourceStart - MaxSubjectReach; j--)
        {
            var token = tokens[j];
            if (j < attribution.SourceStart && IsSubjectBoundary(reading, j))
            {
                return false;
            }

            if (IsShareWord(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    // How far before the source phrase the subject's share may stand ("Smaller shares of Hispanic (19%), Asian (16%)
    // and white (9%) Americans say").
    private const int MaxSubjectReach = 16;

    // The subject ends at a clause's punctuation, a finite verb or a preposition other than the partitive "of" ("gained
    // 3.4 percent during regular trading as people with knowledge of the matter said": the share is the main clause's).
    private static bool IsSubjectBoundary(SentenceSemantics reading, int j)
    {
        var tokens = reading.Tokens;
        return tokens[j].Text is ";" or ":" || tokens[j].Kind == TokenKind.Quote
            || (tokens[j].Text == "," && (j == 0 || tokens[j - 1].Text != ")"))
            || reading.LabelAt(j).Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD
            || (reading.LabelAt(j).Tag == PosTag.IN && !tokens[j].Is("of"));
    }

    // "43%", "49 percent", "majority", "shares", "half", "two-thirds", "four-in-ten", "most".
    private static bool IsShareWord(string word)
    {
        if (word.Contains('%') || WordClasses.PercentWords.Contains(word) || WordClasses.ShareNouns.Contains(word)
            || WordClasses.Fractions.Contains(word) || WordClasses.RespondentShareWords.Contains(word))
        {
            return true;
        }

        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && (WordClasses.Fractions.Contains(word[(hyphen + 1)..]) || word.Contains("-in-", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// True when an unnamed poll, survey or study of the sentence ("according to a recent survey", "a poll of Atlanta
    /// Braves fans found that", "A survey of American teens reported that") reports the figure: its shares and counts
    /// are that study's findings, vaguely sourced (guidelines section 4), not the words of the respondents they count
    /// ("71 percent of Americans believe") nor a survey named elsewhere. A named poll ("a new Gallup poll") is no vague
    /// attribution, and "the survey" points back to one named before: neither is read here. Whether the study is
    /// unnamed is the source classifier's reading (<see cref="Attribution.IsUnnamedStudy"/>), not one of this rule's.
    /// </summary>
    public static bool ByUnnamedStudy(SentenceSemantics reading, int figure)
    {
        foreach (var attribution in reading.Attributions)
        {
            if (attribution.IsVague && attribution.IsUnnamedStudy && VaguelyReports(reading, attribution, figure))
            {
                return true;
            }
        }

        return false;
    }

    // A vague attribution of the sentence reports the figure; with speakersOnly, only a vague speaker's
    // (IsVagueSpeaker) and not from a free relative after the figure (ByVagueSpeaker).
    private static bool ByVagueAttribution(SentenceSemantics reading, int figure, bool speakersOnly)
    {
        foreach (var attribution in reading.Attributions)
        {
            if ((speakersOnly ? IsVagueSpeaker(reading, attribution) : attribution.IsVague) && VaguelyReports(reading, attribution, figure)
                && !(speakersOnly && IsInFreeRelativeAfter(reading.Tokens, attribution, figure)))
            {
                return true;
            }
        }

        return false;
    }

    // The vague attribution reports the figure: it stands in the clause the verb reports, or before a passive's vague
    // agent, and not in the source phrase itself.
    public static bool VaguelyReports(SentenceSemantics reading, Attribution attribution, int figure) =>
        !IsInSource(attribution, figure)
        && ((BySpeech(reading, attribution, figure)
                && (AttributionReader.IsPrepositional(reading.Tokens, attribution) || IsInReportedClause(reading, attribution, figure)))
            || IsBeforePassiveAgent(reading, attribution, figure));


    // An impersonal frame starting at `mark` reports the figure: no clause, relative clause or concession between them.
    private static bool IsImpersonalCover(SentenceSemantics reading, int mark, int figure)
    {
        var (from, to) = mark < figure ? (mark, figure) : (figure, mark);
        return !HasClauseBetween(reading, from, to, speech: true) && !OpensRelativeBetween(reading.Tokens, from, to)
            && !IsConcessiveBefore(reading.Tokens, mark, figure);
    }

    // "the $1.03 profit projected by analysts", "$16 million per unit as reported by multiple news outlets": a passive
    // report's subject is what its vague agent reported, in its own clause with no comma between, as an act's is.
    private static bool IsBeforePassiveAgent(SentenceSemantics reading, Attribution attribution, int figure)
    {
        if (!attribution.SourceFollowsVerb || reading.Tokens.At(attribution.VerbEnd) is not { } by || !by.Is("by") || figure >= attribution.VerbStart)
        {
            return false;
        }

        for (var j = figure + 1; j < attribution.VerbStart; j++)
        {
            if (reading.Tokens[j].Kind is TokenKind.Punctuation or TokenKind.Quote)
            {
                return false;
            }
        }

        return true;
    }

    // The figure and the vague attribution stand in one report: no relative clause of the author's opens between the
    // verb and the figure, and an attribution in a concession ("While some believed …,") reports nothing past the
    // concession's comma. A trailing attribution ("…, people familiar with the matter said") reports its whole
    // clause before it, relative clauses and all, as far as BySpeech lets it reach, unless the attribution stands in
    // a relative clause of its own after the figure ("… 5 percent, which analysts say …").
    private static bool IsInReportedClause(SentenceSemantics reading, Attribution attribution, int figure)
    {
        if (figure < attribution.Start)
        {
            return !OpensRelativeBetween(reading.Tokens, figure, attribution.Start);
        }

        var from = attribution.SourceFollowsVerb ? attribution.SourceEnd : attribution.VerbEnd;
        return !OpensRelativeBetween(reading.Tokens, from, figure) && !IsConcessiveBefore(reading.Tokens, attribution.Start, figure);
    }

    // "…, where Republicans hold 53 seats", "…, which is just shy of the 84,000 people": a relative word after a comma
    // opens a clause that describes its antecedent in the author's voice, up to its closing comma or dash ("the
    // plan, which Congress passed, would cost …" goes back to the report). "that" is left out: after a noun it opens
    // a relative clause as often as a content clause ("the likelihood that 20 Republicans …") or a report after the
    // verb's object or adverb ("told foreign media that 17 people …", "said last week that …"), and a relative clause
    // inside a report is the speaker's description ("benefits that can add 30% to labor costs"). With
    // exceptOnDocuments, for an act, an aside on a document is the act's content: "The House passed the HEROES Act,
    // which extends the $600", "Biden's “Build Back Better” plan, which proposes spending $700 billion" say what the
    // passed or unveiled document provides (class-provision-nouns.txt).
    private static bool OpensRelativeBetween(ImmutableArray<Token> tokens, int from, int figure, bool exceptOnDocuments = false)
    {
        var open = false;
        for (var j = Math.Max(from, 1); j < figure; j++)
        {
            if (tokens[j].Text == "," || PhraseBreaks.IsDash(tokens[j]))
            {
                open = tokens.At(j + 1) is { } next && IsRelativeWord(next)
                    && !(exceptOnDocuments && RelativeProvisions.IsDocumentBefore(tokens, j));
            }
        }

        return open;
    }

    // "which", "who", "whom", "whose" (class-relative-pronouns.txt, less "that") and "where", lower case as after a comma.
    private static bool IsRelativeWord(Token token) =>
        token.Text == "where" || (token.Text != "that" && WordClasses.RelativePronouns.Contains(token.Text));

    // "While some believed that Hillary would win, Obama ultimately won these three states": an attribution in a
    // concession that opens the sentence (class-concessive-openers.txt) reports up to the concession's comma only; so
    // does an official act there (ByAct).
    private static bool IsConcessiveBefore(ImmutableArray<Token> tokens, int attribution, int figure)
    {
        var opener = 0;
        while (opener < tokens.Length && tokens[opener].Kind == TokenKind.Quote)
        {
            opener++;
        }

        if (opener >= attribution || !WordClasses.ConcessiveOpeners.Contains(tokens[opener].Text))
        {
            return false;
        }

        // The attribution must stand in the concession: "While Hillary Clinton was secretary of state, Bill Clinton
        // reportedly earned … over $16 million" has its hearsay in the main clause.
        for (var j = opener + 1; j < attribution; j++)
        {
            if (tokens[j].Text == ",")
            {
                return false;
            }
        }

        for (var j = attribution + 1; j < figure; j++)
        {
            if (tokens[j].Text == ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the figure is the content of the official act: its object or complement, after the verb in its clause
    /// ("the council approved $2 million"), before a passive's verb ("a $20,000 prize is being offered by NASA"), or
    /// an object the act's clause modifies ("the $2 million in damages Justice Scarpulla awarded"). The act's subject
    /// is not its content ("Three senators proposed", "34 states … when bills were introduced").
    /// </summary>
    public static bool ByAct(SentenceSemantics reading, Attribution act, int figure)
    {
        if (HasClaimContentBetween(reading.Tokens, act.VerbEnd, figure))
        {
            return false;
        }

        if (act.SourceFollowsVerb && reading.Tokens.At(act.VerbEnd) is { } by && by.Is("by"))
        {
            return figure < act.VerbStart && !HasClauseBetween(reading, figure, act.VerbStart, speech: false);
        }

        // The act reaches its own clause: not a relative aside on its object ("promised not to touch Medicaid, which
        // provides health care to 64 million"), nor the main clause after a concession the act stands in ("Although
        // Jefferson promised to pay off the debt, it stands at $21 trillion"). Both are the author's. A fronted time
        // clause is left: its main clause is as often the act's result ("When the Register released its poll,
        // Buttigieg was at 25 percent") as the author's.
        return (figure >= act.VerbEnd && !HasClauseBetween(reading, act.VerbEnd, figure, speech: false)
                && !OpensRelativeBetween(reading.Tokens, act.VerbEnd, figure, exceptOnDocuments: true)
                && !IsConcessiveBefore(reading.Tokens, act.Start, figure))
            || IsObjectOfRelative(reading, act, figure);
    }

    // "instructed employees to investigate allegations that Netanyahu accepted 1 million euros": the figure is the
    // content of a claim the act concerns, not of the act. An owned claim stays the actor's ("a correction for her
    // contention that three times the number of jobs …").
    private static bool HasClaimContentBetween(ImmutableArray<Token> tokens, int from, int figure)
    {
        for (var j = from; j + 1 < figure; j++)
        {
            if (tokens[j].IsWord && WordClasses.ClaimContentNouns.Contains(tokens[j].Text) && tokens[j + 1].Is("that")
                && !(j > 0 && WordClasses.PossessiveDeterminers.Contains(tokens[j - 1].Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most words between a figure and the subject of the act whose object it is ("$2 million in damages").</summary>
    private const int MaxRelativeGap = 4;

    // "The $2 million in damages Justice Scarpulla awarded": the figure's noun phrase runs straight into the act's
    // subject, with no verb or punctuation between, so the act's clause describes it (a relative clause without "that").
    private static bool IsObjectOfRelative(SentenceSemantics reading, Attribution act, int figure)
    {
        if (act.SourceFollowsVerb || figure >= act.SourceStart || act.SourceStart - figure > MaxRelativeGap + 1)
        {
            return false;
        }

        for (var j = figure + 1; j < act.SourceStart; j++)
        {
            if (!TokenSpans.IsWord(reading.Tokens[j]) && reading.Tokens[j].Kind != TokenKind.Symbol || reading.Grammar.TagAt(j).IsVerb())
            {
                return false;
            }
        }

        return true;
    }

    // "…, as Justice Breyer noted in Whole Woman's Health, at less than one-quarter of 1 percent": a source in an "as"
    // clause vouches for the clause it is set in, as "according to" does.
    // The source phrase may hold the "as" or follow it.
    private static bool IsAsClause(ImmutableArray<Token> tokens, Attribution attribution)
    {
        var opener = tokens[attribution.Start].Is("as") ? attribution.Start : attribution.Start - 1;
        return !attribution.SourceFollowsVerb && opener >= 0 && tokens[opener].Is("as")
            && (opener == 0 || tokens[opener - 1].Text == "," || Dashes.IsEmDash(tokens[opener - 1].Text));
    }

    // "A poll of 1,000 voters found", "said the three officials": a figure inside the source phrase is the source's own.
    private static bool IsInSource(Attribution attribution, int figure) =>
        figure >= attribution.SourceStart && figure < attribution.SourceEnd;

    // ", said the official", "“…,” said one aide", ", said Smith, who …": the source is named after a comma or quotation
    // mark and closes the clause; "as reported by Reuters" names it after "by". A source read after a verb elsewhere
    // is the verb's object, and what follows the verb is its content (", says CNN is ignoring the fact that …", ",
    // finds another apparent impact of Trump's problems: …").
    private static bool IsInvertedOrPassive(ImmutableArray<Token> tokens, Attribution attribution)
    {
        if (tokens.At(attribution.VerbEnd) is { } next && next.Is("by"))
        {
            return true;
        }

        var after = tokens.At(attribution.SourceEnd);
        return tokens.At(attribution.VerbStart - 1) is { } previous && (previous.Text == "," || previous.Kind == TokenKind.Quote)
            && (after is null || (after.Kind is TokenKind.Punctuation or TokenKind.Quote && after.Text != ":")
                || WordClasses.ClauseClosers.Contains(after.Text) || WordClasses.RelativePronouns.Contains(after.Text));
    }

    // A report that an attribution after it closes is set off from it by a comma, dash or quotation mark ("…, Smith
    // told reporters", "…, the investigation by OPB and ProPublica found"), and no conjunction opens a clause of its
    // own after that mark ("Apple sold 3 million phones, and Cook said …").
    private static bool IsSetOffBefore(ImmutableArray<Token> tokens, int figure, int attributionStart)
    {
        for (var i = attributionStart - 1; i > figure; i--)
        {
            if (tokens[i].Text == "," || Dashes.IsEmDash(tokens[i].Text) || tokens[i].Kind == TokenKind.Quote)
            {
                return tokens.At(i + 1) is not { } opener || !(opener.Lower() is "and" or "or" || WordClasses.ClauseBreaks.Contains(opener.Text));
            }
        }

        return false;
    }

    // A clause break (", but", and for an act "; ") between the two tokens that opens a clause with a verb of its own
    // (the verb may stand after the figure: ", but dozens of leaders remain").
    // An elliptical continuation goes on with the same report or act ("Pruitt asked that Greenwalt's salary be raised
    // to $164,200; Hupp's, from $86,460 to $114,590"), and a report goes on past a ";" as past a colon ("The poll found
    // Warren up, Harris down; 14 Dems have less than 1 percent"). The grammar is read only when there is a break.
    private static bool HasClauseBetween(SentenceSemantics reading, int from, int to, bool speech)
    {
        var tokens = reading.Tokens;
        for (var j = from; j < to; j++)
        {
            if (ClauseBreakReader.IsBreakAt(tokens, j, colonBreaks: false) && !(speech && tokens[j].Text == ";")
                && reading.HasVerbBetween(j + 1, NextBreak(tokens, j + 1)))
            {
                return true;
            }
        }

        return false;
    }

    // "…,” the court said in a 3-0 ruling", "The plant employs 500 people, Smith said on Tuesday": an attribution set
    // off after a quotation or a whole clause closes that report. "To placate Trump, Mexico agreed in August to
    // provisions that would require 40 percent" is set off after an adjunct with no finite verb, and opens its report.
    private static bool ClosesReport(SentenceSemantics reading, Attribution attribution)
    {
        var tokens = reading.Tokens;
        if (!ReportedSpeechReader.IsTrailingAttribution(tokens, attribution) || OpensThatClause(tokens, attribution.End))
        {
            return false;
        }

        if (tokens[attribution.Start - 1].Kind == TokenKind.Quote || (attribution.Start >= 2 && tokens[attribution.Start - 2].Kind == TokenKind.Quote))
        {
            return true;
        }

        for (var j = attribution.Start - 2; j >= 0 && !ClauseBreakReader.IsBreakAt(tokens, j, colonBreaks: true); j--)
        {
            if (reading.Grammar.TagAt(j) is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD)
            {
                return true;
            }
        }

        return false;
    }

    // ", the Obama administration revealed this week that …": a "that" after the closers opens the report.
    private static bool OpensThatClause(ImmutableArray<Token> tokens, int end)
    {
        for (var j = end; j < tokens.Length && tokens[j].IsWord; j++)
        {
            if (tokens[j].Is("that"))
            {
                return true;
            }
        }

        return false;
    }

    // ", said Magdalena Schmidt, a 47-year old nurse", "This approach, says NASA's director Phil McAlister, has saved the
    // agency some $20 billion": after an inverted source set off by a comma, its description and the rest of the
    // clause it interrupts are the speaker's, up to a clause break.
    private static bool IsAfterParenthetical(SentenceSemantics reading, Attribution attribution, int figure) =>
        figure >= attribution.SourceEnd && reading.Tokens.At(attribution.SourceEnd) is { Text: "," }
        && !HasClauseBetween(reading, attribution.SourceEnd, figure, speech: true);

    // Where the clause opened before this index ends: the next clause break or the sentence's end.
    private static int NextBreak(ImmutableArray<Token> tokens, int from)
    {
        var j = from;
        while (j < tokens.Length && !ClauseBreakReader.IsBreakAt(tokens, j, colonBreaks: false))
        {
            j++;
        }

        return j;
    }

    // "Harris plans to visit the state each week, Adams said, and will open up 10 new offices": an attribution set off
    // inside a clause, then "and" with a finite verb and no subject of its own, is one report of one subject's two
    // predicates; the second goes on the speaker's words up to its own clause break.
    private static bool ContinuesInsetPredicate(SentenceSemantics reading, Attribution attribution, int figure)
    {
        var tokens = reading.Tokens;
        var verb = attribution.End + 2;
        return figure > verb && tokens[attribution.End] is { Text: "," } && tokens[attribution.End + 1].Is("and")
            && ReportedSpeechReader.IsTrailingAttribution(tokens, attribution)
            && reading.Grammar.TagAt(verb) is PosTag.MD or PosTag.VBZ or PosTag.VBD or PosTag.VBP
            && !HasClauseBetween(reading, verb, figure, speech: true);
    }

    // ", adding that …", ", noting …", ", claiming …": the speaker goes on after the trailing attribution's comma, in a
    // participle of a verb of saying: a listed one (class-speech-continuations.txt, "saying" among them) or any whose
    // past form the reporting verbs hold ("claiming", "suggesting", "predicting": claimed, suggested, predicted). The
    // comma may close an adjunct of the attribution's own ("Cuomo said at his daily press conference, claiming …",
    // "Powell said on Tuesday, predicting …"); a clause between is ruled out before this is asked (HasClauseBetween).
    private static bool ContinuesSpeech(ImmutableArray<Token> tokens, int end, int figure)
    {
        var comma = end;
        while (comma < figure && tokens[comma].Text != "," && tokens[comma].Kind != TokenKind.Quote)
        {
            comma++;
        }

        var next = comma < figure && tokens[comma].Text == "," ? comma + 1 : end;
        return next < figure && (WordClasses.SpeechContinuations.Contains(tokens[next].Text) || IsReportingParticiple(tokens[next]));
    }

    // "claiming" (claimed), "arguing" (argued), "agreeing" (agreed), "admitting" (admitted): the -ing form of a
    // reporting verb, found by its past form, so the participles need no list of their own.
    private static bool IsReportingParticiple(Token token)
    {
        var text = token.Text;
        if (!token.IsWord || text.Length < 6 || !text.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = text[..^3];
        return RuleLexicons.ReportingVerbs.ContainsWord(stem + "ed") || RuleLexicons.ReportingVerbs.ContainsWord(stem + "d");
    }
}
