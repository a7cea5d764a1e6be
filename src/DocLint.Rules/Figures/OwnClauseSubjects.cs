using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A figure that heads the subject of its own clause: "The statements were released after four Republican senators backed
/// away from the bill", "For its report released in April, more than 1,271 people were nominated". The counted people
/// are that clause's news, what happened, not the object of the act in the clause before, so the act's actor does not
/// source them (guidelines section 4: an act covers its content). The clause opens with an adverbial subordinator
/// (class-event-clause-openers) or after a comma that closes a fronted phrase, and the figure's noun phrase runs, with
/// only modifiers and nouns, straight into a finite verb. A relative or complement clause ("in which six women accused
/// him", "that $2 million would go to") is not read: it may restate the act's content.
/// </summary>
internal static class OwnClauseSubjects
{
    /// <summary>The most words of the figure's noun phrase between the figure and its clause's verb ("Republican senators").</summary>
    private const int MaxHeadWords = 4;

    /// <summary>True when the figure opens a subordinate or main clause as the head of its subject.</summary>
    public static bool HeadsOwnClause(ImmutableArray<Token> tokens, Figure figure, Func<SentenceGrammar> grammar)
    {
        if (tokens.At(figure.Start - 1) is not { } before || !(WordClasses.EventClauseOpeners.Contains(before.Text) || before.Text == ","))
        {
            return false;
        }

        // "when 55 percent said they approved while 39 percent disapproved": a share heading its clause is a poll's
        // result, which the poll covers however the act was read (allsides: both such additions were poll series).
        if (PolicyTerms.IsShare(tokens, figure))
        {
            return false;
        }

        var tags = grammar();
        for (var j = figure.End; j < tokens.Length && j <= figure.End + MaxHeadWords; j++)
        {
            var tag = tags.TagAt(j);
            if (tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD)
            {
                // The verb follows the figure itself ("after 12 were hurt") or the head noun of its phrase.
                return j == figure.End || tags.TagAt(j - 1) is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS;
            }

            if (!tokens[j].IsWord || tag is not (PosTag.JJ or PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS))
            {
                return false;
            }
        }

        return false;
    }
}
