using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Numerics;
using System.Text;

namespace DocLint.Grammar;

/// <summary>
/// Where everything sits in a tagger model file (docs/grammar.md): a 64-byte header, the labels, then the dictionary
/// table, the feature table and the spill table exactly as the tagger reads them, so loading is a header check and no
/// parse. All little-endian; every table starts on a 16-byte boundary of the file.
/// </summary>
internal readonly record struct ModelLayout(
    int LabelCount,
    float Scale,
    int DictionaryCount,
    int DictionarySlots,
    int FeatureCount,
    int FeatureSlots,
    int SpillCount)
{
    public const int HeaderSize = 64;

    // A label is its Penn spelling in ASCII ("VBD|RB"), padded with zero bytes.
    public const int LabelSize = 16;

    // Tables are indexed by int; a power of two above this could not be one.
    private const int MaxSlots = 1 << 26;

    public static ReadOnlySpan<byte> Magic => "DLPOS2\0\0"u8;

    public static int LabelsOffset => HeaderSize;

    public long DictionaryOffset => HeaderSize + ((long)LabelCount * LabelSize);

    public long FeaturesOffset => DictionaryOffset + ((long)DictionarySlots * ModelSlot.Size);

    public long SpillOffset => FeaturesOffset + ((long)FeatureSlots * ModelSlot.Size);

    public long Length => SpillOffset + ((long)SpillCount * ModelVote.Size);

    /// <summary>
    /// The layout the header of <paramref name="file"/> (the whole model) describes, after checking that it is a model
    /// and that its sizes agree with each other and with the file's length; <see cref="InvalidDataException"/> if not.
    /// </summary>
    public static ModelLayout Parse(ReadOnlySpan<byte> file)
    {
        if (file.Length < Magic.Length || !file[..Magic.Length].SequenceEqual(Magic))
        {
            var found = Encoding.ASCII.GetString(file[..Math.Min(6, file.Length)]);
            var printable = found.All(c => c is >= ' ' and <= '~') ? found : "binary data";
            throw new InvalidDataException($"Not a DocLint tagger model (expected 'DLPOS2', found '{printable}').");
        }

        if (file.Length < HeaderSize)
        {
            throw new InvalidDataException("The tagger model ends early.");
        }

        var stored = BinaryPrimitives.ReadInt64LittleEndian(file[8..]);
        var layout = new ModelLayout(
            BinaryPrimitives.ReadInt32LittleEndian(file[16..]),
            BinaryPrimitives.ReadSingleLittleEndian(file[20..]),
            BinaryPrimitives.ReadInt32LittleEndian(file[24..]),
            BinaryPrimitives.ReadInt32LittleEndian(file[28..]),
            BinaryPrimitives.ReadInt32LittleEndian(file[32..]),
            BinaryPrimitives.ReadInt32LittleEndian(file[36..]),
            BinaryPrimitives.ReadInt32LittleEndian(file[40..]));
        if (layout.LabelCount is < 1 or > byte.MaxValue
            || !IsTableSize(layout.DictionarySlots, layout.DictionaryCount)
            || !IsTableSize(layout.FeatureSlots, layout.FeatureCount)
            || layout.SpillCount is < 0 or > MaxSlots
            || !float.IsFinite(layout.Scale))
        {
            throw new InvalidDataException("The tagger model's header is damaged (impossible sizes).");
        }

        if (stored != layout.Length)
        {
            throw new InvalidDataException($"The tagger model's header is damaged (it gives {stored} bytes, its tables {layout.Length}).");
        }

        if (file.Length < layout.Length)
        {
            throw new InvalidDataException("The tagger model ends early.");
        }

        if (file.Length > layout.Length)
        {
            throw new InvalidDataException($"The tagger model has {file.Length - layout.Length} bytes after its tables.");
        }

        return layout;
    }

    /// <summary>The labels stored after the header, by label index.</summary>
    public ImmutableArray<PosLabel> ReadLabels(ReadOnlySpan<byte> file)
    {
        var labels = ImmutableArray.CreateBuilder<PosLabel>(LabelCount);
        for (var i = 0; i < LabelCount; i++)
        {
            var field = file.Slice(LabelsOffset + (i * LabelSize), LabelSize);
            var end = field.IndexOf((byte)0);
            var text = Encoding.ASCII.GetString(end < 0 ? field : field[..end]);
            labels.Add(PosLabel.TryParse(text, out var label) ? label : throw new InvalidDataException($"Unknown tag '{text}' in the tagger model."));
        }

        return labels.MoveToImmutable();
    }

    /// <summary>Writes the header and the labels: the first <see cref="DictionaryOffset"/> bytes of the file.</summary>
    public void WriteHead(Span<byte> file, IReadOnlyList<PosLabel> labels)
    {
        file[..(int)DictionaryOffset].Clear();
        Magic.CopyTo(file);
        BinaryPrimitives.WriteInt64LittleEndian(file[8..], Length);
        BinaryPrimitives.WriteInt32LittleEndian(file[16..], LabelCount);
        BinaryPrimitives.WriteSingleLittleEndian(file[20..], Scale);
        BinaryPrimitives.WriteInt32LittleEndian(file[24..], DictionaryCount);
        BinaryPrimitives.WriteInt32LittleEndian(file[28..], DictionarySlots);
        BinaryPrimitives.WriteInt32LittleEndian(file[32..], FeatureCount);
        BinaryPrimitives.WriteInt32LittleEndian(file[36..], FeatureSlots);
        BinaryPrimitives.WriteInt32LittleEndian(file[40..], SpillCount);
        for (var i = 0; i < labels.Count; i++)
        {
            var text = labels[i].ToString();
            if (text.Length > LabelSize)
            {
                throw new ArgumentException($"Label '{text}' is longer than {LabelSize} characters.", nameof(labels));
            }

            Encoding.ASCII.GetBytes(text, file.Slice(LabelsOffset + (i * LabelSize), LabelSize));
        }
    }

    // Linear probing keeps at least one slot empty, so a look-up of an absent key ends.
    private static bool IsTableSize(int slots, int count) =>
        slots is >= 4 and <= MaxSlots && BitOperations.IsPow2(slots) && count >= 0 && count < slots;
}
