using System.Collections.Concurrent;
using DocLint.Text;

namespace DocLint.Reporting.Html;

/// <summary>
/// The bytes of each document as the runner read them, kept only for a format that shows the prose itself
/// (html), so the other formats keep releasing a document's memory once it is linted. The text is decoded the
/// way the engine decoded it, so every finding's span fits it; nothing is read from disk a second time.
/// </summary>
internal sealed class DocumentTexts
{
    private readonly ConcurrentDictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);

    /// <summary>Keeps a document's bytes under its display path (the path its findings carry).</summary>
    public void Keep(string displayPath, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(bytes);
        _bytes[displayPath] = bytes;
    }

    /// <summary>The decoded text of a document, or null when it was not kept or is not text.</summary>
    public string? TextOf(string displayPath)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        return _bytes.TryGetValue(displayPath, out var bytes) && SourceTextDecoder.Decode(bytes).Text is { } text ? text.Text : null;
    }
}
