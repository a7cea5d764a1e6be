using System.Text.Json;

namespace DocLint.Reporting;

/// <summary>
/// The lifecycle the JSON formats share: the header, each entry flushed to the destination as soon as it is
/// written (Utf8JsonWriter otherwise keeps every byte until disposed: a 270 MB report was held whole, in a
/// buffer grown by doubling), the tail, a final newline.
/// </summary>
internal abstract class JsonReportWriter : IReportWriter
{
    private readonly TextWriter _writer;
    private readonly Utf8JsonWriter _json;

    protected JsonReportWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _json = JsonOutput.Open(writer);
    }

    public void Write(ReportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        WriteEntry(_json, entry);
        _json.Flush();
    }

    public void Finish()
    {
        WriteTail(_json);
        JsonOutput.Close(_json, _writer);
    }

    /// <summary>Writes the tool's name and version, the pair both JSON formats open with.</summary>
    public static void WriteNameAndVersion(Utf8JsonWriter json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteString(JsonOutput.Name, name);
        json.WriteString(JsonOutput.Version, ToolVersion.Current);
    }

    /// <summary>Writes the header and returns the writer: called once, by the format's Start.</summary>
    public IReportWriter Begin()
    {
        WriteHeader(_json);
        _json.Flush();
        return this;
    }

    protected abstract void WriteHeader(Utf8JsonWriter json);

    protected abstract void WriteEntry(Utf8JsonWriter json, ReportEntry entry);

    protected abstract void WriteTail(Utf8JsonWriter json);
}
