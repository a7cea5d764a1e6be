using System.Text.Json;
using DocLint.Diagnostics;
using DocLint.Pipeline;

namespace DocLint.Reporting;

/// <summary>
/// Machine-readable output with stable field names and a version; documented by
/// docs/doclint-output.schema.json. Written with Utf8JsonWriter so bytes are deterministic, one file entry at a
/// time; the run's summary is counted as the entries go.
/// </summary>
internal sealed class JsonFormatter : IStreamingFormatter
{
    public const string FormatVersion = "1.2";

    public string Name => "json";

    public bool WantsSummary => false;

    public void Write(LintRun result, TextWriter writer) => StreamedRun.Write(this, result, writer);

    public IReportWriter Start(TextWriter writer, DiagnosticSeverity minimumSeverity) => new Output(writer, minimumSeverity).Begin();

    private sealed class Output(TextWriter writer, DiagnosticSeverity minimumSeverity) : JsonReportWriter(writer)
    {
        private static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");
        private static readonly JsonEncodedText Linted = JsonEncodedText.Encode("linted");
        private static readonly JsonEncodedText Words = JsonEncodedText.Encode("words");
        private static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");
        private static readonly JsonEncodedText Diagnostics = JsonEncodedText.Encode("diagnostics");
        private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        private static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
        private static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
        private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        private static readonly JsonEncodedText Range = JsonEncodedText.Encode("range");
        private static readonly JsonEncodedText StartLine = JsonEncodedText.Encode("startLine");
        private static readonly JsonEncodedText StartColumn = JsonEncodedText.Encode("startColumn");
        private static readonly JsonEncodedText EndLine = JsonEncodedText.Encode("endLine");
        private static readonly JsonEncodedText EndColumn = JsonEncodedText.Encode("endColumn");
        private static readonly JsonEncodedText Offset = JsonEncodedText.Encode("offset");
        private static readonly JsonEncodedText Length = JsonEncodedText.Encode("length");
        private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        private static readonly JsonEncodedText HelpUri = JsonEncodedText.Encode("helpUri");

        // A rule's fixed strings, encoded once per run instead of once per finding.
        private readonly Dictionary<DiagnosticDescriptor, (JsonEncodedText Id, JsonEncodedText Category, JsonEncodedText Title, JsonEncodedText HelpUri)> _rules = new(ReferenceEqualityComparer.Instance);
        private readonly int[] _bySeverity = new int[4];
        private int _files;
        private int _belowMinScore;

        protected override void WriteHeader(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString(JsonOutput.Version, FormatVersion);
            json.WriteStartObject("tool");
            WriteNameAndVersion(json, "doclint");
            json.WriteEndObject();
            json.WriteStartArray("files");
        }

        // Every path a visible diagnostic names gets an entry (a .editorconfig with a DL0002 too), so the summary
        // is always the sum of files[].
        protected override void WriteEntry(Utf8JsonWriter json, ReportEntry entry)
        {
            var visible = entry.Visible(minimumSeverity).ToList();
            _files += entry.Documents.Count(d => d.WasLinted);
            _belowMinScore += entry.Documents.Count(d => d.Diagnostics.Any(ScoreGate.IsGateFailure));
            if (entry.Documents.IsEmpty && visible.Count == 0)
            {
                return;
            }

            var document = entry.Documents.FirstOrDefault();
            json.WriteStartObject();
            json.WriteString(Path, entry.Path);
            json.WriteBoolean(Linted, document?.WasLinted ?? false);
            json.WriteNumber(Words, document?.WordCount ?? 0);
            if (document?.Score is { } score)
            {
                json.WriteStartObject(Score);
                // The claims go out every so many, like the findings: written whole, a large document's list sat in the
                // writer's buffer (43 MB of claims for a 50 MB document, in a buffer grown by doubling to 64 MB).
                ScoreJson.Write(json, score, ItemWritten);
                json.WriteEndObject();
            }

            json.WriteStartArray(Diagnostics);
            foreach (var diagnostic in visible)
            {
                WriteDiagnostic(json, diagnostic);
                ItemWritten(json);
                if (diagnostic.Severity is >= DiagnosticSeverity.Info and <= DiagnosticSeverity.Error)
                {
                    _bySeverity[(int)diagnostic.Severity]++;
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        protected override void WriteTail(Utf8JsonWriter json)
        {
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", _files);
            json.WriteNumber("errors", _bySeverity[(int)DiagnosticSeverity.Error]);
            json.WriteNumber("warnings", _bySeverity[(int)DiagnosticSeverity.Warning]);
            json.WriteNumber("infos", _bySeverity[(int)DiagnosticSeverity.Info]);
            json.WriteNumber("belowMinScore", _belowMinScore);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
        {
            var rule = Rule(diagnostic.Descriptor);
            json.WriteStartObject();
            json.WriteString(Id, rule.Id);
            json.WriteString(Severity, MsBuildFormatter.SeverityWord(diagnostic.Severity));
            json.WriteString(Category, rule.Category);
            json.WriteString(Title, rule.Title);
            json.WriteString(Message, diagnostic.Message);
            if (!diagnostic.Location.IsWholeFile)
            {
                var span = diagnostic.Location.LineSpan;
                json.WriteStartObject(Range);
                json.WriteNumber(StartLine, span.Start.Line + 1);
                json.WriteNumber(StartColumn, span.Start.Character + 1);
                json.WriteNumber(EndLine, span.End.Line + 1);
                json.WriteNumber(EndColumn, span.End.Character + 1);
                json.WriteNumber(Offset, diagnostic.Location.SourceSpan.Start);
                json.WriteNumber(Length, diagnostic.Location.SourceSpan.Length);
                json.WriteEndObject();
                json.WriteString(Text, diagnostic.FlaggedText);
            }

            json.WriteString(HelpUri, rule.HelpUri);
            json.WriteEndObject();
        }

        private (JsonEncodedText Id, JsonEncodedText Category, JsonEncodedText Title, JsonEncodedText HelpUri) Rule(DiagnosticDescriptor descriptor)
        {
            if (!_rules.TryGetValue(descriptor, out var rule))
            {
                rule = (JsonEncodedText.Encode(descriptor.Id, JsonOutput.Encoder), JsonEncodedText.Encode(descriptor.Category, JsonOutput.Encoder),
                    JsonEncodedText.Encode(descriptor.Title, JsonOutput.Encoder), JsonEncodedText.Encode(descriptor.HelpLinkUri, JsonOutput.Encoder));
                _rules[descriptor] = rule;
            }

            return rule;
        }
    }
}
