using DocLint.Grammar;
using DocLint.Prose;

namespace DocLint.Rules.Common;

/// <summary>
/// A reader's literal test for a function word that an organisation's acronym spells ("who", "it"): "WHO" and "IT" in
/// capitals are the names (SpelledAcronyms, as the tagger's fixed tag and every word class read them), so "a WHO
/// source said" is not a relative clause and "IT staff" is no pronoun.
/// </summary>
internal static class FunctionWords
{
    /// <summary>The token is <paramref name="word"/> (case-blind) and not an acronym in capitals that spells it.</summary>
    public static bool Is(Token token, string word) => token.Is(word) && !SpelledAcronyms.IsSpelled(token.Text);

    /// <summary>
    /// The token's lower-cased text, or null for an acronym in capitals that spells a function word: it is no word at
    /// all to these tests, so no pattern (`is "who"`) and no class matches it.
    /// </summary>
    public static string? Lower(Token token) => SpelledAcronyms.IsSpelled(token.Text) ? null : token.Lower();
}
