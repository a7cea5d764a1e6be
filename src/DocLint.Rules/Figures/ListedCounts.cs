using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A count of the items the sentence itself lists: "around three goals: getting big money out of politics, expanding
/// the voting rolls …, and rewriting Senate rules", "a chain of five sources (newspaper, politician, Twitter, friend,
/// and Facebook)", "three California laws – Senate Bill 54, Assembly bill 450 and Assembly bill 103 –", and the
/// author's lead-ins to their own points ("Here are four takeaways", "there are four campaigns that bear special
/// watching:"). The guidelines leave the author numbering their own points out of the figures (section 4): the list
/// beside the count is what it counts, so it claims no quantity the reader has to take on trust.
/// </summary>
internal static class ListedCounts
{
    /// <summary>The most tokens from the count to the colon that opens its list ("five questions Wray should be asked in the Senate hearing this week:").</summary>
    private const int MaxTokensToColon = 13;

    /// <summary>The most tokens from the count to a bracket or dash that opens its list ("three California laws –").</summary>
    private const int MaxTokensToBracket = 4;

    /// <summary>The largest count in digits read as the author's list ("10 Investigative Reporting Outlets to Follow:").</summary>
    private const int MaxListedCount = 12;

    /// <summary>The most tokens before the count in a "Here are" lead-in ("Here are the four takeaways").</summary>
    private const int MaxOpenerTokens = 4;

    /// <summary>The most words of an approximator phrase before a count ("as few as").</summary>
    private const int MaxApproximatorWords = 3;

