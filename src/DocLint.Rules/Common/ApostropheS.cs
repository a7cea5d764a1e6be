namespace DocLint.Rules.Common;

/// <summary>
/// The clitic "'s" (a possessive, or "is"/"has") and a possessive's bare apostrophe, in both spellings, straight and curly.
/// The tokenizer makes a word's curly apostrophe straight, but a lone "\u2019" stays as written and raw text (a speaker's
/// label) keeps its curly ones; each test takes both spellings, so that no reader writes the pair out on its own (mend43).
/// </summary>
internal static class ApostropheS
{
    /// <summary>The clitic as a token of its own: "'s" or "\u2019s".</summary>
    public static bool IsClitic(string text) => text is "'s" or "\u2019s";

    /// <summary>The clitic or a bare apostrophe after a word, a possessive's mark ("six months' jail", "13 years' worth").</summary>
    public static bool IsPossessiveMark(string text) => text is "'" or "\u2019" || IsClitic(text);

    /// <summary>
    /// A word ending in the clitic: case as written by default ("That's", "it's"; not "IT'S"), any case with
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> (a possessive's owner, "TRUMP'S": Semantics.Possessives).
    /// </summary>
    public static bool EndsWithClitic(string text, StringComparison comparison = StringComparison.Ordinal) =>
        text.EndsWith("'s", comparison) || text.EndsWith("\u2019s", comparison);

    /// <summary>Text holding the clitic anywhere, any case ("Trump's First Year:", "TRUMP'S").</summary>
    public static bool HoldsClitic(string text) =>
        text.Contains("'s", StringComparison.OrdinalIgnoreCase) || text.Contains("\u2019s", StringComparison.OrdinalIgnoreCase);
}
