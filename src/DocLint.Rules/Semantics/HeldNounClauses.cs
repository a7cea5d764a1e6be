using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// The "that"-clause of a noun for what someone said, feared or estimated, with its owner after it: "leading to
/// criticism from some Democrats that this approach could be too risky", "had spurred warnings from her department that
/// such a move could have a serious economic impact", "largely on comments from the Bank of England that it might raise
/// interest rates", "an estimate by economists with the Cato Institute that failing to act could cost". The clause is
/// the owner's, as after "Democrats warned that". Counted in the gold (tune14-48, fresh14-28, agree15-28, train, dev):
/// four sentences, all four labelled `reported`, none the author's. The hedge rules ask this reader; the source and
/// claim rules do not.
/// </summary>
/// <remarks>
/// Only the nearest "that" before the token counts, within <see cref="MaxClauseWords"/> words and with no punctuation
/// between (a comma or a quotation mark may open another clause or someone's words); a "that" straight before the
/// token opens a relative clause, and a modal between ends the clause's reach ("criticism from people that could …"), not content. The owner is one to
/// <see cref="MaxOwnerWords"/> words after "from", "by" or "among" with no punctuation; a noun without an owner ("fears
/// that the virus could spread") stays the author's, as the gold labels it both ways.
/// </remarks>
internal static class HeldNounClauses
{
    private const int MaxClauseWords = 12;
    private const int MaxOwnerWords = 8;

    /// <summary>True when the token stands in the "that"-clause of an owned claim noun.</summary>
    public static bool Holds(ImmutableArray<Token> tokens, int tokenIndex)
    {
        for (var t = tokenIndex - 1; t >= Math.Max(0, tokenIndex - MaxClauseWords); t--)
        {
            // A modal between ends the clause at its verb: "Warnings from officials that the event could pose a risk
            // may also have stunted turnout" (the second modal is the author's; the allsides sample found it).
            if (!tokens[t].IsWord || WordClasses.Modals.Contains(tokens[t].Text))
            {
                return false;
            }

            if (tokens[t].Is("that"))
            {
                return t < tokenIndex - 1 && HasOwnedNoun(tokens, t);
            }
        }

        return false;
    }

    private static bool HasOwnedNoun(ImmutableArray<Token> tokens, int that)
    {
        for (var f = that - 2; f >= Math.Max(1, that - 1 - MaxOwnerWords); f--)
        {
            if (!tokens[f + 1].IsWord)
            {
                return false;
            }

            if (tokens[f].Is("from") || tokens[f].Is("by") || tokens[f].Is("among"))
            {
                return WordClasses.HeldClaimNouns.Contains(tokens[f - 1].Text);
            }
        }

        return false;
    }
}
