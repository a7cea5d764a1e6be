using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Hedging;

/// <summary>
/// A listed entry headed by a supposition noun ("the possibility that", "hypothesis that"; class-supposition-nouns)
/// hedges only where the sentence states the possibility: after an existential "there" or a copula ("There's also the
/// possibility that the president knows …", "it is a distinct possibility that", "One issue … is the possibility that")
/// or a verb that keeps it open ("This leaves open the possibility that …", class-supposition-keeping-words). Elsewhere
/// the noun is what someone tests, fears or rules out ("To test the hypothesis that the web is …", "concerned about the
/// possibility that …", "a possibility that has started to sink in"), and the gold leaves it unlabelled (hedges60).
/// </summary>
internal static class SuppositionEntries
{
    /// <summary>The most fillers between the stating word and the noun: "also the real", "a very distinct".</summary>
    private const int MaxFillers = 4;

    /// <summary>True when the match is a supposition-noun entry that nothing in its clause states.</summary>
    public static bool IsNamedSupposition(ImmutableArray<Token> tokens, SentenceGrammar grammar, LexiconMatch match)
    {
        var noun = match.Start;
        if (tokens[noun].Is("the") && match.Length > 1)
        {
            noun++;
        }

        return WordClasses.SuppositionNouns.Contains(tokens[noun].Text) && !IsStated(tokens, grammar, match.Start, noun);
    }

    // Back from the noun over determiners, adjectives and adverbs to the word that states it. A negation ("is not a
    // possibility", "there is no possibility") denies the guess, and a modal before the copula ("there would have been a
    // distinct possibility") makes it counterfactual.
    private static bool IsStated(ImmutableArray<Token> tokens, SentenceGrammar grammar, int start, int noun)
    {
        var k = noun - 1;
        for (var fillers = 0; k >= 0 && fillers <= MaxFillers; fillers++, k--)
        {
            var token = tokens[k];
            if (Negators.IsNegator(token))
            {
                return false;
            }

            if (WordClasses.ExistentialSubjects.Contains(token.Text) || WordClasses.SuppositionKeepingWords.Contains(token.Text))
            {
                return true;
            }

            if (WordClasses.BeVerbs.Contains(token.Text))
            {
                return !IsModalised(grammar, k);
            }

            // The entry's own "the" is a filler too.
            var tag = grammar.TagAt(k);
            if (!(k >= start || WordClasses.Determiners.Contains(token.Text) || tag.IsAdjective() || tag.IsAdverb()))
            {
                return false;
            }
        }

        return false;
    }

    // "would have been", "could be": a modal up to two words before the copula.
    private static bool IsModalised(SentenceGrammar grammar, int copula) =>
        (copula >= 1 && grammar.TagAt(copula - 1) is PosTag.MD) || (copula >= 2 && grammar.TagAt(copula - 2) is PosTag.MD);
}
