using DocLint.Prose;

namespace DocLint.Rules.Common;

/// <summary>
/// The punctuation that ends a phrase inside a sentence: a comma, a semicolon, a colon or a dash, and a dash is an em
/// dash, an en dash (" – ", the dash of British and much wire copy) or a typed "--". The readers that bound a phrase by
/// punctuation alone share this test, so that they agree on what a dash is; each adds only what its own unit needs
/// (an act noun's phrase also ends at a bracket, a hypothetical's condition keeps a bracketed aside and runs to the
/// sentence's end mark). A range's en dash ("2–4 years") is inside the figure, which these readers step around, not
/// over. <see cref="ClauseBreakReader"/> answers another question (where a new clause starts) and is not this.
/// </summary>
internal static class PhraseBreaks
{
    /// <summary>True for a comma, semicolon, colon or dash.</summary>
    public static bool EndsPhrase(Token token) => token.Text is "," or ";" or ":" || IsDash(token);

    /// <summary>True for an em dash, an en dash or a typed "--" or "---" (the tokenizer keeps a run of hyphens whole).</summary>
    public static bool IsDash(Token token) => token.Text == "\u2013" || Dashes.IsEmDash(token.Text);

    /// <summary>True for a round bracket, opening or closing.</summary>
    public static bool IsBracket(Token token) => token.Text is "(" or ")";

    /// <summary>True for a sentence's end mark: ".", "!" or "?".</summary>
    public static bool EndsSentence(Token token) => token.Text is "." or "!" or "?";
}
