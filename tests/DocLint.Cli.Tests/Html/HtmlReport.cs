using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DocLint.Cli.Tests.Html;

/// <summary>An HTML report parsed the way a browser parses it, with the lookups the tests share.</summary>
internal sealed class HtmlReport(IDocument document)
{
    public IDocument Document { get; } = document;

    public static HtmlReport Parse(string html) => new(new HtmlParser().ParseDocument(html));

    /// <summary>The section that shows one document, found by the path in its heading.</summary>
    public IElement Section(string path) =>
        Document.QuerySelectorAll("section.doc").Single(s => s.QuerySelector("h2 .path")!.TextContent == path);

    /// <summary>The text a finding highlights: its marks' text, in document order.</summary>
    public static string Highlighted(IElement section, string findingId) =>
        string.Concat(section.QuerySelectorAll("pre.text mark")
            .Where(m => m.GetAttribute("data-findings")!.Split(' ').Contains(findingId, StringComparer.Ordinal))
            .Select(m => m.TextContent));

    /// <summary>The documents the index lists, top to bottom.</summary>
    public IReadOnlyList<string> IndexPaths() =>
        [.. Document.QuerySelectorAll("section.index tbody tr td a").Select(a => a.TextContent)];
}
