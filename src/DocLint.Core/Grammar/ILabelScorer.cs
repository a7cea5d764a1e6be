using System.Collections.Immutable;

namespace DocLint.Grammar;

/// <summary>What the greedy decoder asks of a model: the tagger's stored weights, or the trainer's weights while it learns.</summary>
internal interface ILabelScorer
{
    ImmutableArray<PosLabel> Labels { get; }

    /// <summary>The label index of a word the tag dictionary is sure about, or -1.</summary>
    int DictionaryLabel(ulong word);

    /// <summary>The label index for position <paramref name="position"/> given its feature keys.</summary>
    int Choose(int position, ReadOnlySpan<ulong> keys, Span<float> scores);
}
