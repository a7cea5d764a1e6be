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

    // Open-addressed tables of 8-byte slots (a 32-bit check from the key's high half, and a payload), so a look-up
    // touches one cache line and the whole model stays small enough to sit mostly in cache. For features the payload
    // is where the feature's votes start and how many there are; for the dictionary, the label. Votes keep the file's
    // 16-bit weights and are summed as integers: the scale is common to all, so the best label is the same.
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
        _dictionary = BuildTable(dictionary.Select(d => (d.Word, (uint)d.Label + 1)).ToList());
        _votes = votes;
        _features = BuildTable(features);
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
        var payload = Find(_dictionary, word);
        return (int)payload - 1;
    }

    public int Choose(int position, ReadOnlySpan<ulong> keys, Span<float> scores) => Predict(keys, scores);

    /// <summary>
    /// The highest-scoring label index for these feature keys (ties go to the lower index, so the result is
    /// deterministic); <paramref name="scores"/> receives every label's score.
    /// </summary>
    public int Predict(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        // Every key's slot first, then every feature's votes: the look-ups do not depend on each other, so done in a
        // row their cache misses overlap instead of queueing behind the vote loops (the table is megabytes).
        Span<uint> payloads = stackalloc uint[keys.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            payloads[k] = Find(_features, keys[k]);
        }

        Span<int> totals = stackalloc int[Labels.Length];
        foreach (var payload in payloads)
        {
            if (payload == 0)
            {
                continue;
            }

            foreach (var vote in _votes.AsSpan((int)(payload >> 8), (int)(payload & 0xFF)))
            {
                totals[vote.Label] += vote.Weight;
            }
        }

        var best = 0;
        for (var label = 0; label < totals.Length; label++)
        {
            scores[label] = totals[label] * _scale;
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

    // Linear probing at most three quarters full, by the key's low bits; an empty slot has payload 0.
    private static Slot[] BuildTable(IReadOnlyList<(ulong Key, uint Payload)> entries)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, (entries.Count * 4 / 3) + 1));
        var table = new Slot[capacity];
        foreach (var (key, payload) in entries)
        {
            var check = (uint)(key >> 32);
            var slot = (int)(key & (ulong)(capacity - 1));
            while (table[slot].Payload != 0 && table[slot].Check != check)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            table[slot] = new Slot(check, payload);
        }

        return table;
    }

    // The payload stored for the key, or 0. Keys agree on their low bits by the slot and on their high half by the
    // check; two keys alike in both are as rare as a 64-bit collision among the model's features.
    private static uint Find(Slot[] table, ulong key)
    {
        var check = (uint)(key >> 32);
        var mask = table.Length - 1;
        var slot = (int)(key & (ulong)mask);
        while (true)
        {
            var found = table[slot];
            if (found.Payload == 0)
            {
                return 0;
            }

            if (found.Check == check)
            {
                return found.Payload;
            }

            slot = (slot + 1) & mask;
        }
    }

    private readonly record struct Slot(uint Check, uint Payload);

    private readonly record struct Vote(short Weight, byte Label);
}
