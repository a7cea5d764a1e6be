using System.Collections.Immutable;
using System.Globalization;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// Vote tallies: a pair of numbers beside a tally word ("a 54-45 vote", "split 7 to 6", "in a six-to-four vote",
/// class-tally-words.txt). A tally is the result of a vote that the author reports (guidelines: "falling by a 56-38
/// vote" is an unattributed tally), so a named body's act in its sentence ("the Senate confirmed him by a 52-48 vote")
/// does not source it as it sources the act's own content.
/// </summary>
internal static class VoteTallies
{
    /// <summary>A spelled pair joined by hyphens before or after a tally word: "six-to-four vote", "a five-four ruling".</summary>
    public static bool IsSpelledTally(ImmutableArray<Token> tokens, int i)
    {
        var text = tokens[i].Text;
        if (!text.Contains('-') || !HasTallyWordBeside(tokens, i, i + 1))
        {
            return false;
        }

        var parts = text.Split('-');
        return parts.Length switch
        {
            2 => IsCountWord(parts[0]) && IsCountWord(parts[1]),
            3 => IsCountWord(parts[0]) && parts[1].Equals("to", StringComparison.OrdinalIgnoreCase) && IsCountWord(parts[2]),
            _ => false,
        };
    }

    /// <summary>The figure from token <paramref name="start"/> to <paramref name="end"/> (exclusive) is a tally.</summary>
    public static bool IsTally(ImmutableArray<Token> tokens, int start, int end)
    {
        if (!HasTallyWordBeside(tokens, start, end))
        {
            return false;
        }

        if (end - start == 1)
        {
            return IsSpelledTally(tokens, start);
        }

        // "54-45", "7 to 6", "54–45": two numbers and the joint between them.
        for (var j = start + 1; j < end - 1; j++)
        {
            if (tokens[j].Text is "-" or "\u2013" or "to" && tokens[j - 1].Kind == TokenKind.Number && tokens[j + 1].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A pair written winner first, with no tally word beside it: "The House approved the bill, 224-194", "approved a
    /// resolution 393-0", "The court ruled 5-4 that …". Two plain numbers joined by a hyphen or dash with nothing
    /// between them, the first not smaller than the second. A range is written the other way round ("ages 18-29",
    /// "8-10 startups"), so a descending pair is the vote's result that the author reports, not the act's content
    /// (gold: 4 of 4 such pairs an act covered are labelled; the tallies with a tally word were already reported).
    /// </summary>
    public static bool IsDescendingPair(ImmutableArray<Token> tokens, int start, int end)
    {
        if (end - start != 3 || tokens[start + 1].Text is not ("-" or "\u2013") || tokens[start].Kind != TokenKind.Number
            || tokens[end - 1].Kind != TokenKind.Number || tokens[start].Span.End != tokens[start + 1].Span.Start
            || tokens[start + 1].Span.End != tokens[end - 1].Span.Start)
        {
            return false;
        }

        // "a 40-17 lead", "a 43-22 edge": a pair an article makes into a modifier of a noun other than a tally word is a
        // poll's margin, the content of the poll the act released.
        if (tokens.At(start - 1) is { IsWord: true } article && article.Lower() is "a" or "an" && tokens.At(end) is { IsWord: true } noun
            && !WordClasses.TallyWords.Contains(noun.Text))
        {
            return false;
        }

        // Digits only, read the same in every culture, as ListedCounts and FigureFinder read theirs.
        return int.TryParse(tokens[start].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(tokens[end - 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var second) && first >= second;
    }

    private static bool HasTallyWordBeside(ImmutableArray<Token> tokens, int start, int end) =>
        (tokens.At(end) is { IsWord: true } after && WordClasses.TallyWords.Contains(after.Text))
        || (tokens.At(start - 1) is { IsWord: true } before && WordClasses.TallyWords.Contains(before.Text));

    // "two" to "twelve" (class-small-cardinals.txt): a court's or a committee's sides; bigger tallies are written in digits.
    private static bool IsCountWord(string part) => WordClasses.SmallCardinals.Contains(part);
}
