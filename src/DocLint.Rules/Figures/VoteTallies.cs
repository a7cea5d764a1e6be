using System.Collections.Immutable;
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

    private static bool HasTallyWordBeside(ImmutableArray<Token> tokens, int start, int end) =>
        (tokens.At(end) is { IsWord: true } after && WordClasses.TallyWords.Contains(after.Text))
        || (tokens.At(start - 1) is { IsWord: true } before && WordClasses.TallyWords.Contains(before.Text));

    // "two" to "twelve" (class-small-cardinals.txt): a court's or a committee's sides; bigger tallies are written in digits.
    private static bool IsCountWord(string part) => WordClasses.SmallCardinals.Contains(part);
}
