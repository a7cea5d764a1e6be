using System.Text.Json;
using DocLint.Diagnostics;
using DocLint.Pipeline;

namespace DocLint.Reporting;

/// <summary>
/// Machine-readable output with stable field names and a version; documented by
/// docs/doclint-output.schema.json. Written with Utf8JsonWriter so bytes are deterministic.
/// </summary>
internal sealed class JsonFormatter : IResultFormatter
{
    public const string FormatVersion = "1.2";

    public string Name => "json";

    public bool WantsSummary => false;

    public void Write(LintRun result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("version", FormatVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", "doclint");
            json.WriteString("version", ToolVersion.Current);
            json.WriteEndObject();
            json.WriteStartArray("files");
            var visible = result.Visible.ToList();
            // Every path a visible diagnostic names gets an entry (a .editorconfig with a DL0002 too), so the summary
            // is always the sum of files[]. Indexed once: a scan of every document and finding per path made 50,000
            // files quadratic.
            var documents = result.Documents.GroupBy(d => d.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var byPath = visible.ToLookup(d => d.Location.Path, StringComparer.Ordinal);
            var paths = result.Documents.Select(d => d.Path).Concat(visible.Select(d => d.Location.Path)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                var document = documents.GetValueOrDefault(path);
                json.WriteStartObject();
                json.WriteString("path", path);
                json.WriteBoolean("linted", document?.WasLinted ?? false);
                json.WriteNumber("words", document?.WordCount ?? 0);
                if (document?.Score is { } score)
                {
                    json.WriteStartObject("score");
                    ScoreJson.Write(json, score);
                    json.WriteEndObject();
                }

                json.WriteStartArray("diagnostics");
                foreach (var diagnostic in byPath[path])
                {
                    WriteDiagnostic(json, diagnostic);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", result.Documents.Count(d => d.WasLinted));
            json.WriteNumber("errors", visible.Count(d => d.Severity == DiagnosticSeverity.Error));
            json.WriteNumber("warnings", visible.Count(d => d.Severity == DiagnosticSeverity.Warning));
            json.WriteNumber("infos", visible.Count(d => d.Severity == DiagnosticSeverity.Info));
            json.WriteNumber("belowMinScore", result.GateFailures.Count());
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", MsBuildFormatter.SeverityWord(diagnostic.Severity));
        json.WriteString("category", diagnostic.Descriptor.Category);
        json.WriteString("title", diagnostic.Descriptor.Title);
        json.WriteString("message", diagnostic.Message);
        if (!diagnostic.Location.IsWholeFile)
        {
            var span = diagnostic.Location.LineSpan;
            json.WriteStartObject("range");
            json.WriteNumber("startLine", span.Start.Line + 1);
            json.WriteNumber("startColumn", span.Start.Character + 1);
            json.WriteNumber("endLine", span.End.Line + 1);
            json.WriteNumber("endColumn", span.End.Character + 1);
            json.WriteNumber("offset", diagnostic.Location.SourceSpan.Start);
            json.WriteNumber("length", diagnostic.Location.SourceSpan.Length);
            json.WriteEndObject();
            json.WriteString("text", diagnostic.FlaggedText);
        }

        json.WriteString("helpUri", diagnostic.Descriptor.HelpLinkUri);
        json.WriteEndObject();
    }
}
