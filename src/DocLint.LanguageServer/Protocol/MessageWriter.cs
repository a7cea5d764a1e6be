using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace DocLint.LanguageServer.Protocol;

/// <summary>
/// Writes JSON-RPC 2.0 messages with Content-Length framing. Requests, responses and notifications come from the
/// message loop and from background lints at once, so each whole message is written under one lock.
/// </summary>
internal sealed class MessageWriter(Stream output) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public void Dispose() => _gate.Dispose();

    public Task NotifyAsync<T>(string method, T parameters, JsonTypeInfo<T> type, CancellationToken cancellationToken) =>
        SendAsync(json =>
        {
            json.WriteString("method", method);
            json.WritePropertyName("params");
            JsonSerializer.Serialize(json, parameters, type);
        }, cancellationToken);

    public Task RequestAsync<T>(int id, string method, T parameters, JsonTypeInfo<T> type, CancellationToken cancellationToken) =>
        SendAsync(json =>
        {
            json.WriteNumber("id", id);
            json.WriteString("method", method);
            json.WritePropertyName("params");
            JsonSerializer.Serialize(json, parameters, type);
        }, cancellationToken);

    /// <summary>A response; a null result is written as JSON null, as LSP expects of "no hover" and the like.</summary>
    public Task RespondAsync<T>(JsonElement id, T? result, JsonTypeInfo<T> type, CancellationToken cancellationToken) =>
        SendAsync(json =>
        {
            json.WritePropertyName("id");
            id.WriteTo(json);
            json.WritePropertyName("result");
            if (result is null)
            {
                json.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(json, result, type);
            }
        }, cancellationToken);

    public Task RespondErrorAsync(JsonElement? id, int code, string message, CancellationToken cancellationToken) =>
        SendAsync(json =>
        {
            json.WritePropertyName("id");
            if (id is { } value)
            {
                value.WriteTo(json);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WritePropertyName("error");
            JsonSerializer.Serialize(json, new ResponseError(code, message), LspJsonContext.Default.ResponseError);
        }, cancellationToken);

    private async Task SendAsync(Action<Utf8JsonWriter> writeMembers, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteString("jsonrpc", "2.0");
            writeMembers(json);
            json.WriteEndObject();
        }

        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await output.WriteAsync(header, cancellationToken);
            await output.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), cancellationToken);
            await output.FlushAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