    private static readonly FrozenDictionary<string, int> WordValues = WordClasses.CountWordValues
        .Select(entry => entry.Split(' '))
        .ToFrozenDictionary(parts => parts[0], parts => int.Parse(parts[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when the figure, a count alone or after an approximator ("around three goals", "at least three scandals"), counts the items its
    /// sentence lists or leads in to.
    /// </summary>
    public static bool IsListed(ImmutableArray<Token> tokens, Figure figure, Func<SentenceGrammar> grammar)
    {
        var last = figure.End - 1;
        if (CountOf(tokens, figure) is not { } count)
        {
            return false;
        }

        if (last == figure.Start && IsAfterListOpener(tokens, figure.Start))
        {
            return true;
        }

        var bare = true;
        for (var j = figure.End; j < tokens.Length && j - last <= MaxTokensToColon; j++)
        {
            var text = tokens[j].Text;
            // "five states whose exchanges offer one choice: Alabama, …", "Three Democratic candidates have circulated
            // similar appeals: Cory Booker, …" count the things a claim holds of, which the list then names: a relative
            // clause or a finite verb between the count and its list makes it a figure again (a participle does not:
            // "three Supreme Court candidates nominated by Republican presidents: Robert Bork, …").
            bare &= !WordClasses.RelativePronouns.Contains(text);
            if (text == ":")
            {
                // A colon that ends the sentence leads in to a list set out below it when the count is what "there
                // are" ("there are four campaigns that bear special watching:") or its noun phrase runs straight to
                // the colon ("belong to one of four categories:", "I'll leave you with three ironies:"), not a
                // clause's subject ("Two deaths have so far been confirmed:") or a span of time ("worst quarter in
                // seven years:"); one inside the sentence must be followed by as many items as the count says, and
                // the count must be the list's own ("three goals:").
                return IsLast(tokens, j)
                    ? IsAfterBe(tokens, figure.Start) || (bare && last == figure.Start && IsLeadIn(tokens, grammar(), figure.Start, j))
                    : bare && Fits(tokens, figure, count, ItemsBetween(tokens, j + 1, tokens.Length)) && !HasFiniteVerb(grammar(), figure.End, j);
            }

            if (text == "(" || PhraseBreaks.IsDash(tokens[j]))
            {
                // A dash or bracket may set off a description rather than a list ("three gutter punks—youth who roam
                // up and down the West Coast … and panhandling—"): a relative clause in it is no list of names.
                var close = Closer(tokens, j);
                return bare && j - last <= MaxTokensToBracket && Fits(tokens, figure, count, ItemsBetween(tokens, j + 1, close))
                    && !HasRelativePronoun(tokens, j + 1, close) && !HasFiniteVerb(grammar(), figure.End, j);
            }

            if (text is "," or ";" or "." or ")")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The figure's count when it is a count alone or after an approximator ("around three", "at least three"), else
    /// null; null too after "only" or "just" (<see cref="IsRestricted"/>).
    /// </summary>
    public static int? CountOf(ImmutableArray<Token> tokens, Figure figure)
    {
        var last = figure.End - 1;
        return ValueOf(tokens[last]) is { } count && (last == figure.Start || IsApproximator(tokens, figure.Start, last))
            && !IsRestricted(tokens, last) ? count : null;
    }

    // "only four swing states—Florida, Ohio, North Carolina and Virginia—were close", "Only five states — Alaska, … —
    // meet that criterion", "the only two": "only" or "just" straight before the count (class-restricting-approximators.txt)
    // says no more than these are so, a claim the gold labels though the members are named (fresh15, tune67; figures73).
    private static bool IsRestricted(ImmutableArray<Token> tokens, int count) =>
        tokens.At(count - 1) is { } previous && WordClasses.RestrictingApproximators.Contains(previous.Text);

    // As many items as the count, or more after a lower bound ("at least three foreign-policy centers …: The
    // paralyzed NSC staff; a shadow operation …; a powerful family counselor …; and perhaps another", figures73;
    // class-lower-bound-approximators.txt).
    private static bool Fits(ImmutableArray<Token> tokens, Figure figure, int count, int items) =>
        items == count
        || (items > count && WordClasses.LowerBoundApproximators.ContainsPhrase(tokens, figure.Start, figure.End - 1));

    // A bare count whose noun phrase runs to the colon closing its sentence: a word just before the colon, and no
    // finite verb ("Two deaths have so far been confirmed:"), unit of time ("their worst quarter in seven years:",
    // "just two days before the president's address:") or coordinator ("trailing in three states and tied in Ohio in
    // the four-way race:") between them, so the phrase names what the list below holds. An approximator ("as few as 12
    // people:") or a toll verb before it ("a shooting that killed 9 people:") makes the count a quantity (allsides, figures73).
    private static bool IsLeadIn(ImmutableArray<Token> tokens, SentenceGrammar grammar, int count, int colon)
    {
        if (colon == count + 1 || !tokens[colon - 1].IsWord || HasFiniteVerb(grammar, count + 1, colon)
            || (tokens.At(count - 1) is { } previous && WordClasses.TollVerbs.Contains(previous.Text))
            || IsAfterApproximator(tokens, count))
        {
            return false;
        }

        for (var j = count + 1; j < colon; j++)
        {
            if (WordClasses.TimeUnits.Contains(tokens[j].Text) || WordClasses.Coordinators.Contains(tokens[j].Text))
            {
                return false;
            }
        }

        return true;
    }

    // An approximator of up to three words straight before the count and outside its span ("as few as 12 people:").
    private static bool IsAfterApproximator(ImmutableArray<Token> tokens, int count)
    {
        for (var width = 1; width <= Math.Min(MaxApproximatorWords, count); width++)
        {
            if (WordClasses.Approximators.ContainsPhrase(tokens, count - width, count))
            {
                return true;
            }
        }

        return false;
    }

    // "Here are four takeaways", "Here's the three things": an opener, a form of "be", and the count a few words on.
    private static bool IsAfterListOpener(ImmutableArray<Token> tokens, int count) =>
        count >= 2 && count <= MaxOpenerTokens
        && WordClasses.ListOpeners.Contains(tokens[0].Text)
        && (WordClasses.BeVerbs.Contains(tokens[1].Text) || ApostropheS.IsClitic(tokens[1].Text));

    private static bool HasRelativePronoun(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (WordClasses.RelativePronouns.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a token from <paramref name="start"/> to <paramref name="end"/> (exclusive) is tagged a finite verb or modal.</summary>
    internal static bool HasFiniteVerb(SentenceGrammar grammar, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (grammar.TagAt(j).IsFiniteVerb())
            {
                return true;
            }
        }

        return false;
    }

    // The words before the count: each an approximator ("around"), or together one of the lexicon's phrases ("at least
    // three other scandals — Benghazi, the IRS, and …", "as many as"), which no word of them is alone (figures34).
    private static bool IsApproximator(ImmutableArray<Token> tokens, int start, int end)
    {
        var all = true;
        for (var j = start; j < end; j++)
        {
            all &= WordClasses.Approximators.Contains(tokens[j].Text);
        }

        return all || WordClasses.Approximators.ContainsPhrase(tokens, start, end);
    }

    private static bool IsAfterBe(ImmutableArray<Token> tokens, int count) =>
        tokens.At(count - 1) is { } previous && WordClasses.BeVerbs.Contains(previous.Text);

    private static int? ValueOf(Token token)
    {
        if (token.Kind == TokenKind.Number)
        {
            return int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= MaxListedCount ? value : null;
        }

        return token.IsWord && WordValues.TryGetValue(token.Text, out var word) ? word : null;
    }

    // The sentence's last token, or the last before a closing quotation mark.
    private static bool IsLast(ImmutableArray<Token> tokens, int index)
    {
        for (var j = index + 1; j < tokens.Length; j++)
        {
            if (tokens[j].Kind != TokenKind.Quote)
            {
                return false;
            }
        }

        return true;
    }

    // Where a bracket's or a dash's list ends: its closing mark, or the sentence's end. Any dash outside brackets closes
    // a dash, since writers mix them ("five states – Arkansas, California, Florida, Pennsylvania and Ohio -- and then",
    // figures73), but not one inside an item's bracket ("three candidates—Sen. Elizabeth Warren (D–Mass.), …—").
    private static int Closer(ImmutableArray<Token> tokens, int opener)
    {
        var bracket = tokens[opener].Text == "(";
        var depth = 0;
        for (var j = opener + 1; j < tokens.Length; j++)
        {
            var text = tokens[j].Text;
            if (bracket ? text == ")" : depth == 0 && PhraseBreaks.IsDash(tokens[j]))
            {
                return j;
            }

            depth += text == "(" ? 1 : text == ")" ? -1 : 0;
        }

        return tokens.Length;
    }

    // The items of a list "A, B, and C": one more than its separators (a comma or semicolon, or "and"/"or" not straight
    // after one: class-member-coordinators), at the list's own level, not counting a closing stop. A list with one
    // item is no list. Where the list has semicolons they alone part its items, whose own commas are inside them
    // ("three narrow respects: both … bullying, accusation, and humiliation; both …; and both …", figures34).
    private static int ItemsBetween(ImmutableArray<Token> tokens, int start, int end)
    {
        var semicolons = 0;
        var separators = 0;
        var depth = 0;
        var words = 0;
        for (var j = start; j < end; j++)
        {
            var text = tokens[j].Text;
            if (text == "(")
            {
                depth++;
            }
            else if (text == ")")
            {
                depth--;
            }
            else if (depth == 0 && (text is "," or ";" || (WordClasses.MemberCoordinators.Contains(text) && tokens[j - 1].Text is not ("," or ";"))))
            {
                separators++;
                semicolons += text == ";" ? 1 : 0;
            }
            else if (tokens[j].IsWord)
            {
                words++;
            }
        }

        var parts = semicolons > 0 ? semicolons : separators;
        return parts == 0 || words == 0 ? 0 : parts + 1;
    }
}
