using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// An adverbial clause that opens the sentence with a subordinator (class-event-clause-openers: "after", "though",
/// "while", …) ends at the comma before the main clause's subject. A report inside it ("After Mnuchin said on Friday
/// that Trump had authorized sanctions, the administration appeared ready to …") reports that clause only: the main
/// clause is the author's again (hedges38 counted the misses). Not "as" ("As Silver notes, that letter likely lost the
/// election" credits the main clause to the speaker) and not "if" (HypotheticalReader reads conditions). A phrase that
/// "with" or "despite" opens (class-opening-phrase-prepositions) ends the same way: "With polls showing Biden ahead by 10
/// points, it's likely that …" reports the polls up to the comma, and the hedge after it is the author's (rev44).
/// </summary>
internal static class OpeningClauses
{
    // How far after the comma the main clause's verb may stand ("the consensus in China saw").
    private const int MaxSubjectTokens = 8;

    /// <summary>The index of the comma that closes an opening subordinate clause, or -1 when the sentence has none.</summary>
    public static int End(in SentenceInput input)
    {
        var tokens = input.Tokens;
        if (tokens.Length < 4 || input.IsQuoted(0)
            || !(WordClasses.EventClauseOpeners.Contains(tokens[0].Text) || WordClasses.OpeningPhrasePrepositions.Contains(tokens[0].Text)))
        {
            return -1;
        }

        for (var j = 2; j + 2 < tokens.Length; j++)
        {
            if (tokens[j].Text == "," && !input.IsQuoted(j) && OpensMainClause(input, j + 1))
            {
                return j;
            }
        }

        return -1;
    }

    // A subject and its finite verb: a pronoun subject ("he added"), or a noun phrase that starts straight after the comma
    // and a verb group within a few words, before any other comma, dash or quotation mark. A participle straight after the
    // comma (", citing …") or a list's next item (", wages and rents") opens no main clause.
    private static bool OpensMainClause(in SentenceInput input, int index)
    {
        var tokens = input.Tokens;
        if (ReportedSpeechReader.OpensWithPronounSubject(tokens, index))
        {
            return true;
        }

        var grammar = input.Grammar;
        if (grammar.ChunkAt(index, ChunkKind.NounPhrase) is not { } subject || subject.Start != index)
        {
            return false;
        }

        for (var j = subject.End; j < Math.Min(tokens.Length, index + MaxSubjectTokens); j++)
        {
            if (!TokenSpans.IsWord(tokens[j]) && tokens[j].Kind != TokenKind.Number)
            {
                return false;
            }

            if (grammar.ChunkAt(j, ChunkKind.VerbGroup) is { } verb && verb.Start == j)
            {
                return grammar.TagAt(j) is not (PosTag.VBG or PosTag.VBN);
            }
        }

        return false;
    }
}
