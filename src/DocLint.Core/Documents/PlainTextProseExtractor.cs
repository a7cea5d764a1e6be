using System.Collections.Immutable;
using DocLint.Text;

namespace DocLint.Documents;

/// <summary>Plain text: paragraphs are separated by blank lines and map to the file one to one.</summary>
internal static class PlainTextProseExtractor
{
    public static ProseDocument Extract(string path, SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var blocks = ImmutableArray.CreateBuilder<ProseBlock>();
        var paragraphStart = -1;
        var paragraphEnd = -1;
        for (var line = 0; line < source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            if (source.Text.AsSpan(span.Start, span.Length).IsWhiteSpace())
            {
                Flush();
                continue;
            }

            if (paragraphStart < 0)
            {
                paragraphStart = span.Start;
            }

            paragraphEnd = span.End;
        }

        Flush();
        return new ProseDocument(path, DocumentKind.PlainText, source, blocks.ToImmutable(), []);

        void Flush()
        {
            if (paragraphStart < 0)
            {
                return;
            }

            var text = source.Text[paragraphStart..paragraphEnd];
            blocks.Add(new ProseBlock(blocks.Count, ProseBlockKind.Paragraph, text, SourceMap.Identity(paragraphStart, text.Length), [], InBlockQuote: false));
            paragraphStart = -1;
        }
    }
}
