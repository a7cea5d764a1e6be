using System.Collections.Immutable;
using System.IO.Compression;
using System.Numerics;
using System.Text;

namespace DocLint.Grammar;

/// <summary>
/// The learned weights of the part-of-speech tagger: a sparse table from feature hash to the labels it votes for,
/// and a tag dictionary of words that almost always take one label. Read once from the compressed binary format
/// described in docs/grammar.md; immutable afterwards.
/// </summary>
internal sealed class PerceptronModel : ILabelScorer
{
    public const string Magic = "DLPOS1";

    private readonly ulong[] _featureKeys;
    private readonly int[] _featureRows;
    private readonly int[] _rowStarts;
    private readonly byte[] _rowLabels;
    private readonly float[] _rowWeights;
    private readonly ulong[] _dictionaryKeys;
    private readonly byte[] _dictionaryLabels;

    private PerceptronModel(
        ImmutableArray<PosLabel> labels,
        IReadOnlyList<(ulong Word, byte Label)> dictionary,
        IReadOnlyList<(ulong Key, (byte Label, float Weight)[] Votes)> features)
    {
        Labels = labels;
        LabelCodes = labels.Select(l => l.Code).ToImmutableArray();
        (_dictionaryKeys, var dictionarySlots) = BuildTable(dictionary.Select(d => d.Word).ToArray());
        _dictionaryLabels = new byte[_dictionaryKeys.Length];
        for (var i = 0; i < dictionary.Count; i++)
        {
            _dictionaryLabels[dictionarySlots[i]] = dictionary[i].Label;
        }

        (_featureKeys, var featureSlots) = BuildTable(features.Select(f => f.Key).ToArray());
        _featureRows = new int[_featureKeys.Length];
        _rowStarts = new int[features.Count + 1];
        var total = features.Sum(f => f.Votes.Length);
        _rowLabels = new byte[total];
        _rowWeights = new float[total];
        var at = 0;
        for (var row = 0; row < features.Count; row++)
        {
            _featureRows[featureSlots[row]] = row;
            _rowStarts[row] = at;
            foreach (var (label, weight) in features[row].Votes)
            {
                _rowLabels[at] = label;
                _rowWeights[at] = weight;
                at++;
            }
        }

        _rowStarts[features.Count] = at;
        FeatureCount = features.Count;
        DictionarySize = dictionary.Count;
    }

    public ImmutableArray<PosLabel> Labels { get; }

    /// <summary><see cref="PosLabel.Code"/> of each label, by label index.</summary>
    public ImmutableArray<int> LabelCodes { get; }

    public int FeatureCount { get; }

    public int DictionarySize { get; }

    /// <summary>The label index of a word the dictionary is sure about, or -1.</summary>
    public int DictionaryLabel(ulong word)
    {
        var slot = Find(_dictionaryKeys, word);
        return slot < 0 ? -1 : _dictionaryLabels[slot];
    }

    public int Choose(int position, ReadOnlySpan<ulong> keys, Span<float> scores) => Predict(keys, scores);

    /// <summary>The highest-scoring label index for these feature keys (ties go to the lower index, so the result is deterministic).</summary>
    public int Predict(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        scores.Clear();
        foreach (var key in keys)
        {
            var slot = Find(_featureKeys, key);
            if (slot < 0)
            {
                continue;
            }

            var row = _featureRows[slot];
            for (var k = _rowStarts[row]; k < _rowStarts[row + 1]; k++)
            {
                scores[_rowLabels[k]] += _rowWeights[k];
            }
        }

        var best = 0;
        for (var label = 1; label < Labels.Length; label++)
        {
            if (scores[label] > scores[best])
            {
                best = label;
            }
        }

        return best;
    }

    public static PerceptronModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var inflated = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(inflated, Encoding.UTF8, leaveOpen: true);
        var magic = Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length));
        if (magic != Magic)
        {
            throw new InvalidDataException($"Not a DocLint tagger model (expected '{Magic}', found '{magic}').");
        }

        var labels = ImmutableArray.CreateBuilder<PosLabel>();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var text = reader.ReadString();
            labels.Add(PosLabel.TryParse(text, out var label) ? label : throw new InvalidDataException($"Unknown tag '{text}' in the tagger model."));
        }

        var dictionary = new (ulong, byte)[reader.ReadInt32()];
        for (var i = 0; i < dictionary.Length; i++)
        {
            dictionary[i] = (reader.ReadUInt64(), reader.ReadByte());
        }

        var scale = reader.ReadSingle();
        var features = new (ulong, (byte, float)[])[reader.ReadInt32()];
        for (var i = 0; i < features.Length; i++)
        {
            var key = reader.ReadUInt64();
            var votes = new (byte, float)[reader.ReadByte()];
            for (var v = 0; v < votes.Length; v++)
            {
                votes[v] = (reader.ReadByte(), reader.ReadInt16() * scale);
            }

            features[i] = (key, votes);
        }

        return new PerceptronModel(labels.ToImmutable(), dictionary, features);
    }

    /// <summary>
    /// Writes a model in the format <see cref="Read"/> takes: weights quantised to 16 bits against the largest one,
    /// entries in the order given (the trainer sorts them, so the same weights give the same bytes).
    /// </summary>
    public static void Write(
        Stream stream,
        IReadOnlyList<PosLabel> labels,
        IReadOnlyList<(ulong Word, byte Label)> dictionary,
        IReadOnlyList<(ulong Key, (byte Label, float Weight)[] Votes)> features)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(features);
        using var deflated = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflated, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(labels.Count);
        foreach (var label in labels)
        {
            writer.Write(label.ToString());
        }

        writer.Write(dictionary.Count);
        foreach (var (word, label) in dictionary)
        {
            writer.Write(word);
            writer.Write(label);
        }

        var largest = features.SelectMany(f => f.Votes).Select(v => Math.Abs(v.Weight)).DefaultIfEmpty(1f).Max();
        var scale = largest / short.MaxValue;
        writer.Write(scale);
        writer.Write(features.Count);
        foreach (var (key, votes) in features)
        {
            writer.Write(key);
            writer.Write(checked((byte)votes.Length));
            foreach (var (label, weight) in votes)
            {
                writer.Write(label);
                writer.Write((short)Math.Round(weight / scale));
            }
        }
    }

    // Open addressing with linear probing; 0 marks an empty slot (FeatureHash never yields 0 for a key).
    private static (ulong[] Keys, int[] Slots) BuildTable(ulong[] keys)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, keys.Length * 2));
        var table = new ulong[capacity];
        var slots = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i] == 0 ? 1 : keys[i];
            var slot = (int)(key & (ulong)(capacity - 1));
            while (table[slot] != 0 && table[slot] != key)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            table[slot] = key;
            slots[i] = slot;
        }

        return (table, slots);
    }

    private static int Find(ulong[] table, ulong key)
    {
        key = key == 0 ? 1 : key;
        var mask = table.Length - 1;
        var slot = (int)(key & (ulong)mask);
        while (true)
        {
            var found = table[slot];
            if (found == key)
            {
                return slot;
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }
}
