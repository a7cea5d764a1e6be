using DocLint.Grammar;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// The object of a source's qualifier: "people familiar with the matter", "a source close to the White House". A
/// distinctive phrase found away from its verb ends at the qualifier's preposition ("people familiar with"), which is
/// no phrase a reader would mark; GUIDELINES section 3 spans "A source familiar with what happened".
/// </summary>
internal static class QualifierObjects
{
    // The object read is one short noun phrase; its own prepositional phrases ("of the Ecuadorian embassy") are left out,
    // as the shortest span that names the source's vantage.
    private const int MaxObjectTokens = 6;

    /// <summary>
    /// Where a source phrase ending at <paramref name="end"/> ends once its qualifier's object is read: after the last
    /// noun of the determiners, adjectives, possessives and nouns that follow "familiar with", "close to" or "briefed
    /// on" (class-source-qualifiers.txt). <paramref name="end"/> itself when the phrase ends in no qualifier or no noun
    /// follows it.
    /// </summary>
    public static int EndOf(SentenceSemantics reading, int end)
    {
        var tokens = reading.Tokens;
        if (end < 2 || end >= tokens.Length || !SourceQualifierWords.IsAt(tokens.AsSpan(), end - 2))
        {
            return end;
        }

        var quoted = reading.IsQuoted(end - 1);
        if (!TokenSpans.IsWord(tokens[end]) || reading.IsQuoted(end) != quoted)
        {
            return end;
        }

        // "those close to him": a pronoun is the whole object. "familiar with what happened": a free relative and its verb.
        var first = reading.LabelAt(end).Tag;
        if (first == PosTag.PRP)
        {
            return end + 1;
        }

        if (first == PosTag.WP)
        {
            return end + 1 < tokens.Length && reading.IsQuoted(end + 1) == quoted && reading.LabelAt(end + 1).Tag is PosTag.VBD or PosTag.VBZ ? end + 2 : end;
        }

        var objectEnd = end;
        var afterDeterminer = false;
        for (var i = end; i < tokens.Length && i - end < MaxObjectTokens && TokenSpans.IsWord(tokens[i]) && reading.IsQuoted(i) == quoted; i++)
        {
            var label = reading.LabelAt(i);
            // An -ing form after a determiner or possessive is a noun ("Trump's thinking") or a modifier ("the continuing
            // inquiry"); anywhere else it opens a clause ("people familiar with the matter confirming that").
            if (label.Tag.IsNoun() || (label.Tag == PosTag.VBG && afterDeterminer))
            {
                objectEnd = i + 1;
            }
            else if (!label.Tag.IsAdjective() && label.Tag is not (PosTag.DT or PosTag.PRPS or PosTag.CD or PosTag.POS))
            {
                break;
            }

            afterDeterminer = label.Tag is PosTag.DT or PosTag.PRPS or PosTag.POS || label.Clitic == PosTag.POS;
        }

        return objectEnd;
    }
}
