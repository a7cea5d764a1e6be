using System.Text.Json;

namespace DocLint.Reporting;

/// <summary>
/// The lifecycle the JSON formats share: the header, each entry flushed to the destination as soon as it is
/// written (Utf8JsonWriter otherwise keeps every byte until disposed: a 270 MB report was held whole, in a
/// buffer grown by doubling), the tail, a final newline.
/// </summary>
internal abstract class JsonReportWriter : IReportWriter
{
    // An entry is one document: a 50 MB document's is 160 MB of JSON, which the writer held whole (its buffer grown
    // by doubling, old and new alive during each copy) until the entry's flush. Formats flush every so many findings
    // within an entry too (a finding is about a kilobyte); the bytes written do not change, only when they go out.
    // The JSON format's scored claims (about 170 bytes each) count the same way.
    // Counted, not measured: the writer's BytesPending restarts whenever its buffer grows, so it misses what it holds.
    private const int ItemsPerFlush = 64;

    private readonly TextWriter _writer;
    private readonly Utf8JsonWriter _json;
    private readonly StreamBufferWriter _buffer;
    private int _unflushed;

    protected JsonReportWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _json = JsonOutput.Open(writer, out _buffer);
    }

    public void Write(ReportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        WriteEntry(_json, entry);
        Send(_json);
    }

    public void Finish()
    {
        WriteTail(_json);
        JsonOutput.Close(_json, _buffer, _writer);
    }

    /// <summary>Writes the tool's name and version, the pair both JSON formats open with.</summary>
    public static void WriteNameAndVersion(Utf8JsonWriter json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteString(JsonOutput.Name, name);
        json.WriteString(JsonOutput.Version, ToolVersion.Current);
    }

    /// <summary>
    /// Counts an item written (a finding, a scored claim), and sends what the writer holds on every so many: called
    /// after each.
    /// </summary>
    protected void ItemWritten(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (++_unflushed == ItemsPerFlush)
        {
            Send(json);
            _unflushed = 0;
        }
    }

    /// <summary>Writes the header and returns the writer: called once, by the format's Start.</summary>
    public IReportWriter Begin()
    {
        WriteHeader(_json);
        Send(_json);
        return this;
    }

    // The writer's flush hands its bytes to the buffer; the buffer sends them on.
    private void Send(Utf8JsonWriter json)
    {
        json.Flush();
        _buffer.Send();
    }

    protected abstract void WriteHeader(Utf8JsonWriter json);

    protected abstract void WriteEntry(Utf8JsonWriter json, ReportEntry entry);

    protected abstract void WriteTail(Utf8JsonWriter json);
}
