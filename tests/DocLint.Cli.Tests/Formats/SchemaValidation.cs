using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace DocLint.Cli.Tests.Formats;

/// <summary>Validates JSON text against a schema file with JsonSchema.Net and returns the failures, empty when valid.</summary>
internal static class SchemaValidation
{
    private static readonly Lazy<JsonSchema?> Sarif = new(() => RepositoryPaths.SarifSchema is { } path ? Load(path) : null);
    private static readonly Lazy<JsonSchema> DocLintOutput = new(() => Load(Path.Combine(RepositoryPaths.Root, "docs", "doclint-output.schema.json")));

    /// <summary>The official SARIF 2.1.0 schema, or null when the shared data is absent.</summary>
    public static JsonSchema? SarifSchema => Sarif.Value;

    public static JsonSchema OutputSchema => DocLintOutput.Value;

    public static IReadOnlyList<string> Errors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }

    /// <summary>
    /// The SARIF schema is draft-04, which JsonSchema.Net does not read; its keywords used here mean the same in
    /// draft-07 except the root "id" (draft-07's "$id"), which is dropped because nothing refers to it.
    /// </summary>
    private static JsonSchema Load(string path)
    {
        var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        if (node["$schema"]?.GetValue<string>() is { } dialect && dialect.Contains("draft-04", StringComparison.Ordinal))
        {
            node["$schema"] = "http://json-schema.org/draft-07/schema#";
            node.Remove("id");
        }

        // A registry per schema: the global one refuses a second build of the same $id.
        return JsonSchema.FromText(node.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }
}
