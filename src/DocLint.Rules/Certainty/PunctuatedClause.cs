using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Rules.Certainty;

/// <summary>
/// The clause DL4001 reads round a booster or a frame: it runs back to the last punctuation mark. Three look-backs
/// walked to that mark with loops of their own (mend47): the negation or softener before a booster, a time or condition
/// clause's opener before a predicative frame, and the subject whose owner or name makes a frame stated content. Not
/// <see cref="Common.ClauseBreakReader"/>'s clause (";" or a comma before a break word) nor the grammar layer's, which
/// runs on past a comma (UnsupportedCertaintyAnalyzer.IsStatedContentMadeClear says why the rule reads no tags).
/// </summary>
internal static class PunctuatedClause
{
    /// <summary>
    /// The first token of the clause token <paramref name="index"/> stands in: the one after the last punctuation mark
    /// before it, looking back at most <paramref name="reach"/> tokens. A mark at <paramref name="index"/> itself ends its
    /// clause, so the clause is the one the mark closes.
    /// </summary>
    public static int StartOf(ImmutableArray<Token> tokens, int index, int reach = int.MaxValue)
    {
        var start = index;
        while (start > 0 && index - start < reach && tokens[start - 1].Kind != TokenKind.Punctuation)
        {
            start--;
        }

        return start;
    }
}
