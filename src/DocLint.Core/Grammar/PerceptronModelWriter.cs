using System.Buffers.Binary;
using System.Numerics;

namespace DocLint.Grammar;

/// <summary>
/// Writes a tagger model in the layout <see cref="PerceptronModel"/> reads in place (<see cref="ModelLayout"/>): the
/// trainer builds the open-addressed tables once here, so the tagger never builds them.
/// </summary>
internal static class PerceptronModelWriter
{
    /// <summary>
    /// Writes the model with its weights quantised to 16 bits against the largest one. Entries go in in the order
    /// given (the trainer sorts them by hash), so the same weights give the same bytes.
    /// </summary>
    public static void Write(
        Stream stream,
        IReadOnlyList<PosLabel> labels,
        IReadOnlyList<(ulong Word, byte Label)> dictionary,
        IReadOnlyList<(ulong Key, (byte Label, float Weight)[] Votes)> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var largest = features.SelectMany(f => f.Votes).Select(v => Math.Abs(v.Weight)).DefaultIfEmpty(1f).Max();
        var scale = largest / short.MaxValue;
        var quantised = features.Select(f => (f.Key, f.Votes.Select(v => (v.Label, (short)Math.Round(v.Weight / scale))).ToArray())).ToList();
        WriteQuantised(stream, labels, dictionary, scale, quantised);
    }

    /// <summary>The same with weights already quantised: the real weight is the <see cref="short"/> times <paramref name="scale"/>.</summary>
    public static void WriteQuantised(
        Stream stream,
        IReadOnlyList<PosLabel> labels,
        IReadOnlyList<(ulong Word, byte Label)> dictionary,
        float scale,
        IReadOnlyList<(ulong Key, (byte Label, short Weight)[] Votes)> features)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(features);
        var dictionaryTable = NewTable(dictionary.Count);
        foreach (var (word, label) in dictionary)
        {
            Insert(dictionaryTable, word, 1, label, 0, 0, 0, 0);
        }

        var (featureTable, spill) = FeatureTable(features);
        var layout = new ModelLayout(labels.Count, scale, dictionary.Count, dictionaryTable.Length, features.Count, featureTable.Length, spill.Count);
        var file = new byte[layout.Length];
        layout.WriteHead(file, labels);
        WriteSlots(file.AsSpan((int)layout.DictionaryOffset), dictionaryTable);
        WriteSlots(file.AsSpan((int)layout.FeaturesOffset), featureTable);
        var votes = file.AsSpan((int)layout.SpillOffset);
        for (var i = 0; i < spill.Count; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(votes[(i * ModelVote.Size)..], spill[i].Weight);
            votes[(i * ModelVote.Size) + 2] = spill[i].Label;
        }

        stream.Write(file);
    }

    // Linear probing at most three quarters full, by the key's low bits.
    private static ModelSlot[] NewTable(int count) =>
        new ModelSlot[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, (count * 4 / 3) + 1))];

    // A later entry with the same check replaces an earlier one (PerceptronModel.Find could not tell them apart).
    private static void Insert(ModelSlot[] table, ulong key, byte count, byte label0, byte label1, short weight0, short weight1, int more)
    {
        var check = (uint)(key >> 32);
        var mask = table.Length - 1;
        var slot = (int)(key & (ulong)mask);
        while (table[slot].Count != 0 && table[slot].Check != check)
        {
            slot = (slot + 1) & mask;
        }

        table[slot] = new ModelSlot(check, count, label0, label1, weight0, weight1, more);
    }

    // Each feature's slot holds its first two votes, with how many it has (a feature without votes changes no score
    // and is left out); the rest go to the spill table, from where its slot's More says.
    private static (ModelSlot[] Table, List<(byte Label, short Weight)> Spill) FeatureTable(
        IReadOnlyList<(ulong Key, (byte Label, short Weight)[] Votes)> features)
    {
        var table = NewTable(features.Count);
        var spill = new List<(byte Label, short Weight)>();
        foreach (var (key, votes) in features)
        {
            if (votes.Length > 0)
            {
                var second = votes.Length > 1 ? votes[1] : default;
                Insert(table, key, checked((byte)votes.Length), votes[0].Label, second.Label, votes[0].Weight, second.Weight, spill.Count);
                spill.AddRange(votes.Skip(2));
            }
        }

        return (table, spill);
    }

    // Field by field, so the padding byte is always zero and the bytes do not depend on the machine.
    private static void WriteSlots(Span<byte> target, ModelSlot[] table)
    {
        for (var i = 0; i < table.Length; i++)
        {
            var slot = target.Slice(i * ModelSlot.Size, ModelSlot.Size);
            var entry = table[i];
            BinaryPrimitives.WriteUInt32LittleEndian(slot, entry.Check);
            slot[4] = entry.Count;
            slot[5] = entry.Label0;
            slot[6] = entry.Label1;
            BinaryPrimitives.WriteInt16LittleEndian(slot[8..], entry.Weight0);
            BinaryPrimitives.WriteInt16LittleEndian(slot[10..], entry.Weight1);
            BinaryPrimitives.WriteInt32LittleEndian(slot[12..], entry.More);
        }
    }
}
