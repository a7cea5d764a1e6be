using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// An income bound: a sum after "earning", "making", "who earn" or "incomes" and a bound ("more than", "less than", "up
/// to", "at least", "over", "under", "above", "below"): "adult earners making less than $75,000", "taxes on incomes over
/// $1 million". The sum draws the edge of a group a rule or a story defines, not an amount anyone measured or claims,
/// as "donations of $200 or more" does (FigureFinder.IsThreshold). Every sentence of tune14-84 and fresh14-45: 0
/// labelled, 6 borderline, 31 unlabelled (docs/quality.md, figures77). "between $30,000 and $50,000" stays a figure: "the
/// typical doctor makes between $150,000 and $312,000" is labelled, an amount, not an edge.
/// </summary>
internal static class IncomeBounds
{
    public static bool IsBound(ImmutableArray<Token> tokens, int start, int end)
    {
        if (!IsMoney(tokens, start, end))
        {
            return false;
        }

        // The bound is the figure's own approximator ("more than", "up to", "at least", "over", "under"), or a word just
        // before it that Expand does not take ("above", "below").
        int bound;
        if (FigureBounds.OpensWithBound(tokens, start, end, WordClasses.IncomeBoundWords))
        {
            bound = start;
        }
        else if (tokens.At(start - 1) is { IsWord: true } before && WordClasses.IncomeBoundWords.Contains(before.Text))
        {
            bound = start - 1;
        }
        else
        {
            return false;
        }

        // "incomes of less than $30,000": the "of" joins the income word to its bound.
        var head = tokens.At(bound - 1) is { } of && of.Is("of") ? bound - 2 : bound - 1;
        if (tokens.At(head) is not { IsWord: true } income)
        {
            return false;
        }

        // A bare "earn"/"make" after a noun states what a group earns ("Half of Chileans earn less than $550 a month"):
        // only a relative, modal or pronoun opener makes it the group's edge ("people who earn more than $200,000").
        return WordClasses.IncomeWords.Contains(income.Text)
            || (WordClasses.IncomeVerbs.Contains(income.Text) && tokens.At(head - 1) is { IsWord: true } opener && WordClasses.IncomeVerbOpeners.Contains(opener.Text));
    }

    private static bool IsMoney(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if ((tokens[i].Kind == TokenKind.Symbol && tokens[i].Text == "$") || WordClasses.CurrencyWords.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }
}
