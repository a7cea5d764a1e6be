using DocLint.Prose;
using DocLint.Text;

namespace DocLint.Rules.Common;

internal static class TokenSpans
{
    /// <summary>The block prose span from token <paramref name="start"/> to token <paramref name="end"/> (exclusive).</summary>
    public static TextSpan Of(IReadOnlyList<Token> tokens, int start, int end) =>
        TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);

    /// <summary>A word or an abbreviation ("U.S."): what a phrase of names and nouns is made of.</summary>
    public static bool IsWord(Token token) => token.Kind is TokenKind.Word or TokenKind.Abbreviation;

    public static string Lower(this Token token) => token.Text.ToLowerInvariant().Replace('\u2019', '\'');

    /// <summary>The lower-cased text of a neighbour the caller has checked is there.</summary>
    public static string Lower(this Token? token) => token!.Value.Lower();

    public static Token? At(this IReadOnlyList<Token> tokens, int index) =>
        index >= 0 && index < tokens.Count ? tokens[index] : null;
}
