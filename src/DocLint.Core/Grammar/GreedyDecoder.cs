using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// Tags a sentence left to right, each choice seeing the two labels before it: fixed tags first, then the tag
/// dictionary, then the model. One loop for tagging and for training, so both see the same features.
/// </summary>
internal static class GreedyDecoder
{
    // Stands for "before the sentence" in the previous-label features; no real label has this code.
    private const int StartCode = 0xFFF;

    public static void Decode(ImmutableArray<Token> tokens, ILabelScorer scorer, Span<PosLabel> output)
    {
        using var features = new SentenceFeatures(tokens);
        Span<ulong> keys = stackalloc ulong[SentenceFeatures.Count];
        Span<float> scores = stackalloc float[scorer.Labels.Length];
        var previous = StartCode;
        var beforePrevious = StartCode;
        for (var i = 0; i < tokens.Length; i++)
        {
            PosLabel label;
            if (FixedTags.TryGet(tokens, i, out var fixedTag))
            {
                label = new PosLabel(fixedTag, PosTag.None);
            }
            else
            {
                var index = scorer.DictionaryLabel(SentenceFeatures.DictionaryKey(tokens[i]));
                if (index < 0)
                {
                    features.Fill(keys, i, previous, beforePrevious);
                    index = scorer.Choose(i, keys, scores);
                }

                label = scorer.Labels[index];
            }

            output[i] = label;
            beforePrevious = previous;
            previous = label.Code;
        }
    }
}
