using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A count of people killed or hurt: "killing four civilians", "murdered nine people", "left 49 people dead and 58
/// wounded", "four civilians were killed". A named actor's act sources what the act is ("the council approved $2
/// million"), but the one who set off the bomb or fired the gun is no source for how many died: the toll is the
/// author's figure unless someone reports it (guidelines sections 4 and 5; docs/quality.md, figures44). A toll verb
/// governs the count right before it (class-toll-verbs, "at least"/"all" between); a toll state follows the count and
/// at most three words of its noun phrase and "were"/"had been" (class-toll-states).
/// </summary>
internal static class TollCounts
{
    /// <summary>The most words between the count and its toll state ("four American soldiers were killed").</summary>
    private const int MaxWordsToState = 4;

    /// <summary>The most words between a toll verb and the count ("killing at least four", "killing all 176").</summary>
    private const int MaxWordsFromVerb = 2;

    /// <summary>True when the figure counts the dead or the hurt of an act of violence.</summary>
    public static bool IsToll(ImmutableArray<Token> tokens, Figure figure)
    {
        for (var j = figure.Start - 1; j >= 0 && j >= figure.Start - 1 - MaxWordsFromVerb && tokens[j].IsWord; j--)
        {
            if (WordClasses.TollVerbs.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        for (var j = figure.End; j < tokens.Length && j <= figure.End + MaxWordsToState && tokens[j].IsWord; j++)
        {
            if (WordClasses.TollStates.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }
}
