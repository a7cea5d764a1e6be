using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Rules.Common;

/// <summary>
/// Where a sentence's clause ends and another begins: at a ";", or at a comma before a break word
/// (class-clause-breaks.txt: "but", "although", …). The one reading the figure and reported-speech checks share.
/// ProspectiveSpans stops earlier, at any comma, dash or bracket, because it bounds a modal's verb phrase rather than a
/// clause (see <c>ProspectiveSpans.EndsVerbPhrase</c>).
/// </summary>
internal static class ClauseBreakReader
{
    /// <summary>
    /// True when a new clause starts at token <paramref name="index"/>. The comma may stand inside a closing quotation
    /// mark ("…in the country,” but"); a "that" after the break word goes on with the same clause ("…, but that the
    /// disease's impact may" is still the report). A colon ends a clause only with <paramref name="colonBreaks"/>: a
    /// count's clause ends there ("Two were hurt: police said …"), while reported speech goes on past "said:".
    /// </summary>
    public static bool IsBreakAt(ImmutableArray<Token> tokens, int index, bool colonBreaks)
    {
        var text = tokens[index].Text;
        if (text == ";" || (colonBreaks && text == ":"))
        {
            return true;
        }

        if (text != ",")
        {
            return false;
        }

        var next = tokens.At(index + 1) is { Kind: TokenKind.Quote } ? index + 2 : index + 1;
        return tokens.At(next) is { } word && WordClasses.ClauseBreaks.Contains(word.Text)
            && !(tokens.At(next + 1) is { } after && after.Is("that"));
    }

    /// <summary>
    /// True when a clause break stands in [<paramref name="from"/>, <paramref name="to"/>). When the clause opens with
    /// "not only", its first ", but" is the correlative's second half, not a new clause: "Fernandez says that not only
    /// could there be …, but there will also likely be …" is still what Fernandez says. Only at the clause's start (after
    /// its "that"): a "not only" inside it ("These data suggest that IRF-1 not only triggers …, but also may play") is
    /// left to the break, which CoNLL-2010's bio rows count on.
    /// </summary>
    public static bool HasBreakBetween(ImmutableArray<Token> tokens, int from, int to, bool colonBreaks)
    {
        var start = tokens.At(from) is { } that && that.Is("that") ? from + 1 : from;
        var notOnly = tokens.At(start) is { } not && not.Is("not") && tokens.At(start + 1) is { } only && only.Is("only");
        for (var j = from; j < to; j++)
        {
            if (IsBreakAt(tokens, j, colonBreaks))
            {
                if (notOnly && tokens[j].Text == "," && tokens.At(j + 1) is { } but && but.Is("but"))
                {
                    notOnly = false;
                    continue;
                }

                return true;
            }
        }

        return false;
    }
}
