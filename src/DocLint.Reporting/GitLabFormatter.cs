using System.Text.Json;
using DocLint.Diagnostics;
using DocLint.Pipeline;

namespace DocLint.Reporting;

/// <summary>
/// GitLab Code Quality: a JSON array of issues that merge requests show as a widget. GitLab matches issues
/// between pipelines by fingerprint, so the fingerprint is content-based (see <see cref="FindingFingerprints"/>).
/// </summary>
internal sealed class GitLabFormatter : IResultFormatter
{
    public string Name => "gitlab";

    public bool WantsSummary => false;

    public void Write(LintRun result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var findings = ReportedFindings.Collect(result, includeSuppressed: false);
        var fingerprints = FindingFingerprints.Compute(findings);
        JsonOutput.Write(writer, json =>
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
        });
    }

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "major",
        DiagnosticSeverity.Warning => "minor",
        _ => "info",
    };
}
