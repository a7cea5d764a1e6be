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
        if (end - start == 1 && IsSideOfWordedTally(tokens, start))
        {
            return true;
        }

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

    // "a 54-45 vote", "split 7 to 6", and "by a vote of 216 to 212": the tally word may own the pair through "of".
    private static bool HasTallyWordBeside(ImmutableArray<Token> tokens, int start, int end) =>
        IsTallyWord(tokens.At(end)) || IsTallyWord(tokens.At(start - 1)) || (tokens.At(start - 1)?.Lower() == "of" && IsTallyWord(tokens.At(start - 2)));

    /// <summary>
    /// One side of a tally whose tally word stands between its numbers: "passed the plan 12 votes to 10", "approved the
    /// bill by 240 votes to 186". The finder reads each number alone, so neither has the tally word outside the pair.
    /// </summary>
    private static bool IsSideOfWordedTally(ImmutableArray<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Number
        && ((IsTallyWord(tokens.At(i + 1)) && IsTallyJoint(tokens.At(i + 2)) && tokens.At(i + 3)?.Kind == TokenKind.Number)
            || (IsTallyJoint(tokens.At(i - 1)) && IsTallyWord(tokens.At(i - 2)) && tokens.At(i - 3)?.Kind == TokenKind.Number));

    private static bool IsTallyJoint(Token? token) => token?.Lower() is "to" or "against";

    private static bool IsTallyWord(Token? token) => token is { IsWord: true } word && WordClasses.TallyWords.Contains(word.Text);

    // "two" to "twelve" (class-small-cardinals.txt): a court's or a committee's sides; bigger tallies are written in digits.
    private static bool IsCountWord(string part) => WordClasses.SmallCardinals.Contains(part);
}
