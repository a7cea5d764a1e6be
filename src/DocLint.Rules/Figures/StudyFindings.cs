using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// Which figure of an unnamed study's sentence is the study's finding, the share or count it reports and the one
/// `AttributionCover.ByUnnamedStudy` takes the respondent and survey exemptions from (figures61). The rest only frames
/// the finding and keeps the exemptions it had before (figures64, after rev38): the first bound of an age range
/// ("among 18- to 22-year-old men", whose second bound the finder already reads as an age), the far bound of a time
/// frame ("will be legal in the next five to 10 years", whose near bound the finder reads as relative time) and the
/// denominator of a ratio written in digits ("7 in 10 of those polled", "8 out of 10").
/// </summary>
internal static class StudyFindings
{
    /// <summary>The most tokens between an age range's first bound and its "-year-old" ("- to 22 -").</summary>
    private const int MaxAgeRangeGap = 4;

    /// <summary>True when the figure is the finding, not an age, a time frame's bound or a ratio's denominator.</summary>
    public static bool IsFinding(ImmutableArray<Token> tokens, Figure figure) =>
        !IsDenominator(tokens, figure.Start) && !OpensAgeRange(tokens, figure.End) && !ClosesTimeFrame(tokens, figure);

    // "7 in 10", "8 out of 10": a number right after "in" or "out of" that follows a number.
    private static bool IsDenominator(ImmutableArray<Token> tokens, int start)
    {
        var numerator = tokens.At(start - 1)?.Is("in") == true ? start - 2
            : tokens.At(start - 1)?.Is("of") == true && tokens.At(start - 2)?.Is("out") == true ? start - 3 : -1;
        return numerator >= 0 && tokens[numerator].Kind == TokenKind.Number;
    }

    // "18- to 22-year-old", "16- and 17-year-olds": only hyphens, joiners and a number before the "-old" word.
    private static bool OpensAgeRange(ImmutableArray<Token> tokens, int end)
    {
        for (var j = end; j < tokens.Length && j <= end + MaxAgeRangeGap; j++)
        {
            var token = tokens[j];
            if (token.IsWord && token.Lower().Contains("-old", StringComparison.Ordinal))
            {
                return j > end;
            }

            if (!(token.Text is "-" or "to" or "and" or "or" || token.Kind == TokenKind.Number))
            {
                return false;
            }
        }

        return false;
    }

    // "in the next five to 10 years", "within two to three weeks": a time unit after the figure, and before it a range's
    // joiner, its first bound and a word that places the span in time (class-time-span-openers).
    private static bool ClosesTimeFrame(ImmutableArray<Token> tokens, Figure figure) =>
        tokens.At(figure.End) is { IsWord: true } unit && WordClasses.TimeUnits.Contains(unit.Text)
        && tokens.At(figure.Start - 1) is { } joiner && joiner.Text is "to" or "-" or "\u2013"
        && tokens.At(figure.Start - 3) is { } opener && WordClasses.TimeSpanOpeners.Contains(opener.Text);
}
