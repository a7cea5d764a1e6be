using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>Words that make what follows someone's: "his", "their", "whose", "the agency's", "Gallup's".</summary>
internal static class Possessives
{
    /// <summary>A word ending in the possessive "'s" (straight or curly apostrophe), the tokenizer keeping it attached.</summary>
    public static bool EndsWithPossessive(string text) =>
        text.Length > 2 && (text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || text.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase));

    /// <summary>A possessive determiner ("his", "their", "whose") or a name with "'s".</summary>
    public static bool IsPossessive(Token token) =>
        token.IsWord && (WordClasses.PossessiveDeterminers.Contains(token.Lower()) || EndsWithPossessive(token.Text));
}
