using System.Globalization;
using System.Text;
using DocLint.Diagnostics;
using DocLint.Pipeline;

namespace DocLint.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::warning file=…,line=…::message</c>), which the runner turns into
/// annotations on the pull request. The Markdown job summary (<see cref="GitHubStepSummary"/>) is appended to
/// $GITHUB_STEP_SUMMARY by the tool, not here: a formatter never touches the file system. GitHub shows only
/// <see cref="AnnotationsPerKind"/> annotations of each kind per step, so the most important go first and the
/// rest are printed to the log in the compiler's form (and listed in the job summary), never dropped.
/// </summary>
internal sealed class GitHubFormatter : IResultFormatter
{
    /// <summary>GitHub's documented cap: 10 error, 10 warning and 10 notice annotations per step.</summary>
    public const int AnnotationsPerKind = 10;

    public string Name => "github";

    public bool WantsSummary => false;

    public void Write(LintRun result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var (annotated, rest) = Split(result.Visible);
        foreach (var diagnostic in annotated)
        {
            writer.Write(FormatCommand(diagnostic));
            writer.Write('\n');
        }

        if (rest.Count == 0)
        {
            return;
        }

        writer.Write($"{rest.Count} more {(rest.Count == 1 ? "finding" : "findings")} (GitHub shows {AnnotationsPerKind} annotations of each kind per step; the job summary lists them too):\n");
        foreach (var diagnostic in rest)
        {
            writer.Write(MsBuildFormatter.FormatLine(diagnostic));
            writer.Write('\n');
        }
    }

    /// <summary>
    /// The findings to annotate, errors first, then warnings, then notices, at most <see cref="AnnotationsPerKind"/>
    /// of each; and the rest, in file then position order.
    /// </summary>
    public static (IReadOnlyList<Diagnostic> Annotated, IReadOnlyList<Diagnostic> Overflow) Split(IEnumerable<Diagnostic> visible)
    {
        ArgumentNullException.ThrowIfNull(visible);
        var all = visible.ToList();
        var annotated = all
            .GroupBy(Command)
            .SelectMany(kind => kind.Take(AnnotationsPerKind))
            .OrderByDescending(d => d.Severity)
            .ToList();
        var shown = annotated.ToHashSet(ReferenceEqualityComparer.Instance);
        return (annotated, all.Where(d => !shown.Contains(d)).ToList());
    }

    public static string FormatCommand(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var command = Command(diagnostic);
        var properties = new StringBuilder();
        properties.Append("file=").Append(GitHubCommandEscaper.EscapeProperty(ArtifactPaths.ToForwardSlashes(diagnostic.Location.Path)));
        if (!diagnostic.Location.IsWholeFile)
        {
            var span = diagnostic.Location.LineSpan;
            properties.Append(CultureInfo.InvariantCulture, $",line={span.Start.Line + 1},col={span.Start.Character + 1},endLine={span.End.Line + 1},endColumn={span.End.Character + 1}");
        }

        properties.Append(",title=").Append(GitHubCommandEscaper.EscapeProperty(diagnostic.Id));
        return $"::{command} {properties}::{GitHubCommandEscaper.EscapeData(diagnostic.Message)}";
    }

    private static string Command(Diagnostic diagnostic) => diagnostic.Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };
}
