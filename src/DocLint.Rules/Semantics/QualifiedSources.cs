using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// An unnamed insider named by its qualifier: a source head (class-qualified-source-heads: "people", "a source",
/// "officials") and the phrase that says it speaks from inside knowledge (class-source-qualifier-phrases: "familiar
/// with", "close to", "with (direct) knowledge of"), with an article, "one" or a count before the head ("a person close
/// to", "one official with knowledge of", "two people familiar with"). The guidelines count it as a vague source
/// wherever it stands, with or without a verb of saying ("It cited two people familiar with the matter"). Read here
/// from the two lists, so that vague-source-nouns.txt holds the nouns and no product of determiners, heads and
/// qualifiers.
/// </summary>
internal static class QualifiedSources
{
    /// <summary>
    /// The tokens of the qualified source that starts at <paramref name="start"/> (its determiner, head and qualifier,
    /// up to the qualifier's preposition: "a source close to"), or 0.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<Token> tokens, int start)
    {
        var head = start;
        if (head < tokens.Length && (WordClasses.IndefiniteOpeners.Contains(tokens[head].Text) || tokens[head].Is("the") || IsCount(tokens[head])))
        {
            head++;
        }

        if (head + 1 >= tokens.Length || !WordClasses.QualifiedSourceHeads.Contains(tokens[head].Text))
        {
            return 0;
        }

        var qualifier = WordClasses.SourceQualifierPhrases.LongestMatchAt(tokens, head + 1, out _);
        return qualifier == 0 ? 0 : head + 1 + qualifier - start;
    }

    // A count or quantifier before the head is the source's own ("two people familiar with the matter", "several sources
    // close to"): the gold's spans start there, and without it the span started at the noun (sources71).
    private static bool IsCount(Token token) =>
        token.Kind == TokenKind.Number || WordClasses.SmallCardinals.Contains(token.Text) || WordClasses.GroupQuantifiers.Contains(token.Text);

    // A qualified source starts at its head or at the word before it (see LengthAt), so the scans read further only at
    // or just before a head: one set look-up per token instead of the opener, "the" and head checks at every token
    // (Matches runs on every sentence DL3001 reads: about 1% of a plain-text run's CPU, issue 11).
    private static bool IsHeadAt(ReadOnlySpan<Token> tokens, int head) =>
        head + 1 < tokens.Length && WordClasses.QualifiedSourceHeads.Contains(tokens[head].Text);

    /// <summary>True when a qualified source stands anywhere in <paramref name="tokens"/>.</summary>
    public static bool Occur(ReadOnlySpan<Token> tokens)
    {
        var headHere = IsHeadAt(tokens, 0);
        for (var i = 0; i < tokens.Length; i++)
        {
            // The look-up at i + 1 is carried to the next position, as in Matches: one look-up per token.
            var headNext = IsHeadAt(tokens, i + 1);
            if ((headHere || headNext) && LengthAt(tokens, i) > 0)
            {
                return true;
            }

            headHere = headNext;
        }

        return false;
    }

    // The entry of a qualified source's match: no list's.
    private const string QualifiedOnlyEntry = "";

    /// <summary>
    /// True when <paramref name="match"/> is a qualified source read here, not a listed phrase: it carries no entry, so
    /// no user setting (additional_terms, allowed_terms by entry) names it.
    /// </summary>
    public static bool IsQualifiedOnly(LexiconMatch match) => match.Entry.Length == 0;

    /// <summary>Every qualified source in the sentence, left to right, without overlaps (see <see cref="IsQualifiedOnly"/>).</summary>
    public static List<LexiconMatch>? Matches(ReadOnlySpan<Token> tokens)
    {
        List<LexiconMatch>? result = null;
        var headHere = IsHeadAt(tokens, 0);
        for (var i = 0; i < tokens.Length; i++)
        {
            var headNext = IsHeadAt(tokens, i + 1);
            if (headHere || headNext)
            {
                var length = LengthAt(tokens, i);
                if (length > 0)
                {
                    (result ??= []).Add(new LexiconMatch(i, length, QualifiedOnlyEntry));
                    i += length - 1;
                    headNext = IsHeadAt(tokens, i + 1);
                }
            }

            headHere = headNext;
        }

        return result;
    }
}
