using System.Text;

namespace DocLint.Reporting;

/// <summary>
/// A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/> as bytes arrive, so a JSON or SARIF
/// report of any size streams to its destination instead of being built whole in memory first. A multi-byte
/// character split across two writes is carried over by the decoder.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : WriteOnlyStream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private char[] _chars = new char[4096];

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = _decoder.GetCharCount(buffer, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        }

        var written = _decoder.GetChars(buffer, _chars, flush: false);
        writer.Write(_chars, 0, written);
    }

    // The bytes are in the writer once written; flushing the writer onwards (a write(2) per JSON entry on standard
    // output) is its owner's choice, made once per run of finished documents.
    public override void Flush()
    {
    }
}
