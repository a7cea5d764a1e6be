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

            var raw = source.Text.AsSpan(paragraphStart, paragraphEnd - paragraphStart);
            blocks.Add(raw.Contains("\r\n", StringComparison.Ordinal)
                ? FoldedParagraph(blocks.Count, raw, paragraphStart)
                : new ProseBlock(blocks.Count, ProseBlockKind.Paragraph, raw.ToString(), SourceMap.Identity(paragraphStart, raw.Length), [], InBlockQuote: false));
            paragraphStart = -1;
        }
    }

    // A paragraph's CRLF becomes one LF in its prose (mapped to both characters), so a finding's text and message do
    // not depend on the file's line endings. Not CrlfFolding, though both find the CRLFs: that folds a whole Markdown
    // source into one string for Markdig and maps offsets back through a table; here the paragraph's pieces go straight
    // into its source map (a linear piece per line, a two-character one per break), and a lone LF in a paragraph of
    // mixed endings stays inside its line's piece. Built on CrlfFolding the walk would be longer, not shared.
    private static ProseBlock FoldedParagraph(int index, ReadOnlySpan<char> raw, int sourceStart)
    {
        var builder = new ProseBuilder();
        var from = 0;
        while (raw[from..].IndexOf("\r\n", StringComparison.Ordinal) is var next and >= 0)
        {
            var at = from + next;
            builder.Append(raw[from..at], sourceStart + from, at - from);
            builder.Append("\n", sourceStart + at, 2);
            from = at + 2;
        }

        builder.Append(raw[from..], sourceStart + from, raw.Length - from);
        return new ProseBlock(index, ProseBlockKind.Paragraph, builder.ToText(), builder.ToSourceMap(), [], InBlockQuote: false);
    }
}
