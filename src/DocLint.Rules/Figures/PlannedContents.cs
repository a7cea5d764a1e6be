using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A figure in the infinitive a plan takes: "Foxconn walked away from a plan to invest $5 billion", "the Pentagon
/// settled on a plan to send about 3,800 additional troops", "Bloomberg's plan to spend $12 million", "a bill to reopen
/// the government and fund it for three weeks". What a plan would do is the plan's content, and the guidelines leave
/// the content of a proposal to its actor (section 4); the pool and fresh14-44 leave such figures unlabelled (figures75:
/// 18 unlabelled, 3 labelled, 5 borderline, the labelled three a definite count or a round magnitude). The plan's actor
/// is the sentence's subject or the plan's owner, which the attribution reader does not read as a source. Still
/// reported: a definite figure, a thing in the world the plan acts on ("his plan to deport the 11 million
/// undocumented immigrants"), a round magnitude, the author's estimate ("a plan to rescind protections for hundreds of
/// thousands of Dreamers"), a plan that opens the sentence with "A" and so has no actor in view ("A plan to spend $2
/// trillion drew criticism"), and anything past a comma, dash, bracket, relative word or finite verb ("The Pope's plan
/// to celebrate Mass is expected to draw hundreds of thousands").
/// </summary>
internal static class PlannedContents
{
    /// <summary>The most tokens between the figure and the plan's "to" ("to reopen the government and fund it for three").</summary>
    private const int MaxDistance = 12;

    /// <summary>The most words between an opening "A" and the plan noun ("A bipartisan Senate plan").</summary>
    private const int MaxOpenerModifiers = 3;

    /// <summary>True when the figure stands in the infinitive clause of a plan noun, its content.</summary>
    public static bool IsPlanned(ImmutableArray<Token> tokens, Figure figure, Func<SentenceGrammar> grammar)
    {
        if (tokens.At(figure.Start - 1) is { } before && before.Is("the"))
        {
            return false;
        }

        if (figure.End - figure.Start == 1 && WordClasses.RoundMagnitudes.Contains(tokens[figure.Start].Text))
        {
            return false;
        }

        // The words alone rule out most figures, so the sentence's grammar is asked for only when a plan noun's "to" is near.
        if (!HasPlanWords(tokens, figure.Start))
        {
            return false;
        }

        var reading = grammar();
        for (var i = figure.Start - 1; i >= Math.Max(1, figure.Start - MaxDistance); i--)
        {
            var token = tokens[i];
            if (PhraseBreaks.EndsPhrase(token) || PhraseBreaks.IsBracket(token) || reading.TagAt(i) is PosTag.WDT or PosTag.WP or PosTag.WRB)
            {
                return false;
            }

            // A common noun: "The Pentagon already plans to cut …" is a verb where the tagger reads it so.
            if (IsPlanTo(tokens, i) && reading.TagAt(i - 1) is PosTag.NN or PosTag.NNS && InfinitiveVerb(reading, i + 1, figure.Start) is var verb and >= 0)
            {
                // "The plan to hold Mass at the border drew 200,000 pilgrims": a finite verb after the infinitive's opens the
                // sentence's own claim.
                return !ListedCounts.HasFiniteVerb(reading, verb + 1, figure.Start) && !OpensSentenceUnowned(tokens, i - 1);
            }
        }

        return false;
    }

    // A plan noun's "to" between the figure and the nearest break before it, read from the words alone.
    private static bool HasPlanWords(ImmutableArray<Token> tokens, int figureStart)
    {
        for (var i = figureStart - 1; i >= Math.Max(1, figureStart - MaxDistance); i--)
        {
            if (PhraseBreaks.EndsPhrase(tokens[i]) || PhraseBreaks.IsBracket(tokens[i]))
            {
                return false;
            }

            if (IsPlanTo(tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    // Lower case only: "allowing Bill to use his plane some 26 times" names a man.
    private static bool IsPlanTo(ImmutableArray<Token> tokens, int index) =>
        tokens[index].Is("to") && tokens[index - 1].IsWord && !tokens[index - 1].IsCapitalized && WordClasses.PlanNouns.Contains(tokens[index - 1].Text);

    // The infinitive's verb straight after "to", before the figure; -1 when none. A split infinitive ("to
    // incrementally increase") is not read: the tagger reads neither word there reliably.
    private static int InfinitiveVerb(SentenceGrammar reading, int start, int figureStart) =>
        start < figureStart && reading.TagAt(start) is PosTag.VB ? start : -1;

    // "A plan to spend $2 trillion drew criticism": an indefinite plan opening the sentence has no actor in view.
    private static bool OpensSentenceUnowned(ImmutableArray<Token> tokens, int noun)
    {
        if (noun > MaxOpenerModifiers + 1 || !(tokens[0].Text is "A" or "An"))
        {
            return false;
        }

        for (var i = 1; i < noun; i++)
        {
            if (!tokens[i].IsWord)
            {
                return false;
            }
        }

        return true;
    }
}
