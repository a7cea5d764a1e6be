using CsCheck;

namespace DocLint.Reliability;

/// <summary>
/// Documents to throw at the linter: prose made of the phrases the rules react to, mixed with every Markdown
/// construct DocLint reads (and the ones it skips), and real documents from examples/ mutated byte by byte.
/// </summary>
public static class MarkdownGenerators
{
    private static readonly string[] Pieces =
    [
        "The council", " said", " probably", " critics say", " 70 percent", " $4 million", " according to the report", " obviously",
        " could", " officials", " \"We will act,\" she said.", " “Quoted,” he said.", " It rose.", ". ", ", ", "; ", "?", "!", " ",
        "\n", "\n\n", "\t", "# ", "## ", "> ", "- ", "* ", "1. ", "  - ", "*", "**", "_", "`", "```\n", "~~~", "[", "]", "](https://example.org)",
        "[link](https://example.org/a)", "<https://example.org>", "![img](a.png)", "[^1]", "\n[^1]: A note.\n", "[ref]", "\n[ref]: https://example.org\n",
        "| a | b |\n|---|---|\n| c | d |\n", "---\n", "---\ntitle: x\n---\n", "<div>", "</div>", "&amp;", "&#x27;", "\\*", "\\",
        "<!-- doclint-disable-next-line DL1001 -- why -->\n", "<!-- doclint-disable DL3001 -->", "<!-- doclint-enable -->",
        "<!-- doclint-disable-file -->", "<!-- doclint-disable-line Hedging -->", "<!-- unclosed", "-->", "é", "😀", "\u0301", "\u00a0",
        "U.S.", " Dr.", " e.g.", "3.5", "1,000", "%", "'", "\"", "(", ")", "…", "—",
    ];

    /// <summary>Concatenations of the pieces above: short documents dense in both prose cues and syntax.</summary>
    public static Gen<string> Markdown { get; } =
        Gen.Int[0, Pieces.Length - 1].Array[1, 80].Select(indexes => string.Concat(indexes.Select(i => Pieces[i])));

    /// <summary>Any characters at all, control characters and lone surrogates included.</summary>
    public static Gen<string> AnyText { get; } = Gen.Char.Array[0, 200].Select(chars => new string(chars));

    /// <summary>One of the given documents with a few random edits: deletions, duplications, insertions, byte flips.</summary>
    public static Gen<byte[]> Mutated(IReadOnlyList<byte[]> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var edit = Gen.Select(Gen.Int[0, 3], Gen.Double.Unit, Gen.Double.Unit, Gen.Int[0, Pieces.Length - 1], Gen.Byte);
        return Gen.Select(Gen.Int[0, seeds.Count - 1], edit.Array[1, 8]).Select((seed, edits) =>
        {
            var bytes = new List<byte>(seeds[seed]);
            foreach (var (kind, at, length, piece, value) in edits)
            {
                Apply(bytes, kind, at, length, piece, value);
            }

            return bytes.ToArray();
        });
    }

    /// <summary>The edit a mutation makes, shared with the fuzz harness.</summary>
    public static void Apply(List<byte> bytes, int kind, double at, double length, int piece, byte value)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var start = (int)(at * bytes.Count);
        var count = Math.Min(bytes.Count - start, (int)(length * 64));
        switch (kind)
        {
            case 0 when count > 0:
                bytes.RemoveRange(start, count);
                break;
            case 1 when count > 0:
                bytes.InsertRange(start, bytes.GetRange(start, count));
                break;
            case 2:
                bytes.InsertRange(start, System.Text.Encoding.UTF8.GetBytes(Pieces[piece % Pieces.Length]));
                break;
            case 3 when start < bytes.Count:
                bytes[start] = value;
                break;
        }
    }
}
