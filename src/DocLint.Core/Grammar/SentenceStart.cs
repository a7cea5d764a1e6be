using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>Where a capital letter says nothing about names: the sentence's first token, or the first after an opening quote, colon, bracket or dash.</summary>
internal static class SentenceStart
{
    public static bool IsAt(ImmutableArray<Token> tokens, int i) =>
        i == 0 || tokens[i - 1].Kind == TokenKind.Quote || tokens[i - 1].Text is ":" or "(" || Dashes.IsEmDash(tokens[i - 1].Text);
}
