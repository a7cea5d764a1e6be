using System.Text.Encodings.Web;
using System.Text.Json;

namespace DocLint.Reporting;

/// <summary>
/// The one way the JSON formats write: Utf8JsonWriter, two-space indent, LF, readable non-ASCII, a final newline,
/// so every format's bytes are deterministic across platforms.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(write);
        // Streamed through: a 50,000-file report used to be held three times over (bytes, copy, string).
        using var stream = new TextWriterStream(writer);
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            write(json);
        }

        writer.Write('\n');
    }
}
