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
        var json = Open(writer);
        write(json);
        Close(json, writer);
    }

    /// <summary>
    /// A JSON writer onto <paramref name="writer"/>. Bytes go straight to the file under a UTF-8 stream writer;
    /// anything else (standard output, a test's string) gets them decoded as they arrive.
    /// </summary>
    public static Utf8JsonWriter Open(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (writer is StreamWriter { Encoding: UTF8Encoding utf8 } file && utf8.Preamble.Length == 0)
        {
            // What the writer holds goes first; the JSON bytes then follow it in the file.
            file.Flush();
            return new Utf8JsonWriter(new OwnerFlushedStream(file.BaseStream), Options);
        }

        return new Utf8JsonWriter(new TextWriterStream(writer), Options);
    }

    /// <summary>Flushes the last bytes and ends the output with a newline.</summary>
    public static void Close(Utf8JsonWriter json, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(writer);
        json.Dispose();
        writer.Write('\n');
    }
}
