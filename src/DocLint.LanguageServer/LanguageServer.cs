using System.Collections.Concurrent;
using System.Text.Json;
using DocLint.Analysis;
using DocLint.LanguageServer.Features;
using DocLint.LanguageServer.Protocol;
using DocLint.LanguageServer.Workspace;

namespace DocLint.LanguageServer;

/// <summary>
/// <c>doclint lsp</c>: LSP 3.17 over a pair of streams. One loop reads messages in order and answers requests from
/// the latest lint of each document; lints after edits run in the background (see <see cref="LintScheduler"/>) and
/// publish diagnostics only for the version they linted, so stale ranges are never shown.
/// </summary>
internal sealed class LanguageServer : IDisposable
{
    private const string DoclintSection = "doclint";
    private static readonly IReadOnlyList<string> WatchedGlobs = ["**/.editorconfig", "**/*baseline*.json"];

    private readonly LintEngine _engine;
    private readonly LanguageServerOptions _options;
    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly HoverProvider _hover;
    private readonly ConcurrentDictionary<string, DocumentSnapshot> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement?>> _pending = new();
    private readonly CancellationTokenSource _stopping = new();
    private WorkspaceLinter? _linter;
    private LintScheduler? _scheduler;
    private ClientCapabilities? _capabilities;
    private bool _shutdownRequested;
    private int _nextRequestId;

    public LanguageServer(LintEngine engine, Stream input, Stream output, LanguageServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        _engine = engine;
        _options = options;
        // Headers are read a byte at a time; the buffer makes that one read call per message rather than per byte.
        _reader = new MessageReader(new BufferedStream(input));
        _writer = new MessageWriter(output);
        _hover = new HoverProvider(new RulePages(options.ReadRulePage));
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _writer.Dispose();
    }

    /// <summary>Serves until <c>exit</c> or the end of input: 0 after a shutdown request, 1 otherwise (as LSP says).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        try
        {
            while (await _reader.ReadAsync(linked.Token) is { } body)
            {
                IncomingMessage message;
                try
                {
                    message = Parse(body);
                }
                catch (JsonException)
                {
                    await _writer.RespondErrorAsync(null, -32700, "Parse error", linked.Token);
                    continue;
                }

                if (message.Method == "exit")
                {
                    break;
                }

                await DispatchAsync(message, linked.Token);
            }
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            // The host is stopping (Ctrl+C): leave as if the client vanished.
        }
        finally
        {
            await _stopping.CancelAsync();
        }

