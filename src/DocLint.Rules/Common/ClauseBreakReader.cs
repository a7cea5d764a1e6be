using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Rules.Common;

/// <summary>
/// Where a sentence's clause ends and another begins: at a ";", or at a comma before a break word
/// (class-clause-breaks.txt: "but", "although", …). The one reading the figure and reported-speech checks share.
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

    /// <summary>True when a clause break stands in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static bool HasBreakBetween(ImmutableArray<Token> tokens, int from, int to, bool colonBreaks)
    {
        for (var j = from; j < to; j++)
        {
            if (IsBreakAt(tokens, j, colonBreaks))
            {
                return true;
            }
        }

        return false;
    }
}
