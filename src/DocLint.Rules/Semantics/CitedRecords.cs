using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// A record cited after "according to" that names its source though no capital does: a record its owner issues, with
/// an owner, an article or a kind before it ("according to his tax return", "according to ethics filings", "according to
/// a press release"), or a document whose named author follows "by" or "from" ("according to figures provided last
/// week by his office", "according to an analysis by the National Council on Teacher Quality"). Both are documents a
/// reader can look up (guidelines section 3, "NOT unnamed"); the phrase reader saw only a lower-case noun phrase, read
/// as no source, or a bare document noun, read as vague. Bare plurals ("according to documents", "according to
/// filings") stay what they were.
/// </summary>
/// <remarks>
/// Not the same question as <see cref="SourcePhraseClassifier"/>'s single and institutional records, which read a
/// record as the subject of a reporting verb ("an internal memo says": an article, then a record-noun head before any
/// preposition; "county records") with their own lists (class-record-nouns, class-institution-nouns). Here the phrase
/// follows "according to", a possessive or a kind may open it, and the head closes it (class-cited-records): "according
/// to his tax return" is no single record there, and "a letter from the agency says" is none here. The author after
/// "by" or "from" is classified by the phrase reader itself.
/// </remarks>
internal static class CitedRecords
{
    // Words that may stand between a document and the "by" of its author: a participle and a time ("provided last
    // week by", "compiled by"). More words than this are a clause of their own.
    private const int MaxWordsBeforeAuthor = 4;

    /// <summary>
    /// True when the source phrase <paramref name="start"/>..<paramref name="end"/> after "according to" is an issued
    /// record with something before it that makes it one record ("his", "the", "a", "ethics"), and nothing after it but
    /// the place or time it stands in ("an unsealed affidavit in the case").
    /// </summary>
    public static bool IsIssuedRecord(ImmutableArray<Token> tokens, int start, int end)
    {
        var head = RecordHeadBeforePlace(tokens, start, end);
        if (head <= start || !WordClasses.CitedRecords.Contains(tokens[head].Text) || !OpensRecord(tokens[start]))
        {
            return false;
        }

        for (var i = start + 1; i < head; i++)
        {
            if (!IsModifier(tokens[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the source phrase is a document (class-document-nouns or an issued record) whose author, after "by"
    /// or "from", is a named source: the author's name is the document's.
    /// </summary>
    public static bool NamesAuthor(in SentenceInput input, int start, int end, bool quoted)
    {
        var tokens = input.Tokens;
        var head = start;
        while (head < end && !IsDocument(tokens[head]))
        {
            if (!IsModifier(tokens[head]) || (head == start && !OpensRecord(tokens[head])))
            {
                return false;
            }

            head++;
        }

        if (head >= end)
        {
            return false;
        }

        for (var by = head + 1; by < end - 1 && by - head <= MaxWordsBeforeAuthor + 1; by++)
        {
            if (tokens[by].Lower() is "by" or "from")
            {
                return SourcePhraseClassifier.Classify(input, by + 1, end, quoted) == AttributionKind.Named;
            }

            // A participle or a time between ("provided last week"): lower-case words only, no preposition that
            // would start a phrase of its own ("minutes of the meeting").
            if (!IsModifier(tokens[by]) || tokens[by].Lower() is "that" or "which")
            {
                return false;
            }
        }

        return false;
    }

    // The record's head: the phrase's last word, or the word before a place or time the record stands in ("an unsealed
    // affidavit in the case", "a release on Tuesday"; class-record-place-prepositions). Not "by" or "from", which name
    // its author (NamesAuthor), nor "of", "to" or "about", which name what it records.
    private static int RecordHeadBeforePlace(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var j = start + 1; j < end - 1; j++)
        {
            if (WordClasses.RecordPlacePrepositions.Contains(tokens[j].Text) && WordClasses.CitedRecords.Contains(tokens[j - 1].Text))
            {
                return j - 1;
            }
        }

        return end - 1;
    }

    private static bool IsDocument(Token token) =>
        WordClasses.CitedRecords.Contains(token.Text) || WordClasses.DocumentNouns.Contains(token.Text);

    // An article, a possessive or a lower-case kind ("a", "his", "the agency's", "ethics"); not a quantifier, which
    // counts unnamed records ("some filings", "no statement").
    private static bool OpensRecord(Token token) =>
        IsModifier(token) && !WordClasses.GroupQuantifiers.Contains(token.Text) && !WordClasses.RecordCountingWords.Contains(token.Text);

    // A word that can stand inside the record's noun phrase: a number, a determiner, a possessive or a lower-case word
    // that is no preposition ("a notice on the park's website" is a notice, not the website).
    private static bool IsModifier(Token token) =>
        token.Kind == TokenKind.Number
        || (token.Kind == TokenKind.Word && !WordClasses.RecordPhraseBreaks.Contains(token.Text)
            && (!token.IsCapitalized || Possessives.IsPossessive(token) || WordClasses.Determiners.Contains(token.Text)));
}
