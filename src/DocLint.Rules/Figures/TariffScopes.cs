using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// The sum of goods a tariff is laid on: "tariffs on $34 billion of Chinese goods", "duties on another $216 billion",
/// "slapping levies on $60 billion of American goods", "retaliatory tariffs of up to 25% on $3bn in food imports". The
/// sum is the scope the tariff order sets, its content, which the guidelines leave to the act (section 4), as they
/// leave its rate (PolicyTerms: "a 25% tariff") and an entry ban's countries (BannedOrigins); the pool's annotators
/// leave every such sum unlabelled (figures41: 5 sums in 4 false-alarm sentences, none labelled). The order's actor is
/// often named a paragraph away or not at all ("US tariffs on $34bn"), so the attribution reader cannot find it: the
/// tariff noun before "on" says what the figure is. Only a sum in digits: "raised tariffs on billions of dollars of each
/// other's goods" is the author's round summary, and a share ("a tariff on almost 90 percent of imported steel") the
/// author's measure; the gold labels both. What tariffs did in the world ("the US paid $1 billion in tariffs") has no
/// "on" before the sum and stays a figure.
/// </summary>
internal static class TariffScopes
{
    /// <summary>The most words between the tariff noun and "on" ("tariffs of up to 25% on"): links and the rate only.</summary>
    private const int MaxRateTokens = 5;

    /// <summary>The most tokens of a sum a bracketed conversion restates ("$34 billion (£25.7bn)").</summary>
    private const int MaxSumTokens = 4;

    /// <summary>True when the figure is a sum in digits after a tariff noun's "on".</summary>
    public static bool IsScope(ImmutableArray<Token> tokens, Figure figure)
    {
        if (!PolicyTerms.IsAmount(tokens, figure) || !HasDigit(tokens, figure))
        {
            return false;
        }

        // "on another $216 billion": "another" adds a further sum to the same tariff's scope. "on $34bn (£25.7bn)": a
        // bracketed conversion restates the sum before it.
        var on = figure.Start - 1;
        if (tokens.At(on) is { Text: "(" })
        {
            on = ConvertedSumStart(tokens, on) - 1;
        }

        if (tokens.At(on) is { } another && another.Is("another"))
        {
            on--;
        }

        if (tokens.At(on) is not { } preposition || !preposition.Is("on"))
        {
            return false;
        }

        // Back over the tariff's rate and its links ("of up to 25 %") to the tariff noun (class-tariff-nouns.txt).
        for (var j = on - 1; j >= 0 && on - j <= MaxRateTokens + 1; j--)
        {
            var token = tokens[j];
            if (token.IsWord && WordClasses.TariffNouns.Contains(token.Text))
            {
                return true;
            }

            if (!IsRateToken(token))
            {
                return false;
            }
        }

        return false;
    }

    // "of", "up", "to", "as", "25", "%", "percent": the words of a rate between a tariff and its "on".
    private static bool IsRateToken(Token token) =>
        token.Text == "%" || char.IsAsciiDigit(token.Text[0])
        || (token.IsWord && (WordClasses.PolicyTermLinks.Contains(token.Text) || WordClasses.PercentWords.Contains(token.Text)));

    // The first token of the sum before a conversion's bracket: "$34bn (" gives the index of "$34bn"; the bracket's own
    // index when no sum in digits stands straight before it.
    private static int ConvertedSumStart(ImmutableArray<Token> tokens, int bracket)
    {
        var start = bracket;
        while (start > 0 && bracket - start < MaxSumTokens && IsSumToken(tokens[start - 1]))
        {
            start--;
        }

        for (var j = start; j < bracket; j++)
        {
            if (tokens[j].Text.Any(char.IsAsciiDigit))
            {
                return start;
            }
        }

        return bracket;
    }

    // "$", "34", "bn", "billion", "dollars": the tokens of a sum of money, however the tokenizer split it. A scale
    // suffix standing apart ("bn") is a scale word: class-scale-suffixes is declared a part of class-scale-words.
    private static bool IsSumToken(Token token) =>
        token.Text.Any(char.IsAsciiDigit) || (token.Text is [var sign] && PolicyTerms.IsCurrencySign(sign))
        || WordClasses.ScaleWords.Contains(token.Text) || WordClasses.CurrencyWords.Contains(token.Text);

    private static bool HasDigit(ImmutableArray<Token> tokens, Figure figure) => PolicyTerms.AnyTokenOf(tokens, figure, text => text.Any(char.IsAsciiDigit));
}
