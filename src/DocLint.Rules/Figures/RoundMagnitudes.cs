using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Figures;

/// <summary>
/// A figure that is only an order of magnitude ("thousands of migrants", "tens of thousands of residents", "dozens of
/// schools", "more than a dozen senators": class-round-magnitudes) stated outside quotation is the author's own round
/// estimate: a named source in the sentence before or after does not cover it, as it covers a count it could have
/// given (figures57: over every labelled NamedNearby figure, such a count is 23 unsourced : 1 not : 6 borderline).
/// Inside quotation, or in a sentence with any quotation mark (a quotation running on or closing in it),
/// the figure is a speaker's words, and the gold labels none of those (0 : 31 : 0). A sum ("billions of dollars",
/// "thousands of pounds") is left to the neighbour: it is mostly the content of the offer, donation or plan the source
/// reports ("Beijing's offer … to boost its purchases by billions of dollars"), which the gold leaves unlabelled (0 : 3 : 1).
/// </summary>
internal static class RoundMagnitudes
{
    public static bool IsAuthorsEstimate(SentenceSemantics reading, Figure figure)
    {
        var tokens = reading.Tokens;
        if (figure.End - figure.Start != 1 || !WordClasses.RoundMagnitudes.Contains(tokens[figure.Start].Text)
            || reading.IsQuoted(figure.Start) || IsSum(tokens, figure.End))
        {
            return false;
        }

        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Quote)
            {
                return false;
            }
        }

        return true;
    }

    // "billions of dollars": "of" and a currency word (class-currency-words) right after the magnitude.
    private static bool IsSum(ImmutableArray<Token> tokens, int end) =>
        tokens.At(end) is { } of && of.Is("of") && tokens.At(end + 1) is { } unit && WordClasses.CurrencyWords.Contains(unit.Text);
}
