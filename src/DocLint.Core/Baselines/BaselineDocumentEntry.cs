using System.Text.Json.Serialization;

namespace DocLint.Baselines;

/// <summary>One entry as stored; nullable because the file is user-editable input.</summary>
internal sealed record BaselineDocumentEntry(
    [property: JsonPropertyName("rule")] string? Rule,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("context")] string? Context,
    [property: JsonPropertyName("count")] int Count);
