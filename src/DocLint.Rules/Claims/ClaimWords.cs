using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Claims;

/// <summary>
/// Word tests the claim reader makes for every sentence, answered without a lowered copy of the word when it is ASCII
/// (the case-insensitive comparison then means what <see cref="TokenSpans.Lower(Token)"/> followed by an exact one does);
/// any other word is lowered as before, so the answer is the same for every word.
/// </summary>
internal static class ClaimWords
{
    /// <summary>The word, lower-cased, is one of <paramref name="words"/> (each given in lower case).</summary>
    public static bool LowerIs(Token token, params ReadOnlySpan<string> words)
    {
        var ascii = System.Text.Ascii.IsValid(token.Text);
        var lower = ascii ? null : token.Lower();
        foreach (var word in words)
        {
            if (ascii ? string.Equals(token.Text, word, StringComparison.OrdinalIgnoreCase) : lower == word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word, lower-cased, is in a case-insensitive word class.</summary>
    public static bool LowerIn(WordClass words, Token token) =>
        words.Contains(System.Text.Ascii.IsValid(token.Text) ? token.Text : token.Lower());
}
