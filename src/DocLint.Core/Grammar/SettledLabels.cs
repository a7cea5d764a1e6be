using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// The labels a sentence's tokens settle alone (<see cref="GreedyDecoder.TrySettle"/>: a fixed tag or the tag
/// dictionary's word), each worked out on its first request and kept. The claim reader's word checks ask for nearly
/// every token of a sentence before deciding whether it needs the tags, and the tagger then asked again for every
/// token: one hash and one probe of a table of megabytes each time. Kept with the sentence, each token is looked up
/// once. One document is analysed on one thread, so nothing is locked.
/// </summary>
internal sealed class SettledLabels
{
    private const byte NotAsked = 0;
    private const byte Settled = 1;
    private const byte Decided = 2;

    private readonly ImmutableArray<Token> _tokens;
    private readonly ILabelScorer _model;
    private readonly PosLabel[] _labels;
    private readonly byte[] _states;

    public SettledLabels(ImmutableArray<Token> tokens, ILabelScorer model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _tokens = tokens;
        _model = model;
        _labels = new PosLabel[tokens.Length];
        _states = new byte[tokens.Length];
    }

    public int Length => _tokens.Length;

    /// <summary>The label token <paramref name="index"/> settles alone, as <see cref="GreedyDecoder.TrySettle"/> gives it; false when the model decides it.</summary>
    public bool TryGet(int index, out PosLabel label)
    {
        var state = _states[index];
        if (state == NotAsked)
        {
            state = GreedyDecoder.TrySettle(_tokens, index, _model, out _labels[index]) ? Settled : Decided;
            _states[index] = state;
        }

        label = _labels[index];
        return state == Settled;
    }
}
