using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace DocLint.Grammar;

/// <summary>
/// The learned weights of the part-of-speech tagger: a sparse table from feature hash to the labels it votes for,
/// and a tag dictionary of words that almost always take one label. The model file is these tables as they sit in
/// memory (<see cref="ModelLayout"/>, docs/grammar.md), so the embedded model is read in place, from the image the
/// executable is mapped from: loading checks a header, and only the pages a look-up touches are ever read.
/// Immutable.
/// </summary>
internal sealed unsafe class PerceptronModel : ILabelScorer
{
    // Open-addressed tables keyed by a 32-bit check from the key's high half, so a look-up touches one cache line.
    // A dictionary slot holds the word's label. A feature's 16-byte slot holds its first two votes itself (three
    // features in four have one or two), so most look-ups cost one cache miss, not a second one into the spill table;
    // further votes follow there. Votes keep the file's 16-bit weights and are summed as integers: the scale is
    // common to all, so the best label is the same, and the sum does not depend on the order votes are added in.
    // The pointers are into the mapped image (never unloaded) or into _copy, which is pinned.
    private readonly ModelSlot* _features;
    private readonly int _featureSlots;
    private readonly ModelVote* _votes;
    private readonly int _voteCount;
    private readonly ModelSlot* _dictionary;
    private readonly int _dictionarySlots;
    private readonly float _scale;

    // The model's bytes when they were read from a stream rather than found in place; kept so they stay alive.
    private readonly byte[]? _copy;

    private PerceptronModel(byte* file, ModelLayout layout, ImmutableArray<PosLabel> labels, byte[]? copy)
    {
        Labels = labels;
        LabelCodes = labels.Select(l => l.Code).ToImmutableArray();
        _scale = layout.Scale;
        _dictionary = (ModelSlot*)(file + layout.DictionaryOffset);
        _dictionarySlots = layout.DictionarySlots;
        _features = (ModelSlot*)(file + layout.FeaturesOffset);
        _featureSlots = layout.FeatureSlots;
        _votes = (ModelVote*)(file + layout.SpillOffset);
        _voteCount = layout.SpillCount;
        _copy = copy;
        FeatureCount = layout.FeatureCount;
        DictionarySize = layout.DictionaryCount;
    }

    public ImmutableArray<PosLabel> Labels { get; }

    /// <summary><see cref="PosLabel.Code"/> of each label, by label index.</summary>
    public ImmutableArray<int> LabelCodes { get; }

    public int FeatureCount { get; }

    public int DictionarySize { get; }

    /// <summary>True when the tables are read in place from the mapped executable image, not from a copy.</summary>
    public bool InPlace => _copy is null;

    private ReadOnlySpan<ModelSlot> Features => new(_features, _featureSlots);

    private ReadOnlySpan<ModelSlot> Dictionary => new(_dictionary, _dictionarySlots);

    private ReadOnlySpan<ModelVote> Votes => new(_votes, _voteCount);

