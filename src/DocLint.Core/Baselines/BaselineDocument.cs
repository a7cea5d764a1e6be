using System.Text.Json.Serialization;

namespace DocLint.Baselines;

/// <summary>The JSON shape of a baseline file.</summary>
internal sealed record BaselineDocument(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("entries")] IReadOnlyList<BaselineDocumentEntry>? Entries);
