using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// The labels a sentence's tokens settle alone (<see cref="GreedyDecoder.TrySettle"/>: a fixed tag or the tag
/// dictionary's word), each token asked once and kept, on its grammar: the tagger's decode, the grammar's settled
/// labels and the rules' readers all asked the dictionary again per token (a hash of the word and a probe, about 250
/// instructions an ask; issue 11). Asked per token, as readers stop early. Two threads asking the same token at once
/// both compute the same answer, and each writes the label before its state, so no lock is needed.
/// </summary>
internal sealed class SettledLabels
{
    private const sbyte Settled = 1;
    private const sbyte ByModel = -1;

    private readonly ImmutableArray<Token> _tokens;
    private readonly ILabelScorer _scorer;
    private readonly PosLabel[] _labels;

    // Per token: Settled, ByModel (the model decides it), or 0 not asked yet.
    private readonly sbyte[] _state;

    public SettledLabels(ImmutableArray<Token> tokens, ILabelScorer scorer)
    {
        _tokens = tokens;
        _scorer = scorer;
        Acronyms = SpelledAcronyms.In(tokens);
        _labels = tokens.IsEmpty ? [] : new PosLabel[tokens.Length];
        _state = tokens.IsEmpty ? [] : new sbyte[tokens.Length];
    }

    /// <summary>The sentence's acronyms standing as names (<see cref="SpelledAcronyms.In"/>), found once.</summary>
    public SpelledAcronymNames Acronyms { get; }

    /// <summary>
    /// The label token <paramref name="index"/> settles alone, which the tagger gives it whatever the labels around it;
    /// false (and the default label) when the model decides it.
    /// </summary>
    public bool TryGet(int index, out PosLabel label)
    {
        var state = Volatile.Read(ref _state[index]);
        if (state == 0)
        {
            state = GreedyDecoder.TrySettle(_tokens, index, _scorer, Acronyms, out label) ? Settled : ByModel;
            _labels[index] = label;
            Volatile.Write(ref _state[index], state);
            return state == Settled;
        }

        label = _labels[index];
        return state == Settled;
    }
}
