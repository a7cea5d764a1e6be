using DocLint.Grammar;

namespace DocLint.Rules.Common;

/// <summary>
/// The capitalised words that make no name (class-not-names: "Who", "It", "According"), read case-blind, except an
/// organisation's acronym in capitals that spells one of them ("according to WHO"): the grammar layer tags that a
/// proper noun (SpelledAcronyms), and every name test of the rules reads it as this class says.
/// </summary>
internal sealed class NotNameWords(WordClass words)
{
    public bool Contains(string text) => !SpelledAcronyms.IsSpelled(text) && words.Contains(text);
}
