using DocLint.Text;

namespace DocLint.Prose;

/// <summary>
/// A neighbour that may be missing is a <c>Token?</c> (<c>tokens.At(i)</c>); since <see cref="Token"/> became a struct
/// the rules' <c>next is not null &amp;&amp; next.Text …</c> reads its members through these, after their own null check.
/// Reading a missing token throws, as it did when tokens were objects.
/// </summary>
internal static class NullableToken
{
    extension(Token? token)
    {
        public TokenKind Kind => token!.Value.Kind;

        public string Text => token!.Value.Text;

        public TextSpan Span => token!.Value.Span;

        public bool IsWord => token!.Value.IsWord;

        public bool IsCapitalized => token!.Value.IsCapitalized;

        public bool Is(string text) => token!.Value.Is(text);
    }
}
