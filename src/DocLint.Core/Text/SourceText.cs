using System.Collections.Immutable;

namespace DocLint.Text;

/// <summary>Decoded document text (BOM removed) with a line table for \n, \r\n and \r.</summary>
internal sealed class SourceText
{
    private readonly ImmutableArray<int> _lineStarts;

    private SourceText(string text)
    {
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    public static SourceText From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SourceText(text);
    }

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public override string ToString() => Text;

    public int GetLineStart(int line) => _lineStarts[line];

    /// <summary>The span of a line's content, without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    public int GetLineNumber(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, Text.Length);
        var index = _lineStarts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetLinePosition(int position)
    {
        var line = GetLineNumber(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    public int GetPosition(LinePosition position) => _lineStarts[position.Line] + position.Character;

    private static ImmutableArray<int> ComputeLineStarts(string text)
    {
        // Sized by a vectorized count of '\n' (every line break but a lone '\r'): the builder doubled its way up and
        // copied once more, a large share of loading a plain-text file.
        var starts = ImmutableArray.CreateBuilder<int>(text.AsSpan().Count('\n') + 1);
        starts.Add(0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.DrainToImmutable();
    }
}
