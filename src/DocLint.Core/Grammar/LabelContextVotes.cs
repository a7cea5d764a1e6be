using System.Numerics;

namespace DocLint.Grammar;

/// <summary>
/// The summed votes of the features that read only the two previous labels (the bias and templates 5-7), for every
/// pair of the model's labels and the sentence start, computed once with the model. These features vote for nearly
/// every label, so adding them one vote at a time was most of the tagger's work; one vector add of the pair's sums
/// gives the same integers.
/// </summary>
internal sealed class LabelContextVotes
{
    // Label codes are below this (a tag and a clitic of six bits each); the start code is the largest.
    private const int CodeSpace = 1 << 12;

    private readonly PerceptronModel _model;
    private readonly int _labelCount;
    private readonly int _contexts;

    // The context index of each label code, or -1 for a code the model does not label with (a fixed tag of its own).
    private readonly int[] _indexByCode;

    // For context pair (a, b): the label totals at ((a * _contexts) + b) * _labelCount.
    private readonly int[] _votes;

    public LabelContextVotes(PerceptronModel model, int startCode)
    {
        _model = model;
        _labelCount = model.Labels.Length;
        var codes = model.LabelCodes.Append(startCode).Distinct().ToArray();
        _contexts = codes.Length;
        _indexByCode = new int[CodeSpace];
        Array.Fill(_indexByCode, -1);
        for (var c = 0; c < codes.Length; c++)
        {
            _indexByCode[codes[c]] = c;
        }

        _votes = new int[_contexts * _contexts * _labelCount];
        for (var a = 0; a < _contexts; a++)
        {
            for (var b = 0; b < _contexts; b++)
            {
                AddVotes(codes[a], codes[b], Pair(a, b));
            }
        }
    }

    /// <summary>Adds the context features' votes for these two previous label codes to <paramref name="totals"/>.</summary>
    public void AddTo(Span<int> totals, int previous, int beforePrevious)
    {
        var a = (uint)previous < CodeSpace ? _indexByCode[previous] : -1;
        var b = (uint)beforePrevious < CodeSpace ? _indexByCode[beforePrevious] : -1;
        if (a < 0 || b < 0)
        {
            AddVotes(previous, beforePrevious, totals);
            return;
        }

        ReadOnlySpan<int> sums = Pair(a, b);
        var i = 0;
        for (; i + Vector<int>.Count <= totals.Length; i += Vector<int>.Count)
        {
            (new Vector<int>(totals[i..]) + new Vector<int>(sums[i..])).CopyTo(totals[i..]);
        }

        for (; i < totals.Length; i++)
        {
            totals[i] += sums[i];
        }
    }

    private Span<int> Pair(int a, int b) => _votes.AsSpan(((a * _contexts) + b) * _labelCount, _labelCount);

    private void AddVotes(int previous, int beforePrevious, Span<int> totals)
    {
        Span<ulong> keys = stackalloc ulong[SentenceFeatures.ContextCount];
        SentenceFeatures.FillContext(keys, previous, beforePrevious);
        _model.AddVotes(keys, totals);
    }
}
