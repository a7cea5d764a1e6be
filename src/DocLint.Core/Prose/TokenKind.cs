namespace DocLint.Prose;

// A byte, so that a token with its span stays 16 bytes (Token).
internal enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner apostrophes, hyphens or digits ("don't", "well-known", "COVID-19").</summary>
    Word,

    /// <summary>Digits with optional thousands separators or decimals ("12,400", "2.5").</summary>
    Number,

    /// <summary>A number with a letter suffix ("4th", "1990s", "10am", "5G").</summary>
    NumberWithSuffix,

    /// <summary>An abbreviation or initial that carries its own period ("Mr.", "U.S.", "e.g.", "J.").</summary>
    Abbreviation,

    Punctuation,

    Quote,

    /// <summary>Currency, percent and other symbols.</summary>
    Symbol,

    Url,

    /// <summary>Stands in for inline code, images and autolinks.</summary>
    Placeholder,
}
