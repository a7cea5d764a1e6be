using System.Collections.Immutable;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Certainty;

/// <summary>
/// Reads the copular certainty frame that closes its clause: a subject, a present "is" or "are"
/// (class-certainty-predicate-copulas), degree words (class-certainty-frame-degrees), an adjective of evidence
/// (class-certainty-frame-heads), perhaps "and" a second one, then a colon or the sentence's end: "Two things are
/// obvious:", "The fact that the results can be manipulated is plain.", "the law and the rules are clear and
/// indisputable:", "some of the collateral benefits are undeniable." The author declares the matter settled instead
/// of showing it (certainty45). The list held "is clear:" and its degree wordings one by one; the plural, the other
/// adjectives and the sentence's end are read here. The past ("was clear:") narrates what was plain at the time, as
/// for the impersonal frame, and does not read; nor does an adjective that goes on to a complement ("is clear about",
/// "is obvious to"), which the colon or the end rules out.
/// </summary>
internal static class PredicativeCertaintyFrame
{
    // "are now very clear": two words inside are the most seen; three leaves room.
    private const int MaxInside = 3;

    // The copulas as one lexicon: the analyzer asks EndAt only at a token it marks, where it asked the class of every
    // token (RuleLexicons.WordsOf; every entry ASCII, so the marks and the case-blind class agree, StartWordGatesTests).
    private static readonly Lazy<Lexicon> CopulaWordsLazy = RuleLexicons.WordsOf("certainty-predicate-copula-words", static () => WordClasses.CertaintyPredicateCopulas);

    /// <summary>Every word of class-certainty-predicate-copulas, a lexicon of one-word entries in <see cref="RuleLexiconSet"/>.</summary>
    internal static Lexicon CopulaWords => CopulaWordsLazy.Value;

    /// <summary>The frame's end (exclusive, before the closing mark) when its copula is at <paramref name="start"/>; otherwise -1.</summary>
    public static int EndAt(ImmutableArray<Token> tokens, int start)
    {
        // A subject must stand before the copula: "Is it clear?" asks.
        if (start == 0 || !tokens[start - 1].IsWord || !WordClasses.CertaintyPredicateCopulas.Contains(tokens[start].Text))
        {
            return -1;
        }

        var i = start + 1;
        for (var inside = 0; i < tokens.Length && inside < MaxInside && WordClasses.CertaintyFrameDegrees.Contains(tokens[i].Text); inside++)
        {
            i++;
        }

        if (i >= tokens.Length || !WordClasses.CertaintyFrameHeads.Contains(tokens[i].Text))
        {
            return -1;
        }

        var end = i + 1;

        // "clear and indisputable:": a second adjective of evidence joined to the first.
        if (tokens.At(end) is { IsWord: true } joiner && joiner.Is("and")
            && tokens.At(end + 1) is { IsWord: true } second && WordClasses.CertaintyFrameHeads.Contains(second.Text))
        {
            end += 2;
        }

        var closing = tokens.At(end);
        return closing is null || closing.Kind == TokenKind.Punctuation && closing.Text is ":" or "." or "!" ? end : -1;
    }

    /// <summary>
    /// True when the frame's clause is a time or a condition ("before the true implications of the ruling are clear",
    /// "once the consequences are clear"): the clarity is awaited or supposed, not claimed. The clause runs back to the
    /// last punctuation mark.
    /// </summary>
    public static bool IsAwaited(ImmutableArray<Token> tokens, int start)
    {
        for (var i = PunctuatedClause.StartOf(tokens, start); i < start; i++)
        {
            if (WordClasses.AwaitedClauseOpeners.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }
}
