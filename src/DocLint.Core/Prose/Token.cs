using DocLint.Text;

namespace DocLint.Prose;

/// <summary>
/// A token with its span in its block's prose. A struct: a document has about one token per five characters, and as
/// objects they were a third of a large document's memory (a header and a reference each, besides the fields). The
/// span is as long as the text but for the soft hyphens the tokenizer takes out of a word, so only its start and
/// their count are stored: 16 bytes a token.
/// </summary>
internal readonly record struct Token
{
    private readonly int _start;

    // The soft hyphens (U+00AD) of the span that the text leaves out: a page's hyphenation hints ("per\u00ADcent"),
    // which no reader of the word should see, while the span still covers them.
    private readonly ushort _folded;

    public Token(TokenKind kind, string text, TextSpan span)
        : this(kind, text, span, folded: 0)
    {
    }

    /// <param name="folded">How many characters of <paramref name="span"/> the text leaves out (a word's soft hyphens).</param>
    public Token(TokenKind kind, string text, TextSpan span, int folded)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (folded is < 0 or > ushort.MaxValue || span.Length != text.Length + folded)
        {
            throw new ArgumentException($"A token's span ({span}) is as long as its text ('{text}') and the {folded} characters it leaves out.", nameof(span));
        }

        Kind = kind;
        Text = text;
        _start = span.Start;
        _folded = (ushort)folded;
    }

    public TokenKind Kind { get; }

    /// <summary>The text as written, but for a word's typographic apostrophe, which the tokenizer makes straight, and its
    /// soft hyphens, which it takes out.</summary>
    public string Text { get; }

    public TextSpan Span => new(_start, Text.Length + _folded);

    public bool IsWord => Kind == TokenKind.Word;

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public override string ToString() => $"{Kind} '{Text}' {Span}";
}
