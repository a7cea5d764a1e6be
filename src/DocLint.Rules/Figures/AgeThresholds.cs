using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// The legal age a rule sets or changes: "raising the minimum age to 21", "lifts the age for buying all tobacco
/// products, including e-cigarettes, to 21 from 18", "the retirement age is rising from 65 to 67", "lower the voting
/// age to 16". The bare number after "to" or "from" is an age (guidelines section 4 NOT: ages), found back in its
/// clause by an "age" that a change verb or a rule's word stands just before (class-age-threshold-cues.txt), or that
/// "limit" follows. The gold leaves every such number unlabelled (figures70). "In the digital age, sales rose to 40."
/// names an era: no cue, and the number stays a figure.
/// </summary>
internal static class AgeThresholds
{
    /// <summary>The most digits a legal age has ("to 21"; "to 100" is no threshold a law sets).</summary>
    private const int MaxAgeDigits = 2;

    /// <summary>The most tokens back from the number to its "age" ("the age for buying all tobacco products, …, to").</summary>
    private const int MaxAgeDistance = 14;

    /// <summary>The most tokens from a cue to its "age" ("raising the Medicare eligibility age").</summary>
    private const int MaxCueDistance = 3;

    /// <summary>Whether the number at <paramref name="i"/> is a legal age a rule sets or changes ("raising the age to 21").</summary>
    public static bool IsLegalAge(ImmutableArray<Token> tokens, int i)
    {
        var number = tokens[i];
        if (number.Text.Length > MaxAgeDigits || number.Text.AsSpan().ContainsAnyExceptInRange('0', '9')
            || tokens.At(i - 1)?.Lower() is not ("to" or "from")
            || (tokens.At(i + 1) is { IsWord: true } next && next.Lower() is not ("from" or "to" or "and" or "in" or "on" or "by" or "for")))
        {
            return false;
        }

        // A preposition may follow the age ("from 18 to 21 in February", rev42); a noun would make it a count.
        // Back to the "age" the number sets; another number, or a clause break, ends the search (the "up to 70" after
        // "from 65 to 67, and most people think it will have to go" is another claim). The pair's other bound ("to 21
        // from 18", "from 65 to 67") is stepped over. The break is an end mark, a semicolon or a colon, never a comma:
        // the age's own phrase holds commas ("the age for buying all tobacco products, including e-cigarettes, to 21"),
        // so PhraseBreaks.EndsPhrase would stop too soon, and ClauseBreakReader's ", but" would add a stop the reader
        // never had (mend45 kept the answers).
        var start = tokens.At(i - 2) is { Kind: TokenKind.Number } && tokens.At(i - 3)?.Lower() is "to" or "from" ? i - 4 : i - 2;
        for (var j = start; j >= 0 && j >= i - MaxAgeDistance; j--)
        {
            var token = tokens[j];
            if (token.Kind == TokenKind.Number || PhraseBreaks.EndsSentence(token) || token.Text is ";" or ":")
            {
                return false;
            }

            if (WordClasses.AgeNouns.Contains(token.Text))
            {
                return (tokens.At(j + 1) is { } limit && WordClasses.AgeLimitNouns.Contains(limit.Text)) || HasCueBefore(tokens, j);
            }
        }

        return false;
    }

    private static bool HasCueBefore(ImmutableArray<Token> tokens, int age)
    {
        for (var k = age - 1; k >= 0 && k >= age - MaxCueDistance; k--)
        {
            if (tokens[k] is { IsWord: true } word && WordClasses.AgeThresholdCues.Contains(word.Text))
            {
                return true;
            }
        }

        return false;
    }
}
