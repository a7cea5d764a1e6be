using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// Tags a sentence left to right, each choice seeing the two labels before it: fixed tags first, then the tag
/// dictionary, then the model. One loop for tagging and for training, so both see the same features.
/// </summary>
internal static class GreedyDecoder
{
    /// <summary>Stands for "before the sentence" in the previous-label features; no real label has this code.</summary>
    internal const int StartCode = 0xFFF;

    public static void Decode(ImmutableArray<Token> tokens, ILabelScorer scorer, Span<PosLabel> output)
    {
        using var features = new SentenceFeatures(tokens);
        Span<ulong> keys = stackalloc ulong[SentenceFeatures.Count];
        Span<float> scores = stackalloc float[scorer.Labels.Length];
        var previous = StartCode;
        var beforePrevious = StartCode;
        var acronyms = SpelledAcronyms.In(tokens);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!TrySettle(tokens, i, scorer, acronyms, out var label))
            {
                features.Fill(keys, i, previous, beforePrevious);
                label = scorer.Labels[scorer.Choose(i, keys, scores)];
            }

            output[i] = label;
            beforePrevious = previous;
            previous = label.Code;
        }
    }

    /// <summary>
    /// The label of position <paramref name="i"/> when its token settles it without the model: a fixed tag (which
    /// reads only the token, or for a straight quotation mark its spacing against its neighbours, for "WHO" the sentence's
    /// letter case: tokens, never labels) or the tag
    /// dictionary's (the exact spelling). Both decoders give such a position this label whatever the labels around it,
    /// so a caller that needs only these positions' tags can take them without tagging the sentence.
    /// <paramref name="acronyms"/> is the sentence's <see cref="SpelledAcronyms.In"/>, found once by the caller.
    /// </summary>
    public static bool TrySettle(ImmutableArray<Token> tokens, int i, ILabelScorer scorer, SpelledAcronymNames acronyms, out PosLabel label)
    {
        if (FixedTags.TryGet(tokens, i, acronyms, out var fixedTag))
        {
            label = new PosLabel(fixedTag, PosTag.None);
            return true;
        }

        var index = scorer.DictionaryLabel(SentenceFeatures.DictionaryKey(tokens[i]));
        label = index >= 0 ? scorer.Labels[index] : default;
        return index >= 0;
    }

    /// <summary>
    /// The same tagging as <see cref="Decode(ImmutableArray{Token}, ILabelScorer, Span{PosLabel})"/> with the stored
    /// model, in passes: the fixed and dictionary labels first; then, for every position the model decides, the votes of the eleven features of the
    /// words around it, all looked up at once so their cache misses overlap, with the two that pair the previous label
    /// with a word when that label is already known (the sentence start, or a fixed or dictionary label); then left to
    /// right the bias and the previous labels' features as one precomputed sum (<see cref="LabelContextVotes"/>), and
    /// the two label-and-word features of a position after one the model decides. Votes are integers, so the sums, and
    /// the labels, are the same.
    /// </summary>
    public static void Decode(ImmutableArray<Token> tokens, PerceptronModel model, LabelContextVotes context, Span<PosLabel> output) =>
        Decode(tokens, model, context, output, 0, tokens.Length, new SettledLabels(tokens, model));

    /// <summary>
    /// The labels of positions [<paramref name="from"/>, <paramref name="to"/>) exactly as the whole sentence's decode
    /// gives them, when <paramref name="output"/> already holds those before <paramref name="from"/>: a position's keys
    /// read the words two either side of it (the whole sentence's tokens are at hand) and the two labels before it, so
    /// resuming from a decoded prefix with those labels adds the same integer votes, and no position after
    /// <paramref name="to"/> is needed for any before it. Lets a sentence's grammar tag only as far as its readers ask;
    /// the positions' fixed and dictionary labels are read from the sentence's <paramref name="settled"/>, which asks
    /// each token once whoever asks first (a growth, the grammar's settled labels, a rule's reader).
    /// </summary>
    [SkipLocalsInit]
    public static void Decode(
        ImmutableArray<Token> tokens, PerceptronModel model, LabelContextVotes context, Span<PosLabel> output, int from, int to, SettledLabels settled)
    {
        var labelCount = model.Labels.Length;
        var length = tokens.Length;

        // Positions up to this many keep their row numbers on the stack.
        const int StackTokens = 256;

        // The row of each position the model decides in the totals, or -1 for a fixed or dictionary label.
        Span<int> rowOf = length <= StackTokens ? stackalloc int[length] : new int[length];
        var rows = 0;
        // Outside the range, -1: the positions before it are decoded already and those after it are not read.
        rowOf[..from].Fill(-1);
        rowOf[to..].Fill(-1);
        for (var i = from; i < to; i++)
        {
            rowOf[i] = settled.TryGet(i, out output[i]) ? -1 : rows++;
        }

        // Every label settled (a short sentence of common words): nothing for the model, so no features either.
        if (rows == 0)
        {
            return;
        }

        // Only the words around the positions the model decides are hashed: their keys are all the model reads.
        using var features = new SentenceFeatures(tokens, rowOf);
        var totals = ArrayPool<int>.Shared.Rent(Math.Max(1, rows * labelCount));
        try
        {
            // Most positions the model decides follow a word that settles its own label (three tokens in four do), so
            // their label-and-word keys are known here and join this pass's look-ups; in the left-to-right pass each
            // such look-up waited for the label before it, one cache miss after another.
            Span<ulong> keys = stackalloc ulong[SentenceFeatures.StaticCount + SentenceFeatures.DynamicCount];
            for (var i = from; i < to; i++)
            {
                if (rowOf[i] >= 0)
                {
                    var position = totals.AsSpan(rowOf[i] * labelCount, labelCount);
                    position.Clear();
                    features.FillStatic(keys, i);
                    var count = SentenceFeatures.StaticCount;
                    if (i == 0 || rowOf[i - 1] < 0)
                    {
                        features.FillDynamic(keys[count..], i, i == 0 ? StartCode : output[i - 1].Code);
                        count += SentenceFeatures.DynamicCount;
                    }

                    model.AddVotes(keys[..count], position);
                }
            }

            var previous = from > 0 ? output[from - 1].Code : StartCode;
            var beforePrevious = from > 1 ? output[from - 2].Code : StartCode;
            keys = keys[..SentenceFeatures.DynamicCount];
            for (var i = from; i < to; i++)
            {
                if (rowOf[i] >= 0)
                {
                    var position = totals.AsSpan(rowOf[i] * labelCount, labelCount);
                    context.AddTo(position, previous, beforePrevious);
                    if (i > 0 && rowOf[i - 1] >= 0)
                    {
                        features.FillDynamic(keys, i, previous);
                        model.AddVotes(keys, position);
                    }

                    output[i] = model.Labels[PerceptronModel.Best(position)];
                }

                beforePrevious = previous;
                previous = output[i].Code;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(totals);
        }
    }
}
