using DocLint.Diagnostics;
using DocLint.Text;

namespace DocLint.Documents;

/// <summary>Reads one file (never writes it) and extracts its prose, or explains why it could not.</summary>
internal static class DocumentLoader
{
    public static LoadResult Load(string displayPath, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var decoded = SourceTextDecoder.Decode(bytes);
        if (!decoded.IsSuccess)
        {
            var descriptor = InfrastructureDescriptors.InputNotText;
            return LoadResult.Failed(Diagnostic.ForFile(descriptor, displayPath, descriptor.FormatMessage([decoded.FailureReason])));
        }

        var source = decoded.Text!;
        if (string.IsNullOrWhiteSpace(source.Text))
        {
            var descriptor = InfrastructureDescriptors.InputEmpty;
            return LoadResult.Failed(Diagnostic.ForFile(descriptor, displayPath, descriptor.MessageFormat));
        }

        if (ProseDocument.KindFromPath(displayPath) == DocumentKind.Markdown)
        {
            // Refused before parsing: Markdig's block parsing of deep nesting costs depth × lines.
            if (MarkdownNesting.FindTooDeepLine(source) is { } deepLine)
            {
                return LoadResult.Failed(TooDeep(displayPath, source, deepLine));
            }

            try
            {
                return LoadResult.Loaded(Parse(displayPath, source));
            }
            catch (ArgumentException exception) when (MarkdownNesting.IsDepthError(exception))
            {
                return LoadResult.Failed(TooDeep(displayPath, source, MarkdownNesting.LocateParseFailure(source, MarkdownProseExtractor.Pipeline)));
            }
        }

        return LoadResult.Loaded(Parse(displayPath, source));
    }

    private static Diagnostic TooDeep(string displayPath, SourceText source, int line)
    {
        var descriptor = InfrastructureDescriptors.NestedTooDeeply;
        var lineSpan = source.GetLineSpan(line);
        var message = descriptor.FormatMessage([line + 1, MarkdownNesting.MaxDepth]);
        if (lineSpan.IsEmpty)
        {
            return Diagnostic.ForFile(descriptor, displayPath, message);
        }

        // The line's first character: enough for an editor to jump there without copying a huge line.
        var span = new TextSpan(lineSpan.Start, 1);
        return new Diagnostic(descriptor, descriptor.DefaultSeverity, new Location(displayPath, span, source.GetLinePositionSpan(span)), message, source.ToString(span), string.Empty);
    }

    public static ProseDocument Parse(string displayPath, SourceText source) =>
        ProseDocument.KindFromPath(displayPath) == DocumentKind.PlainText
            ? PlainTextProseExtractor.Extract(displayPath, source)
            : MarkdownProseExtractor.Extract(displayPath, source);
}
