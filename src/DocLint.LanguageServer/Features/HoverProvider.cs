using System.Text;
using DocLint.LanguageServer.Protocol;
using DocLint.LanguageServer.Workspace;

namespace DocLint.LanguageServer.Features;

/// <summary>
/// Hover on a finding: its message, then what the rule checks (the page's title) and why (the page's "Why"
/// section), and a link to the whole page. Pages come from the tool, so this works offline.
/// </summary>
internal sealed class HoverProvider(RulePages pages)
{
    public Hover? Hover(LintResult result, Position position)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(position);
        var offset = IncrementalText.Offset(result.Snapshot.Source, position);
        var findings = result.Report.Reported
            .Where(d => !d.Location.IsWholeFile && d.Location.SourceSpan.Start <= offset && offset <= d.Location.SourceSpan.End)
            .ToList();
        if (findings.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var finding in findings)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n---\n\n");
            }

            var page = pages.Find(finding.Id);
            text.Append("**").Append(finding.Id).Append(": ").Append(page?.Title ?? finding.Descriptor.Title).Append("**\n\n");
            text.Append(finding.Message).Append("\n\n");
            if (page?.Why is { } why)
            {
                text.Append(why).Append("\n\n");
            }

            text.Append('[').Append(finding.Id).Append(" rule page](").Append(finding.Descriptor.HelpLinkUri).Append(')');
        }

        var first = findings[0];
        return new Hover(new MarkupContent(LspConstants.Markdown, text.ToString()), DiagnosticMapper.ToRange(first.Location.LineSpan));
    }
}
