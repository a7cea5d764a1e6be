using System.Collections.Immutable;
using DocLint.Text;

namespace DocLint.Documents;

/// <summary>A piecewise, monotonic map from offsets in extracted prose to offsets in the source file.</summary>
internal sealed class SourceMap
{
    private readonly ImmutableArray<SourceMapPiece> _pieces;

    public SourceMap(ImmutableArray<SourceMapPiece> pieces)
    {
        _pieces = pieces;
    }

    public ImmutableArray<SourceMapPiece> Pieces => _pieces;

    public static SourceMap Identity(int sourceStart, int length) =>
        new([new SourceMapPiece(0, length, sourceStart, length)]);

    public TextSpan MapSpan(TextSpan proseSpan)
    {
        var start = MapStart(proseSpan.Start);
        if (proseSpan.IsEmpty)
        {
            return new TextSpan(start, 0);
        }

        var end = MapEnd(proseSpan.End);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    private int MapStart(int position)
    {
        var piece = FindPiece(position, preferPrevious: false);
        if (position >= piece.ProseEnd)
        {
            return piece.SourceEnd;
        }

        return piece.IsLinear ? piece.SourceStart + (position - piece.ProseStart) : piece.SourceStart;
    }

    private int MapEnd(int position)
    {
        var piece = FindPiece(position, preferPrevious: true);
        if (position <= piece.ProseStart)
        {
            return piece.SourceStart;
        }

        return piece.IsLinear ? piece.SourceStart + (position - piece.ProseStart) : piece.SourceEnd;
    }

    // A start position belongs to the piece that contains it; an end position to the piece that ends at or after it.
    private SourceMapPiece FindPiece(int position, bool preferPrevious)
    {
        if (_pieces.IsEmpty)
        {
            return default;
        }

        var low = 0;
        var high = _pieces.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            var start = _pieces[mid].ProseStart;
            if (preferPrevious ? start < position : start <= position)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return _pieces[low];
    }
}
