using System.Text;
using System.Text.Json;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Pipeline;
using DocLint.Reporting;

namespace DocLint.Reporting;

/// <summary>
/// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, VS Code's SARIF viewer): one run, every rule's metadata,
/// relative URIs under %SRCROOT%, content-based fingerprints, suppressed findings kept with their reason, and the
/// repository and commit when the run is in one.
/// </summary>
internal sealed class SarifFormatter(LintEngine engine, IVersionControlSource? versionControl = null) : IStreamingFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRootId = "%SRCROOT%";
    public const string FingerprintKey = "doclintFinding/v1";
    public const string InformationUri = "https://github.com/doclint/doclint";

    public string Name => "sarif";

    public bool WantsSummary => false;

    public void Write(LintRun result, TextWriter writer) => StreamedRun.Write(this, result, writer);

    public IReportWriter Start(TextWriter writer, DiagnosticSeverity minimumSeverity) =>
        new Output(writer, minimumSeverity, engine.AllDescriptors, versionControl).Begin();

    /// <summary>
    /// Writes results as entries come; what it holds until the end is each document's facts for the run's
    /// properties (path, linted, words, score, grade, rated), a few dozen bytes a document.
    /// </summary>
    private sealed class Output(TextWriter writer, DiagnosticSeverity minimumSeverity, IReadOnlyList<DiagnosticDescriptor> descriptors, IVersionControlSource? versionControl)
        : JsonReportWriter(writer)
    {
        private readonly Dictionary<string, int> _ruleIndex = descriptors.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        private readonly List<DocumentFacts> _documents = [];

        protected override void WriteHeader(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString(JsonOutput.Version, "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, descriptors);
            // Columns count UTF-16 code units, as in every DocLint format; SARIF's default would be code points.
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRootId);
            json.WriteStartObject("description");
            json.WriteString("text", "The directory doclint ran in; result paths are relative to it.");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            if (versionControl?.Read() is { } details)
            {
                WriteProvenance(json, details);
            }

            json.WriteStartArray("results");
        }

        protected override void WriteEntry(Utf8JsonWriter json, ReportEntry entry)
        {
            // Fingerprints number repeats of one finding; their hash includes the path, so counting per path is counting per run.
            var findings = entry.VisibleWithSuppressed(minimumSeverity).ToList();
            var fingerprints = FindingFingerprints.Compute(findings);
            for (var i = 0; i < findings.Count; i++)
            {
                WriteResult(json, findings[i], _ruleIndex.GetValueOrDefault(findings[i].Id, -1), fingerprints[i]);
                ItemWritten(json);
            }

            _documents.AddRange(entry.Documents.Select(d => new DocumentFacts(
                d.Path, d.WasLinted, d.WordCount, d.Score is { } score ? (score.Value, score.Grade, score.IsRated) : null)));
        }

        protected override void WriteTail(Utf8JsonWriter json)
        {
            json.WriteEndArray();
            WriteRunProperties(json, _documents);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    /// <summary>What the run's properties say of one document.</summary>
    private sealed record DocumentFacts(string Path, bool WasLinted, int WordCount, (int Value, string Grade, bool IsRated)? Score);

    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<DiagnosticDescriptor> descriptors)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        JsonReportWriter.WriteNameAndVersion(json, "DocLint");
        json.WriteString("semanticVersion", ToolVersion.Current);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var descriptor in descriptors)
        {
            json.WriteStartObject();
            json.WriteString("id", descriptor.Id);
            json.WriteString("name", RuleName(descriptor.Title));
            WriteMessage(json, "shortDescription", descriptor.Title);
            WriteMessage(json, "fullDescription", string.IsNullOrWhiteSpace(descriptor.Description) ? descriptor.Title : descriptor.Description);
            json.WriteString("helpUri", descriptor.HelpLinkUri);
            WriteHelp(json, descriptor);
            json.WriteStartObject("defaultConfiguration");
            json.WriteBoolean("enabled", descriptor.IsEnabledByDefault);
            json.WriteString("level", Level(descriptor.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", descriptor.Category);
            json.WriteStartArray("tags");
            json.WriteStringValue("prose");
            json.WriteStringValue(descriptor.Category.ToLowerInvariant());
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex, string fingerprint)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        if (ruleIndex >= 0)
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", Level(diagnostic.Severity));
        WriteMessage(json, "message", diagnostic.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        var (uri, isRelative) = ArtifactPaths.ToUri(diagnostic.Location.Path);
        json.WriteString("uri", uri);
        if (isRelative)
        {
            json.WriteString("uriBaseId", SourceRootId);
        }

        json.WriteEndObject();
        if (diagnostic.Location.IsWholeFile)
        {
            // A problem with the whole file (unreadable, too large) still points somewhere a viewer can open.
            json.WriteStartObject("region");
            json.WriteNumber("startLine", 1);
            json.WriteEndObject();
        }
        else
        {
            // SARIF counts like the default output: 1-based lines and UTF-16 columns, end column exclusive.
            var span = diagnostic.Location.LineSpan;
            json.WriteStartObject("region");
            json.WriteNumber("startLine", span.Start.Line + 1);
            json.WriteNumber("startColumn", span.Start.Character + 1);
            json.WriteNumber("endLine", span.End.Line + 1);
            json.WriteNumber("endColumn", span.End.Character + 1);
            json.WriteNumber("charOffset", diagnostic.Location.SourceSpan.Start);
            json.WriteNumber("charLength", diagnostic.Location.SourceSpan.Length);
            json.WriteStartObject("snippet");
            json.WriteString("text", diagnostic.FlaggedText);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, fingerprint);
        json.WriteEndObject();
        if (diagnostic.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", suppression.Kind == SuppressionKind.InSource ? "inSource" : "external");
            if (!string.IsNullOrEmpty(suppression.Justification))
            {
                json.WriteString("justification", suppression.Justification);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteProvenance(Utf8JsonWriter json, VersionControlDetails details)
    {
        json.WriteStartArray("versionControlProvenance");
        json.WriteStartObject();
        json.WriteString("repositoryUri", details.RepositoryUri.AbsoluteUri);
        if (details.RevisionId is { } revision)
        {
            json.WriteString("revisionId", revision);
        }

        if (details.Branch is { } branch)
        {
            json.WriteString("branch", branch);
        }

        if (details.RootIsSourceRoot)
        {
            // Result paths are relative to %SRCROOT%, which is then the repository's root.
            json.WriteStartObject("mappedTo");
            json.WriteString("uriBaseId", SourceRootId);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>Per-document facts for dashboards. The reliability score belongs here once DocumentReport has one.</summary>
    private static void WriteRunProperties(Utf8JsonWriter json, IEnumerable<DocumentFacts> documents)
    {
        json.WriteStartObject("properties");
        json.WriteStartArray("documents");
        foreach (var document in documents)
        {
            json.WriteStartObject();
            json.WriteString("path", ArtifactPaths.ToForwardSlashes(document.Path));
            json.WriteBoolean("linted", document.WasLinted);
            json.WriteNumber("words", document.WordCount);
            if (document.Score is var (value, grade, rated))
            {
                json.WriteNumber("score", value);
                json.WriteString("grade", grade);
                json.WriteBoolean("rated", rated);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The help code scanning shows beside a result: what the rule flags and a link to its page.</summary>
    private static void WriteHelp(Utf8JsonWriter json, DiagnosticDescriptor descriptor)
    {
        var what = string.IsNullOrWhiteSpace(descriptor.Description) ? descriptor.Title : descriptor.Description;
        json.WriteStartObject("help");
        json.WriteString("text", $"{what} See {descriptor.HelpLinkUri}");
        json.WriteString("markdown", $"**{descriptor.Id}: {descriptor.Title}**\n\n{what}\n\n[Rule page]({descriptor.HelpLinkUri})");
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>SARIF's rule name is an identifier-like word: "Unsourced figure" becomes "UnsourcedFigure".</summary>
    private static string RuleName(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. word.Where(char.IsLetterOrDigit)]);
            if (letters.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        return builder.ToString();
    }
}
