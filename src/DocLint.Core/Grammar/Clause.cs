namespace DocLint.Grammar;

internal enum ClauseKind
{
    /// <summary>The sentence's main clause, or its resumption after an embedded clause.</summary>
    Main,

    /// <summary>Opened by a subordinating conjunction or a wh-adverb ("that", "because", "when").</summary>
    Subordinate,

    /// <summary>Opened by a relative pronoun ("which", "who", "whose").</summary>
    Relative,

    /// <summary>Joined by a coordinating conjunction or a semicolon, with a verb of its own ("…, and officials said …").</summary>
    Coordinate,
}

/// <summary>
/// A flat clause segment as token indexes, [<see cref="Start"/>, <see cref="End"/>), with the token that opens it
/// (-1 for the first clause). Segments cover the sentence without gaps or overlaps.
/// </summary>
internal readonly record struct Clause(ClauseKind Kind, int Start, int Length, int Introducer)
{
    public int End => Start + Length;

    public bool Contains(int tokenIndex) => tokenIndex >= Start && tokenIndex < End;
}
