using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A small count whose members the sentence names after a dash, a comma or a semicolon: "two new members of
/// congress—Rashida Tlaib and Ilhan Omar—who", "two new members of congress, Rashida Tlaib and Ilhan Omar, who",
/// "three Central American countries; Guatemala, Honduras and El Salvador". <see cref="ListedCounts"/> takes the colon,
/// a bracket and a dash close to the count; here the members must be names (capitalised runs joined by commas and a
/// last "and"/"or"), exactly as many as the count, since a comma or semicolon also opens clauses and asides ("two
/// people, one of them a child,", "three countries, including Mexico,"), which stay figures (enum31).
/// </summary>
internal static class NamedMembers
{
    /// <summary>The most tokens from the count to the mark that opens its names (as ListedCounts' colon).</summary>
    private const int MaxTokensToMark = 13;

    /// <summary>The most lowercase words before a member's title ("upstate Rep. Elise Stefanik").</summary>
    private const int MaxTitleModifiers = 2;

    /// <summary>The most tokens in an aside after a member ("a Democrat from Idaho").</summary>
    private const int MaxAsideTokens = 10;

    /// <summary>True when the figure, a count alone or after an approximator, is followed by as many names as it counts.</summary>
    public static bool AreNamed(ImmutableArray<Token> tokens, Figure figure, Func<SentenceGrammar> grammar)
    {
        if (ListedCounts.CountOf(tokens, figure) is not { } count || count < 2)
        {
            return false;
        }

        for (var j = figure.End; j < tokens.Length && j - figure.End < MaxTokensToMark; j++)
        {
            var token = tokens[j];
            var width = MarkWidth(tokens, j);
            if (width > 0)
            {
                // The count's noun phrase runs up to the mark: a word just before it, no finite verb or relative word
                // in it ("two people who …, Ann and Bob"), and no time unit ("over two days, Democrats and Republicans").
                return j > figure.End && tokens[j - 1].IsWord && !HasVerbOrTime(tokens, grammar(), figure.End, j)
                    && Members(tokens, grammar(), j + width) is { } members && members.Count == count
                    && ClosesAfter(tokens, grammar(), token, members.End);
            }

            if (!token.IsWord && token.Kind != TokenKind.Abbreviation)
            {
                return false;
            }
        }

        return false;
    }

    // The mark's tokens: a comma, a semicolon or a dash (a typed "--" too) is one.
    private static int MarkWidth(ImmutableArray<Token> tokens, int j) =>
        tokens[j].Text is "," or ";" || PhraseBreaks.IsDash(tokens[j]) ? 1 : 0;

