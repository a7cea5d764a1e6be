using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Sources;

/// <summary>
/// The writer told something by no one, with adverbs inside the passive: "We are breathlessly told", "we were
/// repeatedly told", "we have been constantly told" (the adverbs stand right before "told"; "I have often been told",
/// an adverb before "been", is not read). impersonal-attributions.txt lists the bare frames ("we are told", "I was
/// told", "we've been told") one form at a time; an adverb between the "be" and "told" took the frame out of the list
/// and the claim was read as the writer's own (guidelines 5: "we are told" is an unnamed source). Only the author's
/// pronouns (class-author-pronouns): "They were repeatedly told to leave" is an order given to others, not hearsay; and
/// not a negated telling (class-negations: "I was not told her name").
/// </summary>
internal static class UnheldTellings
{
    // How many adverbs may stand between the "be" and "told" ("are constantly and breathlessly" is past the reading).
    private const int MaxAdverbs = 2;

    /// <summary>Each frame's token span, from the pronoun to "told", in the order of the sentence; only frames with at
    /// least one adverb inside (the bare frames are the lexicon's).</summary>
    public static IEnumerable<(int Start, int End)> In(ImmutableArray<Token> tokens, SentenceGrammar grammar)
    {
        for (var i = 3; i < tokens.Length; i++)
        {
            if (!tokens[i].Is("told") || (i + 1 < tokens.Length && tokens[i + 1].Is("by")))
            {
                continue;
            }

            var index = i - 1;
            // "I was not told her name", "we were never told why": a negated telling passes on nothing.
            var negated = false;
            while (index > 0 && i - index <= MaxAdverbs && grammar.TagAt(index).IsAdverb() && !tokens[index].Is("been"))
            {
                negated |= WordClasses.Negations.Contains(tokens[index].Text);
                index--;
            }

            if (negated)
            {
                continue;
            }

            if (index == i - 1 || index < 1)
            {
                continue;
            }

            // "we are …", "I was …", or the perfect "we have (adverbs) been …"/"we've been (adverbs) …".
            var be = index;
            if (tokens[be].Is("been") && be > 1 && GrammarLexicons.Default.FormsOfHave.Contains(tokens[be - 1].Text))
            {
                be--;
            }
            else if (!(WordClasses.FiniteBeForms.Contains(tokens[be].Text) || tokens[be].Is("am")))
            {
                continue;
            }

            if (WordClasses.AuthorPronouns.Contains(tokens[be - 1].Text))
            {
                yield return (be - 1, i + 1);
            }
        }
    }
}
