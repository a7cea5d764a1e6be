using System.Collections.Immutable;
using System.Globalization;
using DocLint.Prose;
using DocLint.Text;

namespace DocLint.GrammarTool;

/// <summary>
/// One exported sentence: its article, its split (train or heldout), DocLint's tokens with their kinds and offsets,
/// and, once the teacher has run, the teacher's label per token. One tab-separated line in the silver files.
/// </summary>
internal sealed record SilverSentence(string Split, string File, ImmutableArray<Token> Tokens, ImmutableArray<string> Labels)
{
    private const string KindCodes = "WNSAPQYUH";

    public static string Format(string split, string file, IReadOnlyList<Token> tokens)
    {
        var first = tokens[0].Span.Start;
        var kinds = string.Concat(tokens.Select(t => KindCodes[(int)t.Kind]));
        var starts = string.Join(',', tokens.Select(t => (t.Span.Start - first).ToString(CultureInfo.InvariantCulture)));
        return $"{split}\t{file}\t{kinds}\t{starts}\t{string.Join(' ', tokens.Select(t => t.Text))}";
    }

    /// <summary>Reads an exported line, with the teacher's labels as a sixth column when present.</summary>
    public static SilverSentence Parse(string line)
    {
        var columns = line.Split('\t');
        var kinds = columns[2];
        var starts = columns[3].Split(',');
        var texts = columns[4].Split(' ');
        if (texts.Length != kinds.Length || starts.Length != kinds.Length)
        {
            throw new FormatException($"Token columns disagree in a line of {columns[1]}.");
        }

        var tokens = ImmutableArray.CreateBuilder<Token>(texts.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            var start = int.Parse(starts[i], CultureInfo.InvariantCulture);
            tokens.Add(new Token((TokenKind)KindCodes.IndexOf(kinds[i], StringComparison.Ordinal), texts[i], new TextSpan(start, texts[i].Length)));
        }

        var labels = columns.Length > 5 ? columns[5].Split(' ').ToImmutableArray() : [];
        if (!labels.IsEmpty && labels.Length != texts.Length)
        {
            throw new FormatException($"The teacher's labels do not line up with the tokens in a line of {columns[1]}.");
        }

        return new SilverSentence(columns[0], columns[1], tokens.MoveToImmutable(), labels);
    }
}