    private static bool HasVerbOrTime(ImmutableArray<Token> tokens, SentenceGrammar grammar, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (grammar.TagAt(j).IsFiniteVerb()
                || WordClasses.RelativePronouns.Contains(tokens[j].Text) || WordClasses.TimeUnits.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    // What follows the names: a dash's closing dash or the sentence's end; after a comma or semicolon anything but a
    // finite verb, which makes the names a clause's subject ("over two weeks, Democrats and Republicans argued").
    private static bool ClosesAfter(ImmutableArray<Token> tokens, SentenceGrammar grammar, Token mark, int end)
    {
        var after = tokens.At(end);
        if (after is null || PhraseBreaks.EndsSentence(after.Value))
        {
            return true;
        }

        // Any dash closes a dash ("five states – Arkansas, … and Ohio -- and then", figures73).
        if (PhraseBreaks.IsDash(mark))
        {
            return PhraseBreaks.IsDash(after.Value);
        }

        return !grammar.TagAt(end).IsFiniteVerb();
    }

    // The names "A, B and C" or "A and B" from start: capitalised runs ("El Salvador", "St. Louis", "Bank of America")
    // parted by commas, the last by "and" or "or"; null when any member is not a name or no "and"/"or" closes them. A
    // title may carry lowercase words before it ("upstate Rep. Elise Stefanik"), and a member an aside after it
    // ("Frank Church, a Democrat from Idaho, and Hugh Scott", figures73), which parts no members.
    private static (int Count, int End)? Members(ImmutableArray<Token> tokens, SentenceGrammar grammar, int start)
    {
        var count = 0;
        var j = start;
        while (true)
        {
            var end = MemberEnd(tokens, grammar, j);
            if (end == j)
            {
                return null;
            }

            count++;
            j = end;
            if (tokens.At(j)?.Text == "," && AsideEnd(tokens, grammar, j + 1) is { } aside && tokens.At(aside)?.Text == ",")
            {
                j = aside;
            }

            var next = tokens.At(j);
            var lastStart = IsMemberCoordinator(next) ? j + 1
                : next?.Text == "," && IsMemberCoordinator(tokens.At(j + 1)) ? j + 2
                : -1;
            if (lastStart > 0)
            {
                var last = MemberEnd(tokens, grammar, lastStart);
                return last == lastStart ? null : (count + 1, LastAsideEnd(tokens, grammar, last));
            }

            if (next?.Text != "," || MemberEnd(tokens, grammar, j + 1) == j + 1)
            {
                return null;
            }

            j++;
        }
    }

    // "and" or "or" closing the names (class-member-coordinators); "but" sets a contrast against them, no last member.
    private static bool IsMemberCoordinator(Token? token) => token is { } word && WordClasses.MemberCoordinators.Contains(word.Text);

    // A member: a name, or up to two lowercase words before a title and the name it opens ("former Gov. Rick Perry").
    private static int MemberEnd(ImmutableArray<Token> tokens, SentenceGrammar grammar, int start)
    {
        for (var j = start; j < tokens.Length && j - start <= MaxTitleModifiers; j++)
        {
            if (tokens[j].IsCapitalized)
            {
                return j == start || GrammarLexicons.Default.Titles.LongestMatchAt(tokens, j, out _) > 0 ? NameEnd(tokens, j) : start;
            }

            if (!tokens[j].IsWord || !IsModifierTag(grammar.TagAt(j)))
            {
                return start;
            }
        }

        return start;
    }

    private static bool IsModifierTag(PosTag tag) => tag.IsAdjective() || tag.IsNoun() || tag == PosTag.VBN;

    // The last member's aside, after a comma up to the next mark ("Jason Reifler, from the University of Exeter—"), or
    // without one when it runs to a dash or the sentence's end ("and Hugh Scott a Republican from Pennsylvania.").
    private static int LastAsideEnd(ImmutableArray<Token> tokens, SentenceGrammar grammar, int end)
    {
        if (tokens.At(end)?.Text == "," && AsideEnd(tokens, grammar, end + 1) is { } aside)
        {
            return aside;
        }

        return AsideEnd(tokens, grammar, end) is { } bare && (tokens.At(bare) is not { } after || PhraseBreaks.EndsSentence(after) || PhraseBreaks.IsDash(after))
            ? bare
            : end;
    }

    // An aside from start: a lowercase determiner or preposition ("a Democrat from Idaho", "from Dartmouth") and words
    // up to the next comma, semicolon, bracket, dash or the sentence's end, with no finite verb or relative word (a
    // clause, not an aside); the index of the mark that ends it, or null.
    private static int? AsideEnd(ImmutableArray<Token> tokens, SentenceGrammar grammar, int start)
    {
        if (tokens.At(start) is not { IsWord: true, IsCapitalized: false } first
            || !(WordClasses.Determiners.Contains(first.Text) || grammar.TagAt(start) == PosTag.IN))
        {
            return null;
        }

        for (var j = start; j < tokens.Length && j - start < MaxAsideTokens; j++)
        {
            var token = tokens[j];
            if (token.Text is "," or ";" or "(" or ")" || PhraseBreaks.IsDash(token) || PhraseBreaks.EndsSentence(token))
            {
                return j;
            }

            if ((!token.IsWord && token.Kind != TokenKind.Abbreviation && token.Kind != TokenKind.Number)
                || grammar.TagAt(j).IsFiniteVerb() || WordClasses.RelativePronouns.Contains(token.Text))
            {
                return null;
            }
        }

        return tokens.Length - start < MaxAsideTokens ? tokens.Length : null;
    }

    // The end of a capitalised run from start, with "of" inside it ("Bank of America", "Ilhan Omar of Minnesota").
    private static int NameEnd(ImmutableArray<Token> tokens, int start)
    {
        var j = start;
        while (j < tokens.Length)
        {
            var token = tokens[j];
            if ((token.IsWord || token.Kind == TokenKind.Abbreviation) && token.IsCapitalized)
            {
                j++;
            }
            else if (j > start && token.Is("of") && tokens.At(j + 1) is { IsCapitalized: true })
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }
}
