using DocLint.Diagnostics;
using DocLint.Text;

namespace DocLint.Documents;

/// <summary>Reads one file (never writes it) and extracts its prose, or explains why it could not.</summary>
public static class DocumentLoader
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

        return LoadResult.Loaded(Parse(displayPath, source));
    }

    public static ProseDocument Parse(string displayPath, SourceText source) =>
        ProseDocument.KindFromPath(displayPath) == DocumentKind.PlainText
            ? PlainTextProseExtractor.Extract(displayPath, source)
            : MarkdownProseExtractor.Extract(displayPath, source);
}
