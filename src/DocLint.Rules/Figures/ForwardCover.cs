using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Figures;

/// <summary>
/// Whether a named source in the sentence AFTER a figure covers it (guidelines section 4: a neighbour's source covers a
/// figure only when it "plainly covers it"). A source before the figure introduces what follows; one after it plainly
/// covers it only when its sentence points back at the figures ("Those figures come from the Census Bureau", "The
/// numbers, the CDC said, are preliminary", "…, according to the data"; class-figure-reference-nouns), or is a bare
/// source phrase ("That's according to Pew.", "That's per the CDC."). (A figure's sentence that hands over with a colon never has a next
/// sentence here: the segmenter does not end a sentence at a colon, and one ending its paragraph has no neighbour after
/// it in the paragraph.) A next sentence that states its own claim or figure with its source ("Mnuchin said he's eager
/// to …", "Since March, forces have killed more than 100 protesters, according to Human Rights Watch"), or a named
/// speaker's quotation continuing the paragraph, sources itself: the annotators label the figure before it (figures38:
/// of the 83 pool sentences the forward cover decided, 48 were labelled figures and 35 unlabelled, and none of either
/// pointed back).
/// </summary>
internal static class ForwardCover
{
    /// <summary>The most words between a pointer and its figure noun ("those revised figures").</summary>
    private const int MaxModifiers = 1;

    /// <summary>How far into a bare source sentence its preposition may stand ("That's according to", "This is per").</summary>
    private const int MaxSourceOnlyOffset = 3;

    public static bool Covers(SentenceSemantics next) =>
        next.HasNamedSourceForNeighbours && (PointsBack(next.Tokens) || IsBareSource(next));

    // A demonstrative or "the" before a figure noun, at most one word between: "those figures", "these revised numbers",
    // "the data". "The count of ballots rose to …" and "the data of" name a new measure, not the neighbour's figures.
    private static bool PointsBack(ImmutableArray<Token> tokens)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord || !WordClasses.FigureReferenceNouns.Contains(tokens[i].Text))
            {
                continue;
            }

            for (var j = i - 1; j >= Math.Max(0, i - 1 - MaxModifiers) && tokens[j].IsWord; j--)
            {
                if (WordClasses.Demonstratives.Contains(tokens[j].Text)
                    || (tokens[j].Is("the") && !(tokens.At(i + 1) is { } after && after.Is("of"))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "That's according to the CDC.", "This is according to a new Gallup report", "That's per the Labor Department.": a
    // demonstrative subject whose only predicate is the source. The attribution reader decides which prepositions
    // introduce a source (IsPrepositional), so the two never disagree (forward31).
    private static bool IsBareSource(SentenceSemantics next)
    {
        var tokens = next.Tokens;
        if (tokens.Length == 0 || !IsDemonstrative(tokens[0]))
        {
            return false;
        }

        foreach (var a in next.Attributions)
        {
            if (a.Kind == AttributionKind.Named && a.VerbStart <= MaxSourceOnlyOffset && AttributionReader.IsPrepositional(tokens, a))
            {
                return true;
            }
        }

        return false;
    }

    // "That", or "That's" as the tokenizer keeps it: one token, read through its host word.
    private static bool IsDemonstrative(Token token) => WordClasses.Demonstratives.Contains(Clitics.Host(token.Text));
}
