using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A group's size bound: a count after a group noun, a link and a bound, with its unit after it ("businesses with fewer
/// than 500 employees", "magazines that hold more than 10 rounds", "gatherings of more than 10 people"). The count draws
/// the edge of the group a rule or a story defines, as an income bound does (<see cref="IncomeBounds"/>), not a number
/// anyone counted. Every sentence of tune14-84 and fresh14-46: 0 labelled, 4 borderline, 17 unlabelled in 7 fresh sets
/// (docs/quality.md, figures78). The bounds are class-group-bound-words. A count with no group noun before it stays a
/// figure ("the industry employs more than 50,000 people", "more than 500 employees were laid off").
/// </summary>
internal static class GroupBounds
{
    /// <summary>The most words between the group noun and the link ("magazines [capable of] holding", "clips holding").</summary>
    private const int MaxWordsBeforeLink = 3;

    public static bool IsBound(ImmutableArray<Token> tokens, int start, int end)
    {
        // The bound is the figure's own approximator ("more than 10", "up to 100", "over 50").
        if (!FigureBounds.OpensWithBound(tokens, start, end, WordClasses.GroupBoundWords))
        {
            return false;
        }

        if (tokens.At(end) is not { IsWord: true } unit || !WordClasses.GroupBoundUnits.Contains(unit.Text))
        {
            return false;
        }

        if (tokens.At(start - 1) is not { IsWord: true } link || !WordClasses.GroupBoundLinks.Contains(link.Text))
        {
            return false;
        }

        for (var j = start - 2; j >= 0 && j >= start - 2 - MaxWordsBeforeLink; j--)
        {
            if (!tokens[j].IsWord)
            {
                return false;
            }

            if (WordClasses.GroupBoundNouns.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }
}
