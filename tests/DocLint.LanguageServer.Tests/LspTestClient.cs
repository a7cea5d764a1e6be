using System.Collections.Concurrent;
using System.IO.Pipes;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using DocLint.LanguageServer.Protocol;
using DocLint.Rules;

namespace DocLint.LanguageServer.Tests;

/// <summary>
/// Runs the server in-process on two pipes and speaks to it as an editor would: requests wait for their response,
/// notifications (publishDiagnostics, server-to-client requests) are queued for the test to read.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly AnonymousPipeServerStream _toServer = new(PipeDirection.Out);
    private readonly AnonymousPipeServerStream _fromServer = new(PipeDirection.In);
    private readonly AnonymousPipeClientStream _serverInput;
    private readonly AnonymousPipeClientStream _serverOutput;
    private readonly LanguageServer _server;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _responses = new();
    private readonly Channel<JsonElement> _notifications = Channel.CreateUnbounded<JsonElement>();
    private readonly Task _reading;
    private int _nextId;

    public LspTestClient(Func<JsonElement, JsonNode?>? answerServerRequest = null)
    {
        _serverInput = new AnonymousPipeClientStream(PipeDirection.In, _toServer.ClientSafePipeHandle);
        _serverOutput = new AnonymousPipeClientStream(PipeDirection.Out, _fromServer.ClientSafePipeHandle);
        var engine = new Analysis.LintEngine(BuiltInAnalyzers.Create());
        _server = new LanguageServer(engine, _serverInput, _serverOutput, new LanguageServerOptions(ReadPage));
        Exit = Task.Run(() => _server.RunAsync(CancellationToken.None));
        _reading = Task.Run(() => ReadAsync(answerServerRequest));
    }

    /// <summary>The server's exit code, once it has stopped.</summary>
    public Task<int> Exit { get; }

    public static string? ReadPage(string id)
    {
        var path = Path.Combine(DocLint.Cli.Tests.RepositoryPaths.Root, "rules", id + ".md");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public async Task<JsonElement> InitializeAsync(string root, JsonObject? capabilities = null)
    {
        var result = await RequestAsync("initialize", new JsonObject
        {
            ["processId"] = null,
            ["rootUri"] = new Uri(root).AbsoluteUri,
            ["capabilities"] = capabilities ?? new JsonObject(),
        });
        await NotifyAsync("initialized", new JsonObject());
        return result;
    }

    public async Task<JsonElement> RequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _responses[id] = response;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await response.Task.WaitAsync(Timeout);
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public Task OpenAsync(string uri, string text, int version = 1, string languageId = "markdown") =>
        NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = version, ["text"] = text },
        });

    public Task ChangeAsync(string uri, int version, params JsonObject[] changes) =>
        NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray([.. changes]),
        });

    /// <summary>The next server notification with this method (others before it are dropped).</summary>
    public async Task<JsonElement> NextAsync(string method)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            var message = await _notifications.Reader.ReadAsync(timeout.Token);
            if (message.GetProperty("method").GetString() == method)
            {
                return message.GetProperty("params");
            }
        }
    }

    /// <summary>The diagnostics published for this exact version of the document.</summary>
    public async Task<JsonElement> DiagnosticsAsync(string uri, int version)
    {
        while (true)
        {
            var published = await NextAsync("textDocument/publishDiagnostics");
            if (published.GetProperty("uri").GetString() == uri && published.TryGetProperty("version", out var v) && v.GetInt32() == version)
            {
                return published.GetProperty("diagnostics");
            }
        }
    }

    public static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter) => new()
    {
        ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
        ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
    };

    public async ValueTask DisposeAsync()
    {
        _toServer.Dispose();
        await Exit.WaitAsync(Timeout);
        _server.Dispose();
        _fromServer.Dispose();
        await _reading.WaitAsync(Timeout);
        _serverInput.Dispose();
        _serverOutput.Dispose();
    }

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _toServer.WriteAsync(header);
        await _toServer.WriteAsync(body);
        await _toServer.FlushAsync();
    }

    private async Task ReadAsync(Func<JsonElement, JsonNode?>? answerServerRequest)
    {
        var reader = new MessageReader(_fromServer);
        try
        {
            while (await reader.ReadAsync(CancellationToken.None) is { } body)
            {
                var message = JsonDocument.Parse(body).RootElement.Clone();
                var hasId = message.TryGetProperty("id", out var id);
                if (message.TryGetProperty("method", out _))
                {
                    if (hasId)
                    {
                        // A server-to-client request: answer it, so the server can go on.
                        var result = answerServerRequest?.Invoke(message);
                        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.GetInt32(), ["result"] = result });
                    }

                    await _notifications.Writer.WriteAsync(message);
                }
                else if (hasId && id.ValueKind == JsonValueKind.Number && _responses.TryRemove(id.GetInt32(), out var waiting))
                {
                    waiting.SetResult(message);
                }
            }
        }
        catch (IOException)
        {
            // The server's end closed.
        }
        finally
        {
            _notifications.Writer.TryComplete();
        }
    }
}
