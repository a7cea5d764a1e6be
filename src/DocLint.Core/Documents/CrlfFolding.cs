using System.Collections.Immutable;

namespace DocLint.Documents;

/// <summary>
/// A Markdown source with every CRLF folded to LF, and the way back to the file's offsets. Markdig does not read
/// CRLF and LF alike in every construct (a pipe table under a paragraph line is a table with LF and a paragraph with
/// CRLF), so the extractor parses the folded text: a document's findings must not depend on its line endings.
/// </summary>
internal sealed class CrlfFolding
{
    // Offsets in the folded text of each LF that stood for a CRLF, ascending.
    private readonly ImmutableArray<int> _foldedBreaks;

    private CrlfFolding(string text, ImmutableArray<int> foldedBreaks)
    {
        Text = text;
        _foldedBreaks = foldedBreaks;
    }

    /// <summary>The text Markdig reads: the source with each CRLF as LF (a lone CR is left as it is).</summary>
    public string Text { get; }

    public static CrlfFolding Fold(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var first = source.IndexOf("\r\n", StringComparison.Ordinal);
        if (first < 0)
        {
            return new CrlfFolding(source, []);
        }

        var breaks = ImmutableArray.CreateBuilder<int>();
        var folded = new System.Text.StringBuilder(source.Length);
        var from = 0;
        for (var at = first; at >= 0; at = source.IndexOf("\r\n", from, StringComparison.Ordinal))
        {
            folded.Append(source, from, at - from);
            breaks.Add(folded.Length);
            folded.Append('\n');
            from = at + 2;
        }

        folded.Append(source, from, source.Length - from);
        return new CrlfFolding(folded.ToString(), breaks.ToImmutable());
    }

    /// <summary>
    /// The file offset of a folded offset. A folded LF maps to its CR, so a line break's one character covers both
    /// of the file's, and a span that ends at a line break stops before the CR.
    /// </summary>
    public int ToSource(int foldedOffset)
    {
        if (_foldedBreaks.IsEmpty || foldedOffset <= _foldedBreaks[0])
        {
            return foldedOffset;
        }

        var index = _foldedBreaks.BinarySearch(foldedOffset);
        var breaksBefore = index >= 0 ? index : ~index;
        return foldedOffset + breaksBefore;
    }
}
