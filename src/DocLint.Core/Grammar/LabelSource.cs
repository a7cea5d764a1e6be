using System.Collections.Immutable;

namespace DocLint.Grammar;

/// <summary>
/// A sentence's labels as the chunker reads them, by position: all of them at hand (<see cref="TaggedLabels"/>), or
/// tagged on request as far as the reading asks (<see cref="GrowingLabels"/>). The chunker is generic over a struct
/// source, so each reading is compiled for its own kind with no call through an interface.
/// </summary>
internal interface ILabelSource
{
    /// <summary>How many tokens the sentence has (every one has a label, tagged or not yet).</summary>
    int Length { get; }

    PosLabel this[int index] { get; }
}

/// <summary>Labels already tagged, every one of them.</summary>
internal readonly struct TaggedLabels(ImmutableArray<PosLabel> labels) : ILabelSource
{
    public int Length => labels.Length;

    public PosLabel this[int index] => labels[index];
}

/// <summary>A sentence's labels tagged only as far as they are read (<see cref="SentenceGrammar.LabelAt"/>).</summary>
internal readonly struct GrowingLabels(SentenceGrammar grammar) : ILabelSource
{
    public int Length => grammar.Tokens.Length;

    public PosLabel this[int index] => grammar.LabelAt(index);
}
