using System.Collections.Immutable;
using DocLint.Text;

namespace DocLint.Documents;

/// <summary>A parsed document: its source text and the prose extracted from it.</summary>
internal sealed record ProseDocument(
    string Path,
    DocumentKind Kind,
    SourceText Source,
    ImmutableArray<ProseBlock> Blocks,
    ImmutableArray<HtmlComment> Comments)
{
    public static DocumentKind KindFromPath(string path)
    {
        var extension = System.IO.Path.GetExtension(path);
        return extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || extension.Equals(".text", StringComparison.OrdinalIgnoreCase)
            ? DocumentKind.PlainText
            : DocumentKind.Markdown;
    }
}
