namespace DocLint.Grammar;

/// <summary>
/// Penn Treebank part-of-speech tags (docs/grammar.md lists them with examples). <see cref="None"/> marks "no tag",
/// for instance a token without a clitic.
/// </summary>
internal enum PosTag : byte
{
    None,
    CC,
    CD,
    DT,
    EX,
    FW,
    IN,
    JJ,
    JJR,
    JJS,
    LS,
    MD,
    NN,
    NNS,
    NNP,
    NNPS,
    PDT,
    POS,
    PRP,

    /// <summary>Possessive pronoun, Penn "PRP$".</summary>
    PRPS,
    RB,
    RBR,
    RBS,
    RP,
    SYM,
    TO,
    UH,
    VB,
    VBD,
    VBG,
    VBN,
    VBP,
    VBZ,
    WDT,
    WP,

    /// <summary>Possessive wh-pronoun, Penn "WP$".</summary>
    WPS,
    WRB,

    /// <summary>Currency sign, Penn "$".</summary>
    Dollar,

    /// <summary>Penn "#".</summary>
    Hash,

    /// <summary>Opening quotation mark, Penn "``".</summary>
    OpenQuote,

    /// <summary>Closing quotation mark, Penn "''".</summary>
    CloseQuote,

    /// <summary>Penn "-LRB-".</summary>
    LeftBracket,

    /// <summary>Penn "-RRB-".</summary>
    RightBracket,

    /// <summary>Penn ",".</summary>
    Comma,

    /// <summary>Sentence-final punctuation, Penn ".".</summary>
    Period,

    /// <summary>Colon, semicolon, dash, ellipsis, Penn ":".</summary>
    Colon,
}
