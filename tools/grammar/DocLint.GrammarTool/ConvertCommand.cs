using System.IO.Compression;
using System.Text;
using DocLint.Grammar;

namespace DocLint.GrammarTool;

/// <summary>
/// Rewrites a model in the first format (DLPOS1: a Deflate stream of fields, docs/grammar.md's history) in the
/// current one, keeping its labels, entries, 16-bit weights and scale as they are: the same look-ups, so the same
/// tags, without retraining.
/// </summary>
internal static class ConvertCommand
{
    public static int Run(string input, string output)
    {
        using var file = File.OpenRead(input);
        using var deflate = new DeflateStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(deflate, Encoding.UTF8);
        if (Encoding.ASCII.GetString(reader.ReadBytes(6)) != "DLPOS1")
        {
            throw new InvalidDataException($"{input}: not a DLPOS1 tagger model.");
        }

        var labels = new List<PosLabel>();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var text = reader.ReadString();
            labels.Add(PosLabel.TryParse(text, out var label) ? label : throw new InvalidDataException($"{input}: unknown tag '{text}'."));
        }

        var dictionary = new List<(ulong, byte)>();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            dictionary.Add((reader.ReadUInt64(), reader.ReadByte()));
        }

        var scale = reader.ReadSingle();
        var features = new List<(ulong, (byte, short)[])>();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var key = reader.ReadUInt64();
            var votes = new (byte, short)[reader.ReadByte()];
            for (var v = 0; v < votes.Length; v++)
            {
                votes[v] = (reader.ReadByte(), reader.ReadInt16());
            }

            features.Add((key, votes));
        }

        using (var stream = File.Create(output))
        {
            PerceptronModelWriter.WriteQuantised(stream, labels, dictionary, scale, features);
        }

        Console.WriteLine($"wrote {output}: {labels.Count} labels, {dictionary.Count} dictionary words, {features.Count} features, {new FileInfo(output).Length / 1024} KiB");
        return 0;
    }
}
