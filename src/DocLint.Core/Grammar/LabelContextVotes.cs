using System.Numerics;
using System.Runtime.InteropServices;

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

        // Of a pair's four keys (SentenceFeatures.FillContext) the bias is every pair's, template 5 reads the previous
        // label alone and template 6 the one before alone; only template 7 reads both. The bias and template 5 vote
        // for nearly every label, so their votes are summed once per label, not once per pair: a pair's totals are
        // its two labels' rows added, then its own key's few votes. Integer sums, the same whatever the order (a
        // model's first sentence spent 6.3 M instructions here, once a run).
        var previousRows = new int[_contexts * _labelCount];
        var beforeRows = new int[_contexts * _labelCount];
        Span<ulong> keys = stackalloc ulong[SentenceFeatures.ContextCount];
        for (var c = 0; c < _contexts; c++)
        {
            SentenceFeatures.FillContext(keys, codes[c], codes[c]);
            model.AddVotes(keys[..2], Row(previousRows, c));
            model.AddVotes(keys[2..3], Row(beforeRows, c));
        }

        _votes = new int[_contexts * _contexts * _labelCount];
        for (var a = 0; a < _contexts; a++)
        {
            ReadOnlySpan<int> previous = Row(previousRows, a);
            for (var b = 0; b < _contexts; b++)
            {
                var pair = Pair(a, b);
                Sum(pair, previous, Row(beforeRows, b));
                SentenceFeatures.FillContext(keys, codes[a], codes[b]);
                model.AddVotes(keys[3..], pair);
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

        Add(totals, Pair(a, b));
    }

    // totals[i] += sums[i] for every label, a vector at a time. Unchecked loads after one length check: a span slice
    // per vector cost 400 instructions a call, which the decoder pays at every position the model decides.
    private static void Add(Span<int> totals, ReadOnlySpan<int> sums) => Sum(totals, totals, sums);

    // into[i] = first[i] + second[i] for every label, a vector at a time.
    private static void Sum(Span<int> into, ReadOnlySpan<int> first, ReadOnlySpan<int> second)
    {
        if (first.Length < into.Length || second.Length < into.Length)
        {
            throw new ArgumentException("The sums are shorter than the totals.", nameof(into));
        }

        ref var target = ref MemoryMarshal.GetReference(into);
        ref var left = ref MemoryMarshal.GetReference(first);
        ref var right = ref MemoryMarshal.GetReference(second);
        var i = 0;
        for (; i + Vector<int>.Count <= into.Length; i += Vector<int>.Count)
        {
            (Vector.LoadUnsafe(ref left, (nuint)i) + Vector.LoadUnsafe(ref right, (nuint)i)).StoreUnsafe(ref target, (nuint)i);
        }

        for (; i < into.Length; i++)
        {
            into[i] = first[i] + second[i];
        }
    }

    private Span<int> Pair(int a, int b) => _votes.AsSpan(((a * _contexts) + b) * _labelCount, _labelCount);

    private Span<int> Row(int[] rows, int context) => rows.AsSpan(context * _labelCount, _labelCount);

    private void AddVotes(int previous, int beforePrevious, Span<int> totals)
    {
        Span<ulong> keys = stackalloc ulong[SentenceFeatures.ContextCount];
        SentenceFeatures.FillContext(keys, previous, beforePrevious);
        _model.AddVotes(keys, totals);
    }
}
