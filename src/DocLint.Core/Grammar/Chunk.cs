namespace DocLint.Grammar;

internal enum ChunkKind
{
    /// <summary>A base noun phrase: determiner, modifiers and head noun ("the company's new shares", "nearly 900 households", "she").</summary>
    NounPhrase,

    /// <summary>A verb group: auxiliaries, modals, inner adverbs and the main verb ("could have been made", "did n't recover", "to rise").</summary>
    VerbGroup,
}

/// <summary>What a verb group's auxiliaries say about it.</summary>
[Flags]
internal enum VerbTraits
{
    None = 0,

    /// <summary>Has a modal ("may", "could", "'ll").</summary>
    Modal = 1,

    /// <summary>A form of "have" before a past participle ("could have made").</summary>
    Perfect = 2,

    /// <summary>A form of "be" before a past participle ("was reported").</summary>
    Passive = 4,

    /// <summary>A form of "be" before an -ing form ("is seeking").</summary>
    Progressive = 8,

    /// <summary>"not", "never" or "n't" inside the group.</summary>
    Negated = 16,

    /// <summary>Starts with "to" ("to rise").</summary>
    Infinitive = 32,

    /// <summary>Carries tense (a past or present form or a modal): it can head a clause.</summary>
    Finite = 64,
}

/// <summary>
/// A chunk of a sentence as token indexes: [<see cref="Start"/>, <see cref="End"/>), with the index of its head
/// (the last noun of a noun phrase, the main verb of a verb group).
/// </summary>
internal readonly record struct Chunk(ChunkKind Kind, int Start, int Length, int Head, VerbTraits Traits)
{
    public int End => Start + Length;

    public bool Contains(int tokenIndex) => tokenIndex >= Start && tokenIndex < End;
}
