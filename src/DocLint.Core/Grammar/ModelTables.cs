using System.Runtime.InteropServices;

namespace DocLint.Grammar;

/// <summary>
/// One slot of the model's open-addressed tables, laid out exactly as the model file stores it (16 bytes,
/// little-endian, four to a cache line), so the tagger reads the file's bytes in place. A dictionary slot holds one
/// vote whose label is the word's; a feature slot holds its first two votes, how many it has, and where the rest
/// start in the spill table. An empty slot has Count 0.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
internal readonly struct ModelSlot
{
    // Keys agree with the slot's index on their low bits; this is the key's high half.
    [FieldOffset(0)] public readonly uint Check;
    [FieldOffset(4)] public readonly byte Count;
    [FieldOffset(5)] public readonly byte Label0;
    [FieldOffset(6)] public readonly byte Label1;
    [FieldOffset(8)] public readonly short Weight0;
    [FieldOffset(10)] public readonly short Weight1;
    [FieldOffset(12)] public readonly int More;

    public ModelSlot(uint check, byte count, byte label0, byte label1, short weight0, short weight1, int more)
    {
        Check = check;
        Count = count;
        Label0 = label0;
        Label1 = label1;
        Weight0 = weight0;
        Weight1 = weight1;
        More = more;
    }

    public const int Size = 16;
}

/// <summary>A feature's third and later votes, in the spill table (4 bytes, as stored in the model file).</summary>
[StructLayout(LayoutKind.Explicit, Size = 4)]
internal readonly struct ModelVote
{
    [FieldOffset(0)] public readonly short Weight;
    [FieldOffset(2)] public readonly byte Label;

    public ModelVote(short weight, byte label)
    {
        Weight = weight;
        Label = label;
    }

    public const int Size = 4;
}
