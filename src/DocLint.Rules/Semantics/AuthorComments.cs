using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// The author's comment set off after a report, where the report ends (hedges58): a hedge adverb that opens the author's
/// guess at what the speaker meant or wanted ("…," Mr. Trump said, perhaps referring to a federal judge", "said he had
/// rejected Google's offer, apparently in an effort to force …", "has announced officially — perhaps to box out
/// Sanders"), or an appositive noun with its relative clause that sums the report up ("announced that it will begin
/// labeling …, a move that could affect …", "He also insisted that he be held accountable, a request that may soon come
/// to pass"). Counted over every tuning and fresh set (tune14-82, fresh14-44): the gold labels the hedge in these
/// comments the author's in every sentence a speech verb stands before, none `reported`. A report's content that runs on
/// in a plain participle (", saying that …") or a bare ", which …" is not a comment: the gold splits those.
/// </summary>
internal static class AuthorComments
{
    // How many words an appositive's noun phrase may hold before its "that"/"which": "a far more modest step that".
    private const int MaxAppositiveWords = 4;

    // How far "in" may stand from the purpose noun: "in an apparent effort".
    private const int MaxPurposeReach = 3;

    /// <summary>
    /// True when a comma or dash at <paramref name="index"/> opens the author's comment on the report that starts at
    /// <paramref name="from"/>, and the token at <paramref name="tokenIndex"/> stands inside that comment: no comma, dash,
    /// colon or semicolon between ("The researchers say that drug forums—a catch-all for hubs that are encrypted—might be
    /// a tool" goes back to the report after the second dash).
    /// </summary>
    public static bool StartsAt(ImmutableArray<Token> tokens, int from, int index, int tokenIndex)
    {
        if (!(tokens[index].Text == "," || PhraseBreaks.IsDash(tokens[index])) || tokens.At(index + 1) is not { } next
            || HasBreak(tokens, index + 1, tokenIndex))
        {
            return false;
        }

        // A guess after a reported forecast carries the forecast on ("said he was concerned that anxiety could outlast
        // the pandemic, possibly prolonging the woes"): the speaker's, as the gold reads "reported" clauses.
        return WordClasses.CommentHedgeAdverbs.Contains(next.Text) && LetterCase.NoUpper(next.Text)
            ? OpensGuess(tokens, index + 2) && !HasForecast(tokens, from, index)
            : next.Text is "a" or "an" && OpensAppositive(tokens, index + 2);
    }

    private static bool HasBreak(ImmutableArray<Token> tokens, int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            if (PhraseBreaks.EndsPhrase(tokens[j]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasForecast(ImmutableArray<Token> tokens, int from, int end)
    {
        for (var j = Math.Max(0, from); j < end; j++)
        {
            if (WordClasses.ForecastAuxiliaries.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    // After the adverb: a participle ("referring", "contradicting"), a purpose "to" and its verb, or "in an effort to".
    private static bool OpensGuess(ImmutableArray<Token> tokens, int index)
    {
        if (tokens.At(index) is not { } word || !TokenSpans.IsWord(word) || !LetterCase.NoUpper(word.Text))
        {
            return false;
        }

        if (word.Text.Length > 4 && word.Text.EndsWith("ing", StringComparison.Ordinal))
        {
            return true;
        }

        if (word.Text == "to")
        {
            return tokens.At(index + 1) is { } verb && TokenSpans.IsWord(verb) && LetterCase.NoUpper(verb.Text);
        }

        if (word.Text != "in")
        {
            return false;
        }

        for (var j = index + 1; j < tokens.Length && j <= index + MaxPurposeReach; j++)
        {
            if (WordClasses.CommentPurposeNouns.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "a move that", "a claim that", "a far more modest step which": one to MaxAppositiveWords words, then the relative word.
    private static bool OpensAppositive(ImmutableArray<Token> tokens, int index)
    {
        for (var j = index; j < tokens.Length && j <= index + MaxAppositiveWords; j++)
        {
            if (tokens[j].Text is "that" or "which")
            {
                return j > index;
            }

            if (!TokenSpans.IsWord(tokens[j]))
            {
                return false;
            }
        }

        return false;
    }
}
