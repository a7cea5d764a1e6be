using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocLint.LanguageServer.Protocol;

/// <summary>Source-generated (de)serializers for every LSP type the server uses: no reflection, so Native AOT is safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(TextDocumentParams))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(IReadOnlyList<CodeAction>))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(IReadOnlyList<CodeLens>))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(RegistrationParams))]
[JsonSerializable(typeof(ConfigurationParams))]
[JsonSerializable(typeof(IReadOnlyList<ClientSettings?>))]
[JsonSerializable(typeof(ResponseError))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(JsonElement?))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class LspJsonContext : JsonSerializerContext;