        return _shutdownRequested ? 0 : 1;
    }

    private static IncomingMessage Parse(byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        JsonElement? Member(string name) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) ? value.Clone() : null;
        var method = Member("method") is { ValueKind: JsonValueKind.String } m ? m.GetString() : null;
        return new IncomingMessage(Member("id"), method, Member("params"), Member("result"), Member("error"));
    }

    private async Task DispatchAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (message.Method is null)
        {
            // A response to one of our requests (workspace/configuration, client/registerCapability).
            if (message.Id is { ValueKind: JsonValueKind.Number } id && id.TryGetInt32(out var number) && _pending.TryRemove(number, out var waiting))
            {
                waiting.TrySetResult(message.Result);
            }

            return;
        }

        var isRequest = message.Id is not null;
        try
        {
            if (isRequest)
            {
                await HandleRequestAsync(message.Id!.Value, message.Method, message.Params, cancellationToken);
            }
            else
            {
                HandleNotification(message.Method, message.Params);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            // One bad message (or a bug behind it) fails that request, not the writer's whole session.
            if (isRequest)
            {
                var code = exception is JsonException or ArgumentException ? LspConstants.InvalidParams : LspConstants.InternalError;
                await _writer.RespondErrorAsync(message.Id, code, $"{message.Method}: {exception.Message}", cancellationToken);
            }
            else
            {
                await LogAsync($"{message.Method}: {exception.Message}", cancellationToken);
            }
        }
    }

    private async Task HandleRequestAsync(JsonElement id, string method, JsonElement? parameters, CancellationToken cancellationToken)
    {
        if (method == "initialize")
        {
            var initialize = Read(parameters, LspJsonContext.Default.InitializeParams);
            _capabilities = initialize.Capabilities;
            _linter = new WorkspaceLinter(_engine, RootOf(initialize));
            _scheduler = new LintScheduler(LintAndPublishAsync, _options.Debounce, _stopping.Token);
            await _writer.RespondAsync(id, Capabilities(), LspJsonContext.Default.InitializeResult, cancellationToken);
            return;
        }

        if (_linter is null)
        {
            await _writer.RespondErrorAsync(id, LspConstants.ServerNotInitialized, "The server has not been initialized.", cancellationToken);
            return;
        }

        if (_shutdownRequested)
        {
            await _writer.RespondErrorAsync(id, LspConstants.InvalidRequest, "The server is shutting down.", cancellationToken);
            return;
        }

        switch (method)
        {
            case "shutdown":
                _shutdownRequested = true;
                await _writer.RespondAsync<JsonElement?>(id, null, LspJsonContext.Default.NullableJsonElement, cancellationToken);
                break;
            case "textDocument/codeAction":
                var actionParams = Read(parameters, LspJsonContext.Default.CodeActionParams);
                var actions = LintNow(actionParams.TextDocument.Uri) is { } forActions ? CodeActionProvider.Actions(forActions, actionParams.Range) : [];
                await _writer.RespondAsync(id, actions, LspJsonContext.Default.IReadOnlyListCodeAction, cancellationToken);
                break;
            case "textDocument/hover":
                var hoverParams = Read(parameters, LspJsonContext.Default.TextDocumentPositionParams);
                var hover = LintNow(hoverParams.TextDocument.Uri) is { } forHover ? _hover.Hover(forHover, hoverParams.Position) : null;
                await _writer.RespondAsync(id, hover, LspJsonContext.Default.Hover, cancellationToken);
                break;
            case "textDocument/codeLens":
                var lensParams = Read(parameters, LspJsonContext.Default.TextDocumentParams);
                var lenses = LintNow(lensParams.TextDocument.Uri) is { } forLens ? ScoreLensProvider.Lenses(forLens) : [];
                await _writer.RespondAsync(id, lenses, LspJsonContext.Default.IReadOnlyListCodeLens, cancellationToken);
                break;
            default:
                await _writer.RespondErrorAsync(id, LspConstants.MethodNotFound, $"Unhandled method {method}", cancellationToken);
                break;
        }
    }

    private void HandleNotification(string method, JsonElement? parameters)
    {
        if (_linter is null || _scheduler is null)
        {
            return; // Notifications before initialize are dropped, as LSP says.
        }

        switch (method)
        {
            case "initialized":
                _ = Task.Run(() => ConfigureAsync(registerWatchers: true), _stopping.Token);
                break;
            case "textDocument/didOpen":
                var item = Read(parameters, LspJsonContext.Default.DidOpenTextDocumentParams).TextDocument;
                _documents[item.Uri] = new DocumentSnapshot(item.Uri, item.LanguageId, item.Version, DocLint.Text.SourceText.From(item.Text));
                _scheduler.Schedule(item.Uri);
                break;
            case "textDocument/didChange":
                var change = Read(parameters, LspJsonContext.Default.DidChangeTextDocumentParams);
                if (_documents.TryGetValue(change.TextDocument.Uri, out var previous))
                {
                    var text = IncrementalText.Apply(previous.Source, change.ContentChanges);
                    _documents[previous.Uri] = previous with { Version = change.TextDocument.Version, Source = text };
                    _scheduler.Schedule(previous.Uri);
                }

                break;
            case "textDocument/didSave":
                var saved = Read(parameters, LspJsonContext.Default.TextDocumentParams).TextDocument.Uri;
                if (_documents.ContainsKey(saved))
                {
                    _scheduler.Schedule(saved);
                }

                break;
            case "textDocument/didClose":
                var closed = Read(parameters, LspJsonContext.Default.TextDocumentParams).TextDocument.Uri;
                _documents.TryRemove(closed, out _);
                _linter.Forget(closed);
                _ = _writer.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(closed, null, []), LspJsonContext.Default.PublishDiagnosticsParams, _stopping.Token);
                break;
            case "workspace/didChangeWatchedFiles":
                var files = Read(parameters, LspJsonContext.Default.DidChangeWatchedFilesParams);
                if (files.Changes.Any(IsSettingsFile))
                {
                    _linter.Invalidate();
                    RelintAll();
                }

                break;
            case "workspace/didChangeConfiguration":
                _ = Task.Run(() => ConfigureAsync(registerWatchers: false), _stopping.Token);
                break;
            default:
                break; // $/cancelRequest, $/setTrace and the like: nothing to do.
        }
    }

    /// <summary>Lints the document's current text now (from the cache when nothing changed) for a request about it.</summary>
    private LintResult? LintNow(string uri) =>
        _documents.TryGetValue(uri, out var snapshot) ? _linter!.Lint(snapshot, _stopping.Token) : null;

    private async Task LintAndPublishAsync(string uri, CancellationToken cancellationToken)
    {
        try
        {
            if (!_documents.TryGetValue(uri, out var snapshot))
            {
                return;
            }

            var result = _linter!.Lint(snapshot, cancellationToken);
            // A newer edit arrived while linting: its own lint follows, and these ranges would point at old text.
            if (!_documents.TryGetValue(uri, out var current) || current.Version != snapshot.Version)
            {
                return;
            }

            var diagnostics = DiagnosticMapper.Map(result.Report.Diagnostics);
            await _writer.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, snapshot.Version, diagnostics), LspJsonContext.Default.PublishDiagnosticsParams, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A failed lint must not stop the server; the user sees why in the editor's log.
            await LogAsync($"Linting {uri} failed: {exception.Message}", cancellationToken);
        }
    }

    private void RelintAll()
    {
        foreach (var uri in _documents.Keys)
        {
            _scheduler!.Schedule(uri);
        }
    }

    private async Task ConfigureAsync(bool registerWatchers)
    {
        try
        {
            var workspace = _capabilities?.Workspace;
            if (registerWatchers && workspace?.DidChangeWatchedFiles?.DynamicRegistration == true)
            {
                var watchers = new DidChangeWatchedFilesRegistrationOptions([.. WatchedGlobs.Select(g => new WatchedFileGlob(g))]);
                var registration = new RegistrationParams([new Registration("doclint-settings-files", "workspace/didChangeWatchedFiles", watchers)]);
                await RequestAsync("client/registerCapability", registration, LspJsonContext.Default.RegistrationParams);
            }

            if (workspace?.Configuration == true)
            {
                var request = new ConfigurationParams([new ConfigurationItem(DoclintSection)]);
                var answer = await RequestAsync("workspace/configuration", request, LspJsonContext.Default.ConfigurationParams);
                var settings = answer is { ValueKind: JsonValueKind.Array } array
                    ? array.Deserialize(LspJsonContext.Default.IReadOnlyListClientSettings) is { Count: > 0 } list ? list[0] : null
                    : null;
                _linter!.Configure(settings ?? ClientSettings.None);
                if (_linter.BaselineProblem is { } problem)
                {
                    await LogAsync(problem, _stopping.Token);
                }

                RelintAll();
            }
        }
        catch (Exception exception) when (exception is JsonException or OperationCanceledException or IOException)
        {
            // Settings are optional: without them the server lints with .editorconfig alone.
        }
    }

    private async Task<JsonElement?> RequestAsync<T>(string method, T parameters, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        var id = Interlocked.Increment(ref _nextRequestId);
        var answer = new TaskCompletionSource<JsonElement?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await using var registration = _stopping.Token.Register(() => answer.TrySetCanceled());
        await _writer.RequestAsync(id, method, parameters, type, _stopping.Token);
        return await answer.Task;
    }

    private bool IsSettingsFile(FileEvent change)
    {
        var path = DocumentUris.ToPath(change.Uri);
        return path is not null && (Path.GetFileName(path) == ".editorconfig" || string.Equals(path, _linter!.BaselinePath, StringComparison.Ordinal));
    }

    private Task LogAsync(string message, CancellationToken cancellationToken) =>
        _writer.NotifyAsync("window/logMessage", new LogMessageParams(2, message), LspJsonContext.Default.LogMessageParams, cancellationToken);

    private InitializeResult Capabilities() =>
        new(
            new ServerCapabilities(
                new TextDocumentSyncOptions(OpenClose: true, LspConstants.SyncIncremental, new SaveOptions(IncludeText: false)),
                HoverProvider: true,
                new CodeActionOptions([LspConstants.CodeActionQuickFix]),
                new CodeLensOptions(ResolveProvider: false)),
            new ServerInfo("doclint", _options.Version));

    private static string? RootOf(InitializeParams initialize) =>
        DocumentUris.ToPath(initialize.WorkspaceFolders is { Count: > 0 } folders ? folders[0].Uri : null)
        ?? DocumentUris.ToPath(initialize.RootUri)
        ?? (string.IsNullOrEmpty(initialize.RootPath) ? null : Path.GetFullPath(initialize.RootPath));

    private static T Read<T>(JsonElement? parameters, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        parameters is { } value
            ? value.Deserialize(type) ?? throw new ArgumentException("The request has no parameters.")
            : throw new ArgumentException("The request has no parameters.");
}
