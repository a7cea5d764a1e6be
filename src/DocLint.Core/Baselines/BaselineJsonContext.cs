using System.Text.Json.Serialization;

namespace DocLint.Baselines;

/// <summary>Source-generated serialization: no reflection at start-up.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, NewLine = "\n")]
[JsonSerializable(typeof(BaselineDocument))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext
{
    /// <summary>Like <see cref="JsonSerializerContext"/>'s default, but writes "’" and "é" as themselves so diffs stay readable.</summary>
    public static BaselineJsonContext Readable() => new(new System.Text.Json.JsonSerializerOptions
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
