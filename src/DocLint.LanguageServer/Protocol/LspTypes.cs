using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocLint.LanguageServer.Protocol;

// The subset of LSP 3.17's types the server reads and writes. Names follow the specification; the JSON context
// maps them to camelCase and leaves nulls out.

internal sealed record Position(int Line, int Character);

internal sealed record Range(Position Start, Position End);

internal sealed record TextDocumentIdentifier(string Uri);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

internal sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

internal sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range);

internal sealed record CodeDescription(string Href);

internal sealed record LspDiagnostic(Range Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message);

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

internal sealed record TextEdit(Range Range, string NewText);

internal sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

internal sealed record CodeAction(string Title, string Kind, IReadOnlyList<LspDiagnostic>? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);

internal sealed record MarkupContent(string Kind, string Value);

internal sealed record Hover(MarkupContent Contents, Range? Range);

internal sealed record Command(string Title, [property: JsonPropertyName("command")] string CommandName);

internal sealed record CodeLens(Range Range, Command Command);

internal sealed record WorkspaceFolder(string Uri, string? Name);

internal sealed record DynamicRegistrationCapability(bool? DynamicRegistration);

internal sealed record WorkspaceClientCapabilities(bool? Configuration, DynamicRegistrationCapability? DidChangeWatchedFiles);

internal sealed record ClientCapabilities(WorkspaceClientCapabilities? Workspace);

internal sealed record InitializeParams(string? RootUri, string? RootPath, IReadOnlyList<WorkspaceFolder>? WorkspaceFolders, ClientCapabilities? Capabilities);

internal sealed record SaveOptions(bool IncludeText);

internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

internal sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);

internal sealed record CodeLensOptions(bool ResolveProvider);

internal sealed record ServerCapabilities(TextDocumentSyncOptions TextDocumentSync, bool HoverProvider, CodeActionOptions CodeActionProvider, CodeLensOptions CodeLensProvider);

internal sealed record ServerInfo(string Name, string Version);

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

internal sealed record FileEvent(string Uri, int Type);

internal sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

internal sealed record WatchedFileGlob(string GlobPattern);

internal sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<WatchedFileGlob> Watchers);

internal sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

internal sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);

internal sealed record ConfigurationItem(string Section);

internal sealed record ConfigurationParams(IReadOnlyList<ConfigurationItem> Items);

/// <summary>The "doclint" section of the client's settings (workspace/configuration).</summary>
internal sealed record ClientSettings(string? Baseline, int? MinScore)
{
    public static readonly ClientSettings None = new(null, null);
}

internal sealed record LogMessageParams(int Type, string Message);

internal sealed record ResponseError(int Code, string Message);

/// <summary>One incoming JSON-RPC message: a request (id and method), a notification (method) or a response (id).</summary>
internal sealed record IncomingMessage(JsonElement? Id, string? Method, JsonElement? Params, JsonElement? Result, JsonElement? Error);

/// <summary>LSP's numeric constants, named.</summary>
internal static class LspConstants
{
    public const int SyncIncremental = 2;
    public const int SeverityError = 1;
    public const int SeverityWarning = 2;
    public const int SeverityInformation = 3;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int InvalidRequest = -32600;
    public const int RequestCancelled = -32800;
    public const string CodeActionQuickFix = "quickfix";
    public const string Markdown = "markdown";
}
