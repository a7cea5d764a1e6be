using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>Where a capital letter says nothing about names: the sentence's first token, or the first after an opening quote, colon, bracket or dash.</summary>
internal static class SentenceStart
{
    /// <remarks>
    /// Asked for every word the tagger's model reads (its shape feature), so the previous token's text is compared only
    /// when it is as short as the marks (a dash's <see cref="Dashes.MaxLength"/> is the longest; ":" and "(" are
    /// shorter): a word before, the common case, costs one length test instead of four string comparisons (issue 11).
    /// </remarks>
    public static bool IsAt(ImmutableArray<Token> tokens, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var previous = tokens[i - 1];
        return previous.Kind == TokenKind.Quote
            || (previous.Text.Length <= Dashes.MaxLength && (previous.Text is ":" or "(" || Dashes.IsEmDash(previous.Text)));
    }
}
