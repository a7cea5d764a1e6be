using System.Text;
using DocLint.LanguageServer.Protocol;
using DocLint.Text;

namespace DocLint.LanguageServer.Workspace;

/// <summary>
/// Applies LSP content changes (incremental sync) to a document's text. Positions are UTF-16 code units, as LSP
/// counts and as <see cref="SourceText"/> stores them; a position past the end of its line or of the document is
/// clamped there, as the specification asks.
/// </summary>
internal static class IncrementalText
{
    public static SourceText Apply(SourceText source, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var change in changes)
        {
            // Each change applies to the text the previous one produced, so the line table is rebuilt in between.
            if (change.Range is not { } range)
            {
                source = SourceText.From(change.Text);
                continue;
            }

            var start = Offset(source, range.Start);
            var end = Math.Max(start, Offset(source, range.End));
            var text = new StringBuilder(source.Length - (end - start) + change.Text.Length)
                .Append(source.Text, 0, start)
                .Append(change.Text)
                .Append(source.Text, end, source.Length - end)
                .ToString();
            source = SourceText.From(text);
        }

        return source;
    }

    public static int Offset(SourceText source, Position position)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(position);
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= source.LineCount)
        {
            return source.Length;
        }

        var line = source.GetLineSpan(position.Line);
        return line.Start + Math.Clamp(position.Character, 0, line.Length);
    }
}
