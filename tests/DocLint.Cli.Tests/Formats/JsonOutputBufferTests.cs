using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocLint.Reporting;

namespace DocLint.Cli.Tests.Formats;

public sealed class JsonOutputBufferTests
{
    // The JSON writer's own buffer (written over, never cleared) must give the bytes Utf8JsonWriter gives over a
    // stream: values longer than the buffer, multi-byte characters across its edges, flushes between items.
    [Theory]
    [InlineData(10)]
    [InlineData(40_000)]
    public void Json_through_the_output_buffer_equals_the_writer_over_a_stream(int longValue)
    {
        var value = string.Concat(Enumerable.Repeat("é€a\"b ", longValue / 6 + 1));
        var items = Enumerable.Range(0, 300).Select(i => "item " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ünïcode").ToArray();
        void Write(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("long", value);
            json.WriteStartArray("items");
            foreach (var item in items)
            {
                json.WriteStringValue(item);
                json.Flush();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        using var text = new StringWriter();
        JsonOutput.Write(text, Write);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            Write(json);
        }

        Assert.Equal(Encoding.UTF8.GetString(stream.ToArray()) + "\n", text.ToString());
    }

    // An exception in the middle of an entry leaves the output at the last flush point: the bytes the writer handed to
    // the buffer since then (a value longer than the buffer's first array is handed on before any flush) never reach
    // the stream, so no half-written value does either. The CLI keeps no failed run's output (StreamBufferWriter).
    [Fact]
    public void A_write_that_throws_leaves_the_output_at_the_last_flush_point()
    {
        using var text = new StringWriter();
        using var json = JsonOutput.Open(text, out var buffer);
        json.WriteStartObject();
        json.WriteString("header", "sent");
        json.Flush();
        buffer.Send();
        var sent = text.ToString();

        void WriteAndFail()
        {
            json.WriteString("long", new string('x', 40_000));
            throw new InvalidOperationException("formatter failed");
        }

        var thrown = Assert.Throws<InvalidOperationException>(WriteAndFail);

        Assert.Equal("formatter failed", thrown.Message);
        Assert.Equal("{\n  \"header\": \"sent\"", sent);
        Assert.Equal(sent, text.ToString());
    }
}