    /// <summary>The label index of a word the dictionary is sure about, or -1.</summary>
    public int DictionaryLabel(ulong word)
    {
        var dictionary = Dictionary;
        var index = Find(dictionary, word);
        return index < 0 ? -1 : dictionary[index].Label0;
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
        // row their cache misses overlap instead of queueing behind the vote loops (the table is megabytes). The
        // probe and vote loops branch on each key's probes and vote count, and a mispredicted branch there held back
        // the next key's miss (the profile put most of the tagger's time on the first read of a slot and of a spill
        // run), so every home slot, and then every spill run, is asked for first by prefetches that do not branch.
        var features = Features;
        var votes = Votes;
        if (Sse.IsSupported)
        {
            var mask = (ulong)(_featureSlots - 1);
            foreach (var key in keys)
            {
                Sse.Prefetch0(_features + (key & mask));
            }
        }

        Span<int> found = stackalloc int[keys.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            found[k] = Find(features, keys[k]);
        }

        if (Sse.IsSupported)
        {
            foreach (var index in found)
            {
                if (index >= 0 && features[index].Count > 2)
                {
                    Sse.Prefetch0(_votes + features[index].More);
                }
            }
        }

        foreach (var index in found)
        {
            if (index < 0)
            {
                continue;
            }

            ref readonly var slot = ref features[index];
            totals[slot.Label0] += slot.Weight0;
            if (slot.Count > 1)
            {
                totals[slot.Label1] += slot.Weight1;
                foreach (var vote in votes.Slice(slot.More, slot.Count - 2))
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

    /// <summary>
    /// The model in <paramref name="stream"/>: read in place when the stream is the executable's mapped image (an
    /// embedded resource), which costs a header check; otherwise copied into pinned memory and
    /// checked whole (<see cref="Verify"/>). <see cref="InvalidDataException"/> when it is not a sound model. An
    /// <see cref="UnmanagedMemoryStream"/>'s memory must outlive the model, as an embedded resource's does.
    /// </summary>
    public static PerceptronModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The tagger model is stored little-endian; this machine is big-endian.");
        }

        // Native AOT places embedded resources one after another with no padding, so the model may start at any
        // address. Reading its 4-byte fields there is fine where the processor allows misaligned loads (the spans
        // below are then valid, as MemoryMarshal documents); elsewhere a misaligned model is copied.
        if (stream is UnmanagedMemoryStream mapped && (ToleratesMisalignedReads || (nuint)mapped.PositionPointer % sizeof(int) == 0))
        {
            var start = mapped.PositionPointer;
            var length = mapped.Length - mapped.Position;
            if (length > int.MaxValue)
            {
                throw new InvalidDataException("The tagger model is larger than 2 GB.");
            }

            var file = new ReadOnlySpan<byte>(start, (int)length);
            var layout = ModelLayout.Parse(file);
            return new PerceptronModel(start, layout, layout.ReadLabels(file), copy: null);
        }

        var copy = ReadPinned(stream);
        var copied = ModelLayout.Parse(copy);
        var model = new PerceptronModel((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(copy)), copied, copied.ReadLabels(copy), copy);
        model.Verify();
        return model;
    }

    private static bool ToleratesMisalignedReads =>
        RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86 or Architecture.Arm64;

    // The stream's remaining bytes in one pinned array, sized up front when the stream knows its length.
    private static byte[] ReadPinned(Stream stream)
    {
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > int.MaxValue)
            {
                throw new InvalidDataException("The tagger model is larger than 2 GB.");
            }

            var exact = GC.AllocateUninitializedArray<byte>((int)remaining, pinned: true);
            stream.ReadExactly(exact);
            return exact;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var copy = GC.AllocateUninitializedArray<byte>((int)buffer.Length, pinned: true);
        buffer.GetBuffer().AsSpan(0, copy.Length).CopyTo(copy);
        return copy;
    }

    /// <summary>
    /// Checks every slot: labels within the model's, spill votes within the spill table, and an empty slot in each
    /// table (so a look-up of an absent key ends). It reads the whole model, so the tagger does not run it on the
    /// embedded model, which a test checks instead; <see cref="InvalidDataException"/> on the first fault.
    /// </summary>
    public void Verify()
    {
        CheckTable(Dictionary, "dictionary");
        CheckTable(Features, "feature");
        foreach (var vote in Votes)
        {
            CheckLabel(vote.Label, "spill");
        }

        void CheckTable(ReadOnlySpan<ModelSlot> table, string name)
        {
            var empty = 0;
            foreach (ref readonly var slot in table)
            {
                if (slot.Count == 0)
                {
                    empty++;
                    continue;
                }

                CheckLabel(slot.Label0, name);
                if (slot.Count > 1)
                {
                    CheckLabel(slot.Label1, name);
                }

                if (slot.Count > 2 && (slot.More < 0 || slot.More > _voteCount - (slot.Count - 2)))
                {
                    throw new InvalidDataException($"The tagger model's {name} table points outside its spill table.");
                }
            }

            if (empty == 0)
            {
                throw new InvalidDataException($"The tagger model's {name} table has no empty slot.");
            }
        }

        void CheckLabel(byte label, string name)
        {
            if (label >= Labels.Length)
            {
                throw new InvalidDataException($"The tagger model's {name} table names label {label} of {Labels.Length}.");
            }
        }
    }

    // The index of the key's slot, or -1. Keys agree on their low bits by the slot and on their high half by the
    // check; two keys alike in both are as rare as a 64-bit collision among the model's features.
    private static int Find(ReadOnlySpan<ModelSlot> table, ulong key)
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
}
