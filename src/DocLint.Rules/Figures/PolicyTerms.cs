using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A figure that is the term a policy or a ruling sets: the rate of a tariff or levy, the amount of a fine, a minimum
/// wage or a mandatory minimum ("a 20% tariff", "a $15,000 fine", "a $15 minimum wage", "10-year mandatory minimum
/// sentences", "a fine of up to $5,000", "tariffs as low as 1%"), or a sentence's length ("was sentenced to three
/// years"). The guidelines make the content of an official act sourced by the act (section 4) and label such
/// terms borderline where they do label them ("a 25% additional tariff", "sentenced to six years in prison"); no gold
/// set labels one plainly, and the tuning sets mark them unlabelled. The act's actor is often named a sentence or a
/// paragraph away, or not at all, so the attribution reader cannot find it: the term itself says what the figure is.
/// What a policy did in the world ("tariffs cost farmers $12 billion", "the US paid $1 billion in tariffs") is not its
/// term: the noun must stand after the figure with only modifiers between, no preposition, or straight before it with
/// only linking words between. A fee is left out: most fees in news are payments someone made ("a $100,000 brokerage
/// fee"), not a schedule's rate. "Minimum" alone is no term ("4.4 million minimum wage-earning Americans", "a minimum
/// of three weeks").
/// The number of charges a prosecutor or grand jury brought is that act's content in the same way ("faces 12 murder
/// charges", "was charged with five counts of first-degree murder", "pleaded guilty to eight criminal charges"): the
/// gold labels no charge count plainly (train, tune14-38, fresh14-23 and agree15-23: 4 borderline, 5 unlabelled).
/// </summary>
internal static class PolicyTerms
{
    /// <summary>The most modifiers between a figure and the policy noun after it ("a 25% additional tariff", "10-year mandatory minimum").</summary>
    private const int MaxModifiers = 2;

    /// <summary>The most linking words between a policy noun and the figure after it ("a fine of up to $5,000").</summary>
    private const int MaxLinks = 3;

    /// <summary>The most words between a sentencing verb and its "to" ("was sentenced earlier this week to three years").</summary>
    private const int MaxSentencingGap = 5;

    /// <summary>The most words between a term's time unit and its custody word ("25 years to life in prison").</summary>
    private const int MaxCustodyGap = 4;

    /// <summary>The most modifiers between a count and the charge noun after it ("17 first-degree murder charges").</summary>
    private const int MaxChargeModifiers = 3;

    /// <summary>True when the figure is the term of a policy noun beside it or the length of a sentence.</summary>
    public static bool IsTerm(ImmutableArray<Token> tokens, Figure figure, Func<SentenceGrammar> grammar) =>
        IsAfterTerm(tokens, figure.Start) || IsSentenceLength(tokens, figure.Start) || IsBeforeTerm(tokens, figure.End, grammar)
        || (IsAmount(tokens, figure) && IsBeforeAmountTerm(tokens, figure.End, grammar)) || IsChargeCount(tokens, figure, grammar)
        || IsCustodyTerm(tokens, figure, grammar);

    // "Wednesday's sentencing of … Michael Cohen to three years in prison", "received a 30 month prison sentence", "a
    // 47-month sentence", "a 25-year jail term", "punishable by up to 25 months in prison": a span of time (its unit in
    // the figure or straight after it) with a custody word a few words on (class-custody-words.txt) is the term a
    // sentence or a law sets, however far its verb stands (IsSentenceLength reads only "sentenced … to"). Only a
    // preposition of place, an article or a modifier may stand between ("in federal prison", "years' hard labor in a
    // jail"): "14 days to appeal the sentence", "45 years with no jail time" and "three days he spent in prison" give the
    // span another job. A comma, "and" or "or" ends the phrase: "18 months in prison and three years of supervised
    // release" gives each term its own word. The grammar is read only when a custody word stands close after the unit.
    private static bool IsCustodyTerm(ImmutableArray<Token> tokens, Figure figure, Func<SentenceGrammar> grammar)
    {
        var j = figure.End;
        if (!IsTimeUnit(tokens[figure.End - 1]))
        {
            if (tokens.At(j) is { Text: "-" })
            {
                j++;
            }

            if (tokens.At(j) is not { } unit || !IsTimeUnit(unit) || IsAmount(tokens, figure) || IsShare(tokens, figure))
            {
                return false;
            }

            j++;
        }

        var gap = j;
        for (var words = 0; j < tokens.Length && words <= MaxCustodyGap; j++)
        {
            var token = tokens[j];
            if (IsQuoteOrPossessiveMark(token))
            {
                continue;
            }

            if (!token.IsWord || token.Is("and") || token.Is("or"))
            {
                return false;
            }

            if (WordClasses.CustodyWords.Contains(token.Text))
            {
                return IsCustodyGap(tokens, grammar(), gap, j);
            }

            words++;
        }

        return false;
    }

