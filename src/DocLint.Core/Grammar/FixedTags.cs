using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// Tags that follow from the token's kind and need no model: punctuation, quotes, symbols, numbers, URLs and
/// placeholders, and an organisation's acronym that spells a function word ("WHO") in mixed-case prose. The trainer applies the same table to its silver data, so the model never learns these.
/// </summary>
internal static class FixedTags
{
    /// <param name="acronyms">The sentence's acronyms standing as names (<see cref="SpelledAcronyms.In"/>), found once per sentence.</param>
    public static bool TryGet(ImmutableArray<Token> tokens, int i, SpelledAcronymNames acronyms, out PosTag tag)
    {
        var token = tokens[i];
        tag = token.Kind switch
        {
            TokenKind.Number => PosTag.CD,
            TokenKind.NumberWithSuffix => IsOrdinal(token.Text) ? PosTag.JJ : PosTag.CD,
            TokenKind.Quote => IsOpening(tokens, i) ? PosTag.OpenQuote : PosTag.CloseQuote,
            TokenKind.Punctuation => Punctuation(token.Text),
            TokenKind.Symbol => Symbol(token.Text),

            // A URL or an inline code span stands where a name would; so does "WHO" in mixed-case prose, which lowered
            // reads as the pronoun (SpelledAcronyms).
            TokenKind.Url or TokenKind.Placeholder => PosTag.NNP,
            TokenKind.Word when acronyms.Contains(i) => PosTag.NNP,
            _ => PosTag.None,
        };
        return tag != PosTag.None;
    }

    private static bool IsOrdinal(string text) =>
        text.EndsWith("st", StringComparison.OrdinalIgnoreCase) || text.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
        || text.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || text.EndsWith("th", StringComparison.OrdinalIgnoreCase);

    private static PosTag Punctuation(string text) => text switch
    {
        "," => PosTag.Comma,
        "." or "!" or "?" => PosTag.Period,
        "(" or "[" or "{" => PosTag.LeftBracket,
        ")" or "]" or "}" => PosTag.RightBracket,
        ":" or ";" or "-" or "\u2013" or "\u2014" or "\u2012" or "\u2015" or "..." or "\u2026" => PosTag.Colon,
        _ when Dashes.IsTyped(text) => PosTag.Colon,
        _ => PosTag.SYM,
    };

    private static PosTag Symbol(string text) => text switch
    {
        "$" or "\u20AC" or "\u00A3" or "\u00A5" => PosTag.Dollar,
        "#" => PosTag.Hash,

        // Penn tags the per-cent sign as a noun ("12 %" is a number and its unit) and the ampersand as a conjunction.
        "%" => PosTag.NN,
        "&" => PosTag.CC,
        _ => PosTag.SYM,
    };

    // Typographic quotes say their direction; a straight one opens when it is glued to the next token but not the previous.
    private static bool IsOpening(ImmutableArray<Token> tokens, int i)
    {
        var text = tokens[i].Text;
        if (text is "\u201C" or "\u2018" or "\u201E" or "\u201A" or "\u00AB")
        {
            return true;
        }

        if (text is "\u201D" or "\u2019" or "\u00BB")
        {
            return false;
        }

        var gluedToNext = i + 1 < tokens.Length && tokens[i + 1].Span.Start == tokens[i].Span.End;
        var gluedToPrevious = i > 0 && tokens[i - 1].Span.End == tokens[i].Span.Start;
        return gluedToNext && !gluedToPrevious;
    }
}
