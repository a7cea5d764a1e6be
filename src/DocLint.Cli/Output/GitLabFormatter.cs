using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocLint.Diagnostics;

namespace DocLint.Cli.Output;

/// <summary>
/// GitLab Code Quality: a JSON array of issues that merge requests show as a widget. GitLab matches issues
/// between pipelines by fingerprint, so the fingerprint is content-based (see <see cref="FindingFingerprints"/>).
/// </summary>
public sealed class GitLabFormatter : IResultFormatter
{
    public string Name => "gitlab";

    public bool WantsSummary => false;

    public void Write(LintResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var findings = ReportedFindings.Collect(result, includeSuppressed: false);
        var fingerprints = FindingFingerprints.Compute(findings);
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartArray();
            for (var i = 0; i < findings.Count; i++)
            {
                var diagnostic = findings[i];
                json.WriteStartObject();
                json.WriteString("description", diagnostic.Message);
                json.WriteString("check_name", diagnostic.Id);
                json.WriteString("fingerprint", fingerprints[i]);
                json.WriteString("severity", Severity(diagnostic.Severity));
                json.WriteStartObject("location");
                json.WriteString("path", ArtifactPaths.ToForwardSlashes(diagnostic.Location.Path));
                json.WriteStartObject("lines");
                json.WriteNumber("begin", diagnostic.Location.IsWholeFile ? 1 : diagnostic.Location.LineSpan.Start.Line + 1);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "major",
        DiagnosticSeverity.Warning => "minor",
        _ => "info",
    };
}
