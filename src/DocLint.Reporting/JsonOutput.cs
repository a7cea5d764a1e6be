using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DocLint.Reporting;

/// <summary>
/// The one way the JSON formats write: Utf8JsonWriter, two-space indent, LF, readable non-ASCII, a final newline,
/// so every format's bytes are deterministic across platforms.
/// </summary>
internal static class JsonOutput
{
    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

    public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");

    /// <summary>The writers' escaping, for values encoded once ahead (<see cref="JsonEncodedText.Encode(string, JavaScriptEncoder?)"/>).</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = Encoder,
        NewLine = "\n",
    };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var json = Open(writer, out var buffer);
        write(json);
        Close(json, buffer, writer);
    }

    /// <summary>
    /// A JSON writer onto <paramref name="writer"/>. Bytes go straight to the file under a UTF-8 stream writer;
    /// anything else (standard output, a test's string) gets them decoded as they arrive. Both through
    /// <paramref name="buffer"/>, whose array is not cleared after each flush: the caller sends it after each.
    /// </summary>
    public static Utf8JsonWriter Open(TextWriter writer, out StreamBufferWriter buffer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (writer is StreamWriter { Encoding: UTF8Encoding utf8 } file && utf8.Preamble.Length == 0)
        {
            // What the writer holds goes first; the JSON bytes then follow it in the file.
            file.Flush();
            buffer = new StreamBufferWriter(new OwnerFlushedStream(file.BaseStream));
            return new Utf8JsonWriter(buffer, Options);
        }

        buffer = new StreamBufferWriter(new TextWriterStream(writer));
        return new Utf8JsonWriter(buffer, Options);
    }

    /// <summary>Flushes the last bytes and ends the output with a newline.</summary>
    public static void Close(Utf8JsonWriter json, StreamBufferWriter buffer, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(writer);
        json.Dispose();
        buffer.Send();
        writer.Write('\n');
    }
}
