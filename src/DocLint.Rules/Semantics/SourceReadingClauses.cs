using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// News: "The White House indicated that … that could help solidify a coalition", "The Justice Department has indicated
/// that every page … could contain confidential grand jury information", "The company's statement on Sunday indicated
/// that … Moonves could potentially receive": a finite "suggest" or "indicate" (class-source-reading-verbs) whose subject
/// is a source (a name, a third-person pronoun, a vague source, a document, message, group or role noun) reports that
/// source's reading, so its clause is the source's, as after "said that". DL1001 already leaves the verb itself to
/// the source (HedgingPhraseAnalyzer asks <see cref="IsSourceHead"/>); this reader gives the clause's modal and hedge the
/// same owner. Things ("That indicates the economy may", "the huge crowds indicate") and a modal before the verb ("This
/// could indicate") leave the inference the author's. The hedge rules ask this reader; the source and claim rules do not.
/// </summary>
/// <remarks>
/// Reported speech does not read these verbs: "indicate" is no reporting verb and "suggest" is an evidence verb, whose
/// thing-subjects are the author's inference (docs/quality.md, hedges6), so <see cref="ReportedSpeechReader"/> and
/// <see cref="UnmarkedReports"/> turn them away whatever the subject. The subject is the word straight before the verb,
/// past negation, "also", do-support (class-indication-fillers) and a form of "have" ("has indicated"). The clause opens
/// with "that", a pronoun subject ("suggested it might") or a noun phrase and its verb; it ends at punctuation (past one
/// comma after a fronted adverbial: "indicated that if the gas were used, that could") and past
/// <see cref="MaxClauseWords"/> words. A first-person or "it" subject within three words ("Our analysis suggests that",
/// <see cref="ReportedSpeechReader.IsAuthorsOwn"/>) keeps the author's inference, and so does a message noun ("His past
/// remarks suggest he is likely to"), which DL1001 still leaves to its source for the verb itself.
/// </remarks>
internal static class SourceReadingClauses
{
    // How far past the verb the token may stand: "The Justice Department has indicated that every page of Mr. Mueller's
    // final report on Russian interference in the 2016 election could" is nineteen.
    private const int MaxClauseWords = 24;

    /// <summary>True when the token stands in the clause of a source's "suggest" or "indicate".</summary>
    public static bool Holds(in SentenceInput input, int tokenIndex)
    {
        var tokens = input.Tokens;
        for (var verb = tokenIndex - 2; verb >= Math.Max(1, tokenIndex - MaxClauseWords); verb--)
        {
            if (!WordClasses.SourceReadingVerbs.Contains(tokens[verb].Text) || input.IsQuoted(verb))
            {
                continue;
            }

            // The nearest such verb decides: "Officials indicated … but the report suggests it could" is the report's.
            return SubjectHeadBefore(tokens, verb) is { } head && IsReadingSource(tokens, input.Grammar, head)
                && !ReportedSpeechReader.IsAuthorsOwn(tokens, verb) && OpensClause(input, verb) && !EndsBefore(input, verb, tokenIndex);
        }

        return false;
    }

    /// <summary>
    /// The index of the word taken for the subject of the verb at <paramref name="verb"/>: the word straight before it,
    /// past negation, "also", do-support and a form of "have" ("He did not indicate", "Reports have also indicated"), or
    /// null when none stands there.
    /// </summary>
    // Not Provisions.SubjectBefore: a reading verb's subject stands past "did not", a provision verb's past "would already".
    public static int? SubjectHeadBefore(ImmutableArray<Token> tokens, int verb)
    {
        var head = verb - 1;
        while (head >= 0 && (WordClasses.IndicationFillers.Contains(tokens[head].Text) || GrammarLexicons.Default.FormsOfHave.Contains(tokens[head].Text)))
        {
            head--;
        }

        return head >= 0 ? head : null;
    }

    /// <summary>
    /// The word is a source's head: a name, a third-person pronoun, a vague source, or a document, survey-respondent,
    /// document-author, group, role or message noun ("Jonathan Marcus suggests", "Senate records indicate", "he suggested").
    /// </summary>
    public static bool IsSourceHead(ImmutableArray<Token> tokens, SentenceGrammar grammar, int head) =>
        IsReadingSource(tokens, grammar, head) || WordClasses.MessageNouns.Contains(tokens[head].Text);

    // The heads whose clause is the source's, not the author's: IsSourceHead's without the message nouns. "His past
    // remarks suggest he is likely to", "These statements suggest that … might", "The president's remarks suggest he may":
    // a message's "suggest" is mostly the author reading the remarks as evidence (the allsides sample found three such in
    // the first run), though DL1001 leaves the verb itself.
    private static bool IsReadingSource(ImmutableArray<Token> tokens, SentenceGrammar grammar, int head)
    {
        var word = tokens[head].Text;
        return grammar.TagAt(head) is PosTag.NNP or PosTag.NNPS || WordClasses.PersonalPronouns.Contains(word)
            || RuleLexicons.VagueSources.ContainsWord(word) || WordClasses.DocumentNouns.Contains(word) || WordClasses.SurveyRespondents.Contains(word)
            || WordClasses.DocumentAuthors.Contains(word) || WordClasses.GroupNouns.Contains(word) || WordClasses.RoleNouns.Contains(word);
    }

    // "indicated that …" (not a relative "that" with its verb straight after), "suggested it might", "suggested the
    // plan could".
    private static bool OpensClause(in SentenceInput input, int verb)
    {
        var tokens = input.Tokens;
        if (tokens[verb + 1].Is("that"))
        {
            return !(input.Grammar.ChunkAt(verb + 2, ChunkKind.VerbGroup) is { } group && group.Start == verb + 2);
        }

        return ReportedSpeechReader.OpensWithPronounSubject(tokens, verb + 1) || ReportedSpeechReader.OpensWithNounSubject(input, verb);
    }

    // The report's clause ends at any punctuation: a ";", a dash or a bracket ("has indicated she could try … — which Republicans
    // can likely block", "One estimate suggests this would cost … — though that number could") and at a comma ("While
    // the statements have suggested that …, the cable seems to"; ", suggesting that this may"), except the first comma
    // after a fronted adverbial that opens the clause ("indicated that if the gas were used, that could help", "has
    // indicated that with proper precautions, some activities could").
    private static bool EndsBefore(in SentenceInput input, int verb, int tokenIndex)
    {
        var tokens = input.Tokens;
        var fronted = tokens[verb + 1].Is("that") && input.Grammar.TagAt(verb + 2) is PosTag.IN or PosTag.WRB;
        for (var j = verb + 1; j < tokenIndex; j++)
        {
            if (tokens[j].Text == "," && fronted)
            {
                fronted = false;
                continue;
            }

            if (tokens[j].Kind == TokenKind.Punctuation)
            {
                return true;
            }
        }

        return false;
    }
}
