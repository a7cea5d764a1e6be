using DocLint.Text;

namespace DocLint.Prose;

/// <summary>A token with its span in its block's prose.</summary>
internal sealed record Token(TokenKind Kind, string Text, TextSpan Span)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public override string ToString() => $"{Kind} '{Text}' {Span}";
}
