using System.Collections.Immutable;
using DocLint.Text;

namespace DocLint.Documents;

/// <summary>
/// A run of prose (a paragraph, heading, list item paragraph or table cell) with the map back to the file.
/// Code, HTML, front matter and URLs never appear in <see cref="Text"/>.
/// </summary>
internal sealed record ProseBlock(
    int Index,
    ProseBlockKind Kind,
    string Text,
    SourceMap SourceMap,
    ImmutableArray<Evidence> Evidence,
    bool InBlockQuote)
{
    public TextSpan MapToSource(TextSpan proseSpan) => SourceMap.MapSpan(proseSpan);
}
