using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>Whose possessive determiners <see cref="Possessives.IsPossessive"/> counts.</summary>
internal enum PossessiveOwners
{
    /// <summary>An owner the story names: "his", "their", "whose" (class-possessive-determiners.txt) and "the agency's".</summary>
    Named,

    /// <summary>Any owner, the author and the reader too: "our", "my", "your" (class-personal-possessives.txt) as well.</summary>
    AnyPerson,
}

/// <summary>
/// Words that make what follows someone's: "his", "their", "whose", "the agency's", "Gallup's". The one reading of a
/// possessive every rule uses; the figure finder also counts "our"/"my"/"your" (<see cref="PossessiveOwners.AnyPerson"/>).
/// </summary>
internal static class Possessives
{
    /// <summary>
    /// A word ending in the possessive "'s" (any case; the tokenizer keeps it attached and makes a curly apostrophe straight).
    /// The clitic's test is <see cref="ApostropheS.EndsWithClitic"/>'s, any case, which takes "\u2019s" too: every caller
    /// passes a token's text, and no token longer than one character keeps a curly apostrophe, so the straight test and
    /// the pair answer alike (mend44). A bare "'s" token has no owner in it and is not one. A subject contraction ("he's",
    /// "it's", "that's": class-subject-contractions.txt) is a subject and "is"/"has", never an owner: "it's 60 percent" states a figure,
    /// and the verb after "he's" is a perfect tense that AttributionReader reads as it reads "he has said". Nor is "let's"
    /// or "here's" (class-non-possessive-contractions.txt): "Let's say" is an imperative, not a noun "say" of Let's.
    /// </summary>
    public static bool EndsWithPossessive(string text) =>
        text.Length > 2 && ApostropheS.EndsWithClitic(text, StringComparison.OrdinalIgnoreCase)
        && !WordClasses.SubjectContractions.Contains(text) && !WordClasses.NonPossessiveContractions.Contains(text);

    /// <summary>A possessive determiner of <paramref name="owners"/> ("his", "their", "whose").</summary>
    public static bool IsDeterminer(Token token, PossessiveOwners owners = PossessiveOwners.Named) =>
        token.IsWord && (WordClasses.PossessiveDeterminers.Contains(token.Text)
            || (owners == PossessiveOwners.AnyPerson && WordClasses.PersonalPossessives.Contains(token.Text)));

    /// <summary>A possessive determiner of <paramref name="owners"/> or a name with "'s".</summary>
    public static bool IsPossessive(Token token, PossessiveOwners owners = PossessiveOwners.Named) =>
        IsDeterminer(token, owners) || (token.IsWord && EndsWithPossessive(token.Text));
}
