using System.Collections.Immutable;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
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

    // Open-addressed tables keyed by a 32-bit check from the key's high half, so a look-up touches one cache line.
    // A dictionary slot holds the word's label. A feature's 16-byte slot holds its first two votes itself (three
    // features in four have one or two), so most look-ups cost one cache miss, not a second one into the vote table;
    // further votes follow in _votes, which holds only those. Votes keep the file's 16-bit weights and are summed as
    // integers: the scale is common to all, so the best label is the same, and the sum does not depend on the order
    // votes are added in.
    private readonly Slot[] _features;
    private readonly Vote[] _votes;
    private readonly Slot[] _dictionary;
    private readonly float _scale;

    private PerceptronModel(
        ImmutableArray<PosLabel> labels,
        (ulong Word, byte Label)[] dictionary,
        (ulong Key, uint Payload)[] features,
        Vote[] votes,
        float scale)
    {
        Labels = labels;
        LabelCodes = labels.Select(l => l.Code).ToImmutableArray();
        _scale = scale;
        _dictionary = NewTable(dictionary.Length);
        foreach (var (word, label) in dictionary)
        {
            Insert(_dictionary, word, new Slot(0, 1, label, 0, 0, 0, 0));
        }

        (_features, _votes) = FeatureTable(features, votes);
        FeatureCount = features.Length;
        DictionarySize = dictionary.Length;
    }

    public ImmutableArray<PosLabel> Labels { get; }

    /// <summary><see cref="PosLabel.Code"/> of each label, by label index.</summary>
    public ImmutableArray<int> LabelCodes { get; }

    public int FeatureCount { get; }

    public int DictionarySize { get; }

    /// <summary>The label index of a word the dictionary is sure about, or -1.</summary>
    public int DictionaryLabel(ulong word)
    {
        var index = Find(_dictionary, word);
        return index < 0 ? -1 : _dictionary[index].Label0;
    }

    public int Choose(int position, ReadOnlySpan<ulong> keys, Span<float> scores) => Predict(keys, scores);

    /// <summary>
    /// The highest-scoring label index for these feature keys (ties go to the lower index, so the result is
    /// deterministic); <paramref name="scores"/> receives every label's score.
    /// </summary>
    [SkipLocalsInit]
    public int Predict(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        Span<int> totals = stackalloc int[Labels.Length];
        totals.Clear();
        AddVotes(keys, totals);
        for (var label = 0; label < totals.Length; label++)
        {
            scores[label] = totals[label] * _scale;
        }

        return Best(totals);
    }

    /// <summary>Adds the votes of these feature keys to <paramref name="totals"/> (one integer per label).</summary>
    [SkipLocalsInit]
    public void AddVotes(ReadOnlySpan<ulong> keys, Span<int> totals)
    {
        // Every key's slot first, then every feature's votes: the look-ups do not depend on each other, so done in a
        // row their cache misses overlap instead of queueing behind the vote loops (the table is megabytes).
        Span<int> found = stackalloc int[keys.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            found[k] = Find(_features, keys[k]);
        }

        foreach (var index in found)
        {
            if (index < 0)
            {
                continue;
            }

            ref readonly var slot = ref _features[index];
            totals[slot.Label0] += slot.Weight0;
            if (slot.Count > 1)
            {
                totals[slot.Label1] += slot.Weight1;
                foreach (var vote in _votes.AsSpan(slot.More, slot.Count - 2))
                {
                    totals[vote.Label] += vote.Weight;
                }
            }
        }
    }

    /// <summary>The label index with the highest total; ties go to the lower index.</summary>
    public static int Best(ReadOnlySpan<int> totals)
    {
        var best = 0;
        for (var label = 1; label < totals.Length; label++)
        {
            if (totals[label] > totals[best])
            {
                best = label;
            }
        }

        return best;
    }

    public static PerceptronModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // Inflated whole first: a binary reader over the deflate stream pays a decoder call per field, and the
        // model has hundreds of thousands of them; over memory the same reads cost a few milliseconds.
        using var inflated = new MemoryStream();
        using (var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true))
        {
            deflate.CopyTo(inflated);
        }

        inflated.Position = 0;
        using var reader = new BinaryReader(inflated, Encoding.UTF8, leaveOpen: true);
        try
        {
            return Read(reader);
        }
        catch (EndOfStreamException exception)
        {
            throw new InvalidDataException("The tagger model ends early.", exception);
        }
    }

    private static PerceptronModel Read(BinaryReader reader)
    {
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
        // Each feature's votes go straight into one shared table; its row says where they start and how many.
        var features = new (ulong Key, uint Payload)[reader.ReadInt32()];
        var votes = new List<Vote>(features.Length * 2);
        for (var i = 0; i < features.Length; i++)
        {
            var key = reader.ReadUInt64();
            var count = reader.ReadByte();
            features[i] = (key, ((uint)votes.Count << 8) | count);
            for (var v = 0; v < count; v++)
            {
                var label = reader.ReadByte();
                votes.Add(new Vote(reader.ReadInt16(), label));
            }
        }

        return new PerceptronModel(labels.ToImmutable(), dictionary, features, [.. votes], scale);
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

    // Linear probing at most three quarters full, by the key's low bits; an empty slot has no votes.
    private static Slot[] NewTable(int count) =>
        new Slot[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, (count * 4 / 3) + 1))];

    // A later entry with the same check replaces an earlier one.
    private static void Insert(Slot[] table, ulong key, Slot entry)
    {
        var check = (uint)(key >> 32);
        var mask = table.Length - 1;
        var slot = (int)(key & (ulong)mask);
        while (table[slot].Count != 0 && table[slot].Check != check)
        {
            slot = (slot + 1) & mask;
        }

        table[slot] = entry with { Check = check };
    }

    // The index of the key's slot, or -1. Keys agree on their low bits by the slot and on their high half by the
    // check; two keys alike in both are as rare as a 64-bit collision among the model's features.
    private static int Find(Slot[] table, ulong key)
    {
        var check = (uint)(key >> 32);
        var mask = table.Length - 1;
        var slot = (int)(key & (ulong)mask);
        while (true)
        {
            ref readonly var found = ref table[slot];
            if (found.Count == 0)
            {
                return -1;
            }

            if (found.Check == check)
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }
    }

    // Each feature's slot holds its first two votes, with how many it has (a feature without votes changes no score
    // and is left out); the rest go to the spill table, from where its slot's More says.
    private static (Slot[] Table, Vote[] Spill) FeatureTable((ulong Key, uint Payload)[] features, Vote[] votes)
    {
        var table = NewTable(features.Length);
        var spill = new List<Vote>();
        foreach (var (key, payload) in features)
        {
            var start = (int)(payload >> 8);
            var count = (byte)(payload & 0xFF);
            if (count > 0)
            {
                var second = count > 1 ? votes[start + 1] : default;
                Insert(table, key, new Slot(0, count, votes[start].Label, second.Label, votes[start].Weight, second.Weight, spill.Count));
                spill.AddRange(votes.AsSpan(start, count)[Math.Min(2, (int)count)..]);
            }
        }

        return (table, [.. spill]);
    }

    // 16 bytes, four to a cache line. A dictionary entry is one vote whose label is the word's.
    private readonly record struct Slot(uint Check, byte Count, byte Label0, byte Label1, short Weight0, short Weight1, int More);

    private readonly record struct Vote(short Weight, byte Label);
}
