using DocLint.Text;

namespace DocLint.Prose;

/// <summary>
/// A token with its span in its block's prose. A struct: a document has about one token per five characters, and as
/// objects they were a third of a large document's memory (a header and a reference each, besides the fields). The
/// span is as long as the text, so only its start is stored: 16 bytes a token.
/// </summary>
internal readonly record struct Token
{
    private readonly int _start;

    public Token(TokenKind kind, string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (span.Length != text.Length)
        {
            throw new ArgumentException($"A token's span ({span}) is as long as its text ('{text}').", nameof(span));
        }

        Kind = kind;
        Text = text;
        _start = span.Start;
    }

    public TokenKind Kind { get; }

    /// <summary>The text as written, but for a word's typographic apostrophe, which the tokenizer makes straight.</summary>
    public string Text { get; }

    public TextSpan Span => new(_start, Text.Length);

    public bool IsWord => Kind == TokenKind.Word;

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public override string ToString() => $"{Kind} '{Text}' {Span}";
}
