using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// The count of countries an entry ban covers: "the travel ban … prohibits entry to the United States to almost all
/// citizens of five Muslim-majority countries", "the executive order curbing immigration from seven Muslim-majority
/// nations", "banned travel by people from seven predominantly Muslim nations". The count is the scope the order sets,
/// its content, which the guidelines leave to the act (section 4); the pool's annotators leave every such count
/// unlabelled (figures37: 8 unlabelled, none labelled or borderline). The order's actor is often named a paragraph
/// away, or the order only by its nickname, so the attribution reader cannot find it: the sentence's restriction word
/// (class-entry-restriction-words.txt) and the places after "from" or "of" whose people it restricts
/// (class-origin-place-nouns.txt) say what the figure is. A count of countries in a sentence with no restriction ("more
/// than 170 countries", "delegates from 195 countries") stays a figure.
/// </summary>
internal static class BannedOrigins
{
    /// <summary>The most modifiers between the count and the place noun ("seven predominantly Muslim nations").</summary>
    private const int MaxModifiers = 3;

    /// <summary>True when the figure counts the countries whose people an entry restriction in its sentence names.</summary>
    public static bool IsBanScope(ImmutableArray<Token> tokens, Figure figure) =>
        IsOriginCount(tokens, figure) && tokens.Any(t => t.IsWord && WordClasses.EntryRestrictionWords.Contains(t.Text));

    // "from seven Muslim-majority countries", "citizens of five … countries", "from those seven countries": the count
    // stands after "from" or "of" (a determiner may come between) and before the place noun, with only words between.
    private static bool IsOriginCount(ImmutableArray<Token> tokens, Figure figure)
    {
        var before = figure.Start - 1;
        if (tokens.At(before) is { IsWord: true } determiner && WordClasses.Determiners.Contains(determiner.Text))
        {
            before--;
        }

        if (tokens.At(before) is not { IsWord: true } preposition || !(preposition.Is("from") || preposition.Is("of")))
        {
            return false;
        }

        for (var j = figure.End; j < tokens.Length && j - figure.End <= MaxModifiers; j++)
        {
            if (!tokens[j].IsWord)
            {
                return false;
            }

            if (WordClasses.OriginPlaceNouns.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }
}
