using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Hedging;

/// <summary>
/// News: "survivors of what could be the Mediterranean's deadliest migrant tragedy", "highlights what may be a growing
/// threat", "support for what may amount to a new New Deal": "what" straight before the modal opens a free relative that
/// names a possibility the author puts forward, not an embedded question ("what we might do" has a subject between).
/// The gold labels every such modal before a copular verb and a noun phrase the author's hedge (hedges51: 6 author, 1
/// reported, 0 unlabelled over tune14-72 and fresh14-39), while class-modal-openers turns away every modal after "what".
/// </summary>
/// <remarks>
/// The verb (class-possibility-naming-verbs; "amount" only with "to"), past one adverb ("what may well be"), must take a
/// determiner (class-determiners: "a", "the", "its"), so "what might be called late-stage democracy" (borderline), "what
/// may be able to be controlled" and "what could be happier than" stay unread. A sentence-opening "What" asks
/// ("What could be worth that kind of trouble?").
/// </remarks>
internal static class NamedPossibility
{
    /// <summary>True when the modal at <paramref name="modalIndex"/> follows a mid-sentence "what" and names a possibility.</summary>
    public static bool Holds(ImmutableArray<Token> tokens, SentenceGrammar grammar, int modalIndex)
    {
        if (modalIndex < 2 || !tokens[modalIndex - 1].Is("what"))
        {
            return false;
        }

        var verb = modalIndex + 1;
        if (grammar.TagAt(verb) is PosTag.RB)
        {
            verb++;
        }

        if (tokens.At(verb) is not { IsWord: true } word || !WordClasses.PossibilityNamingVerbs.Contains(word.Text))
        {
            return false;
        }

        var complement = verb + 1;
        if (word.Is("amount"))
        {
            if (tokens.At(complement) is not { } to || !to.Is("to"))
            {
                return false;
            }

            complement++;
        }

        return tokens.At(complement) is { IsWord: true } head && WordClasses.Determiners.Contains(head.Text);
    }
}