    // "in federal prison", "'s hard labor in a", "at the prison", "to life in": place prepositions, articles, modifiers
    // and a life term's "to life" only.
    private static bool IsCustodyGap(ImmutableArray<Token> tokens, SentenceGrammar grammar, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            var token = tokens[j];
            if (IsQuoteOrPossessiveMark(token)
                || token.Is("in") || token.Is("of") || token.Is("at") || token.Is("behind") || token.Is("a") || token.Is("an") || token.Is("the")
                || (token.Is("to") && tokens[j + 1].Is("life")) || token.Is("life"))
            {
                continue;
            }

            if (grammar.TagAt(j) is not (PosTag.JJ or PosTag.NN or PosTag.NNP))
            {
                return false;
            }
        }

        return true;
    }

    // A quotation mark or a possessive's apostrophe ("six months' jail", "25 years' hard labor"): the custody phrase reads past it.
    private static bool IsQuoteOrPossessiveMark(Token token) =>
        token.Kind == TokenKind.Quote || ApostropheS.IsPossessiveMark(token.Text);

    // "years", "month", and the unit a figure's own hyphen joins ("47-month").
    private static bool IsTimeUnit(Token token)
    {
        var text = token.Text;
        var hyphen = text.LastIndexOf('-');
        return WordClasses.TimeUnits.Contains(hyphen >= 0 ? text[(hyphen + 1)..] : text);
    }

    // "faces 12 murder charges", "five counts of first-degree murder", "18 felony counts": a count whose noun, after
    // modifiers only (adjectives and nouns by the grammar's tags), is a charge (class-charge-nouns.txt). A sum ("$990
    // million in charges") or a share is no count of charges, and "of" or a verb between ("90 percent of voters are
    // white, Nevada counts") ends the phrase. The grammar is read only when a charge noun stands close after the figure.
    private static bool IsChargeCount(ImmutableArray<Token> tokens, Figure figure, Func<SentenceGrammar> grammar)
    {
        for (var j = figure.End; j < tokens.Length && j - figure.End <= MaxChargeModifiers && tokens[j].IsWord; j++)
        {
            if (WordClasses.ChargeNouns.Contains(tokens[j].Text))
            {
                return !IsAmount(tokens, figure) && !IsShare(tokens, figure) && AreModifiers(grammar(), figure.End, j);
            }
        }

        return false;
    }

    // "20%", "40 percent": a share, not a count (OwnClauseSubjects asks it too).
    public static bool IsShare(ImmutableArray<Token> tokens, Figure figure) =>
        AnyTokenOf(tokens, figure, text => text == "%" || WordClasses.PercentWords.Contains(text));

    // Only adjectives, nouns and participles between: the words before a head noun.
    private static bool AreModifiers(SentenceGrammar grammar, int from, int to) =>
        !AnyTagBetween(grammar, from, to, tag => tag is not (PosTag.JJ or PosTag.NN or PosTag.NNP or PosTag.VBN));

    // "a $2 trillion relief package", "the $1,200 stimulus checks": an act's size or a payment's sum is the act's content;
    // only modifiers stand between, so "rose 4% and package producer" (a clause of its own) and "12 information packages"
    // (a count) stay figures, and so does a sum before a preposition ("has provided nearly $3 trillion in fiscal
    // stimulus" is what was spent; figures37). The grammar is read only when a modifier stands before the head.
    private static bool IsBeforeAmountTerm(ImmutableArray<Token> tokens, int end, Func<SentenceGrammar> grammar)
    {
        for (var j = end; j < tokens.Length && j - end <= MaxModifiers && tokens[j].IsWord && !tokens[j].Is("and") && !tokens[j].Is("or"); j++)
        {
            if (WordClasses.AmountTermHeads.Contains(tokens[j].Text))
            {
                return j == end || !HasPreposition(grammar(), end, j);
            }
        }

        return false;
    }

    // "$2 trillion", "500 million dollars": a sum of money, not a count.
    internal static bool IsAmount(ImmutableArray<Token> tokens, Figure figure) =>
        AnyTokenOf(tokens, figure, text => (text is [var sign, ..] && IsCurrencySign(sign)) || WordClasses.CurrencyWords.Contains(text));

    /// <summary>True for the dollar, pound and euro signs, the currencies the news sets write with a sign.</summary>
    internal static bool IsCurrencySign(char sign) => sign is '$' or '\u00a3' or '\u20ac';

    // Whether a word of the figure passes the test: IsShare and IsAmount differ only in the test.
    internal static bool AnyTokenOf(ImmutableArray<Token> tokens, Figure figure, Func<string, bool> test)
    {
        for (var j = figure.Start; j < figure.End; j++)
        {
            if (test(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "a 20% tariff", "a $15 minimum wage", "10-year mandatory minimum sentences": the noun closes the figure's phrase.
    // The grammar is read only when a term stands close after the figure.
    private static bool IsBeforeTerm(ImmutableArray<Token> tokens, int end, Func<SentenceGrammar> grammar)
    {
        for (var j = end; j < tokens.Length && j - end <= MaxModifiers && tokens[j].IsWord; j++)
        {
            if (WordClasses.PolicyTerms.Contains(tokens[j].Text) || WordClasses.PolicyTermHeads.Contains(tokens[j].Text))
            {
                return !HasPreposition(grammar(), end, j);
            }
        }

        return false;
    }

    // "$1 billion in tariffs": a preposition makes the term the figure's complement, not its head.
    private static bool HasPreposition(SentenceGrammar grammar, int from, int to) =>
        AnyTagBetween(grammar, from, to, tag => tag is PosTag.IN or PosTag.TO);

    // Whether a tag in [from, to) passes the test, read by position and in order, so the tagging stops where the answer
    // is known (AreModifiers asks for a tag that is no modifier, HasPreposition for a preposition).
    private static bool AnyTagBetween(SentenceGrammar grammar, int from, int to, Func<PosTag, bool> test)
    {
        for (var j = from; j < to; j++)
        {
            if (test(grammar.TagAt(j)))
            {
                return true;
            }
        }

        return false;
    }

    // "a fine of up to $5,000", "tariffs as low as 1%": only linking words stand between the noun and the figure.
    private static bool IsAfterTerm(ImmutableArray<Token> tokens, int start)
    {
        var j = start - 1;
        while (j >= 0 && start - 1 - j < MaxLinks && tokens[j].IsWord && WordClasses.PolicyTermLinks.Contains(tokens[j].Text))
        {
            j--;
        }

        return j < start - 1 && j >= 0 && tokens[j].IsWord && WordClasses.PolicyTerms.Contains(tokens[j].Text);
    }

    // "sentenced to three years", "was sentenced earlier this week to three years in federal prison".
    private static bool IsSentenceLength(ImmutableArray<Token> tokens, int start)
    {
        if (start < 2 || !tokens[start - 1].Is("to"))
        {
            return false;
        }

        for (var j = start - 2; j >= 0 && start - 2 - j <= MaxSentencingGap && tokens[j].IsWord; j--)
        {
            if (WordClasses.SentencingVerbs.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }
}
