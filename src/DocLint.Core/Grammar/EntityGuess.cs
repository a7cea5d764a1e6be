namespace DocLint.Grammar;

internal enum EntityKind
{
    /// <summary>A capitalised name whose kind the cues do not tell (a person or a place, mostly).</summary>
    Name,

    /// <summary>A name after a title word ("Sen. Elizabeth Warren", "President Biden").</summary>
    Person,

    /// <summary>A name with an organisation word ("Department of Justice", "Acme Corp.") or an acronym ("FBI").</summary>
    Organization,

    /// <summary>A news outlet or agency ("Fox News", "The New York Times", "Reuters").</summary>
    Outlet,
}

/// <summary>
/// A guessed named entity as token indexes, [<see cref="Start"/>, <see cref="End"/>), with the cue that decided its
/// kind (the title, organisation word or outlet entry; "capitalised" or "acronym" otherwise).
/// </summary>
internal readonly record struct EntityGuess(EntityKind Kind, int Start, int Length, string Cue)
{
    public int End => Start + Length;

    public bool Contains(int tokenIndex) => tokenIndex >= Start && tokenIndex < End;
}
