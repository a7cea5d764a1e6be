using DocLint.Text;

namespace DocLint.Prose;

/// <summary>
/// A token with its span in its block's prose. A struct: a document has about one token per five characters, and as
/// objects they were a third of a large document's memory (a header and a reference each, besides the fields).
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, TextSpan Span)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public override string ToString() => $"{Kind} '{Text}' {Span}";
}
