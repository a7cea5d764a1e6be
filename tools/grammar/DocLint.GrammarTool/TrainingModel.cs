using System.Collections.Immutable;
using DocLint.Grammar;

namespace DocLint.GrammarTool;

/// <summary>
/// An averaged perceptron while it learns: sparse rows of (label, weight) per feature hash, each weight with the
/// running total and time stamp that averaging needs. <see cref="Choose"/> predicts and, when it is wrong against
/// the gold label of the current sentence, moves the weights.
/// </summary>
internal sealed class TrainingModel : ILabelScorer
{
    private readonly Dictionary<ulong, Row> _rows = [];
    private readonly Dictionary<ulong, byte> _dictionary;
    private int[] _gold = [];
    private long _clock;

    public TrainingModel(ImmutableArray<PosLabel> labels, Dictionary<ulong, byte> dictionary)
    {
        Labels = labels;
        _dictionary = dictionary;
    }

    public ImmutableArray<PosLabel> Labels { get; }

    public long Mistakes { get; private set; }

    public long Decisions { get; private set; }

    /// <summary>The gold label indexes of the sentence about to be decoded (-1 where the label is not learnable).</summary>
    public void SetGold(int[] gold) => _gold = gold;

    public int DictionaryLabel(ulong word) => _dictionary.TryGetValue(word, out var label) ? label : -1;

    public int Choose(int position, ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        _clock++;
        scores.Clear();
        foreach (var key in keys)
        {
            if (_rows.TryGetValue(key, out var row))
            {
                row.AddTo(scores);
            }
        }

        var guess = 0;
        for (var label = 1; label < Labels.Length; label++)
        {
            if (scores[label] > scores[guess])
            {
                guess = label;
            }
        }

        var gold = _gold[position];
        if (gold < 0)
        {
            return guess;
        }

        Decisions++;
        if (guess != gold)
        {
            Mistakes++;
            foreach (var key in keys)
            {
                if (!_rows.TryGetValue(key, out var row))
                {
                    row = new Row();
                    _rows[key] = row;
                }

                row.Update((byte)gold, 1f, _clock);
                row.Update((byte)guess, -1f, _clock);
            }
        }

        return guess;
    }

    /// <summary>
    /// The averaged weights whose size is at least <paramref name="threshold"/>, raised if need be so that at most
    /// <paramref name="maxWeights"/> are kept (the model's size budget); features sorted by hash.
    /// </summary>
    public List<(ulong Key, (byte Label, float Weight)[] Votes)> Averaged(float threshold, int maxWeights)
    {
        var sizes = _rows.Values.SelectMany(r => r.Average(_clock)).Select(v => Math.Abs(v.Weight)).Where(w => w >= threshold).ToArray();
        if (sizes.Length > maxWeights)
        {
            Array.Sort(sizes);
            threshold = Math.Max(threshold, sizes[sizes.Length - maxWeights]);
        }

        var result = new List<(ulong, (byte, float)[])>();
        foreach (var (key, row) in _rows)
        {
            var votes = row.Average(_clock).Where(v => Math.Abs(v.Weight) >= threshold).OrderBy(v => v.Label).ToArray();
            if (votes.Length > 0)
            {
                result.Add((key, votes));
            }
        }

        result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return result;
    }

    private sealed class Row
    {
        private readonly List<byte> _labels = [];
        private readonly List<float> _weights = [];
        private readonly List<double> _totals = [];
        private readonly List<long> _stamps = [];

        public void AddTo(Span<float> scores)
        {
            for (var k = 0; k < _labels.Count; k++)
            {
                scores[_labels[k]] += _weights[k];
            }
        }

        public void Update(byte label, float delta, long clock)
        {
            var k = _labels.IndexOf(label);
            if (k < 0)
            {
                k = _labels.Count;
                _labels.Add(label);
                _weights.Add(0);
                _totals.Add(0);
                _stamps.Add(clock);
            }

            _totals[k] += (clock - _stamps[k]) * (double)_weights[k];
            _stamps[k] = clock;
            _weights[k] += delta;
        }

        public IEnumerable<(byte Label, float Weight)> Average(long clock)
        {
            for (var k = 0; k < _labels.Count; k++)
            {
                var total = _totals[k] + ((clock - _stamps[k]) * (double)_weights[k]);
                yield return (_labels[k], (float)(total / clock));
            }
        }
    }
}
