using System.Text.Json;
using DocLint.Cli.Output;
using DocLint.Reporting;

namespace DocLint.Cli.Tests.Formats;

public sealed class JsonOutputSchemaTests
{
    [Fact]
    public async Task Real_output_is_valid_against_the_documented_schema()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("news/budget.md", Articles.Budget);
        directory.Write("notes.txt", "Experts say the bridge will probably open in May.\n");

        var run = await CliRun.InAsync(directory.Path, "news", "notes.txt", "missing.md", "--format", "json");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Empty(SchemaValidation.Errors(SchemaValidation.OutputSchema, run.Out));
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonFormatter.FormatVersion, json.RootElement.GetProperty("version").GetString());
        Assert.Contains(json.RootElement.GetProperty("files").EnumerateArray(), f => f.GetProperty("diagnostics").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("\"version\": \"1.2\"", "\"version\": \"2.0\"")]
    [InlineData("\"severity\": \"warning\"", "\"severity\": \"serious\"")]
    [InlineData("\"startLine\": 3", "\"startLine\": 0")]
    [InlineData("\"linted\": true", "\"linted\": true, \"extra\": 1")]
    public async Task Schema_rejects_output_that_breaks_the_contract(string original, string broken)
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", Articles.Budget);
        var run = await CliRun.InAsync(directory.Path, "a.md", "--format", "json");
        var changed = run.Out.Replace(original, broken, StringComparison.Ordinal);

        Assert.NotEqual(run.Out, changed);
        Assert.NotEmpty(SchemaValidation.Errors(SchemaValidation.OutputSchema, changed));
    }

    [Fact]
    public void Schema_names_every_field_the_formatter_writes()
    {
        var schema = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "doclint-output.schema.json"));
        foreach (var field in new[] { "version", "tool", "files", "path", "linted", "words", "diagnostics", "id", "severity", "category", "title", "message", "range", "startLine", "startColumn", "endLine", "endColumn", "offset", "length", "text", "helpUri", "summary", "errors", "warnings", "infos", "unjudgedClaims", "suppressedFindings", "scoredClaims", "status", "unjudged", "weight" })
        {
            Assert.Contains($"\"{field}\"", schema, StringComparison.Ordinal);
        }
    }
}
