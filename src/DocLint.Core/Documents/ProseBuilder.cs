using System.Collections.Immutable;
using System.Text;

namespace DocLint.Documents;

/// <summary>Accumulates prose text together with the source map that leads back to the file.</summary>
internal sealed class ProseBuilder
{
    /// <summary>Stands in for code, URLs and images so sentences keep their shape but no rule matches inside.</summary>
    public const char Placeholder = '\uFFFC';

    private const string PlaceholderText = "\uFFFC";

    private readonly StringBuilder _text = new();
    private readonly ImmutableArray<SourceMapPiece>.Builder _pieces = ImmutableArray.CreateBuilder<SourceMapPiece>();

    public int Length => _text.Length;

    /// <summary>Appends prose that maps to <paramref name="sourceLength"/> characters at <paramref name="sourceStart"/>; read from Markdig's slices in place, never copied first.</summary>
    public void Append(ReadOnlySpan<char> prose, int sourceStart, int sourceLength)
    {
        if (prose.Length == 0)
        {
            return;
        }

        var proseStart = _text.Length;
        _text.Append(prose);
        if (_pieces.Count > 0)
        {
            var last = _pieces[^1];
            // Merge contiguous linear pieces: most paragraphs then need one piece per line.
            if (last.IsLinear && prose.Length == sourceLength && last.SourceEnd == sourceStart && last.ProseEnd == proseStart)
            {
                _pieces[^1] = last with { ProseLength = last.ProseLength + prose.Length, SourceLength = last.SourceLength + sourceLength };
                return;
            }
        }

        _pieces.Add(new SourceMapPiece(proseStart, prose.Length, sourceStart, sourceLength));
    }

    public void AppendPlaceholder(int sourceStart, int sourceLength) =>
        Append(PlaceholderText, sourceStart, sourceLength);

    public string ToText() => _text.ToString();

    /// <summary>True when the prose so far is only white space and placeholders: no block worth keeping.</summary>
    public bool IsBlank()
    {
        foreach (var chunk in _text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c != Placeholder && !char.IsWhiteSpace(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public SourceMap ToSourceMap() => new(_pieces.ToImmutable());
}
