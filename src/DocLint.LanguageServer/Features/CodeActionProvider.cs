using DocLint.Documents;
using DocLint.LanguageServer.Protocol;
using DocLint.LanguageServer.Workspace;
using DocLint.Text;
using Diagnostic = DocLint.Diagnostics.Diagnostic;

namespace DocLint.LanguageServer.Features;

/// <summary>
/// Code actions on the findings under the cursor or selection: suppress on this line with a reason (the writer
/// replaces the placeholder), suppress in this file, and the rule's own fix where it has one. Suppressions are
/// Markdown comments, so plain-text documents get only the fix.
/// </summary>
internal static class CodeActionProvider
{
    public const string ReasonPlaceholder = "reason";

    public static IReadOnlyList<CodeAction> Actions(LintResult result, Protocol.Range range)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(range);
        var source = result.Snapshot.Source;
        var start = IncrementalText.Offset(source, range.Start);
        var end = IncrementalText.Offset(source, range.End);
        // The rules' own fixes first, so the editor's default quick fix is the fix and not a suppression.
        var fixes = new List<CodeAction>();
        var suppressions = new List<CodeAction>();
        foreach (var finding in result.Report.Reported.Where(d => !d.Location.IsWholeFile && DiagnosticMapper.Touches(d, start, end)))
        {
            var mapped = DiagnosticMapper.Map(finding);
            if (finding.Id == BoosterRemoval.RuleId)
            {
                var (span, newText) = BoosterRemoval.Edit(source, finding.Location.SourceSpan);
                fixes.Add(Action(result, $"Drop '{finding.FlaggedText}'", mapped, preferred: true, new TextEdit(DiagnosticMapper.ToRange(source, span), newText)));
            }

            if (result.Kind == DocumentKind.Markdown)
            {
                suppressions.Add(Action(result, $"Suppress {finding.Id} on this line (with a reason)", mapped, preferred: false, SuppressOnLine(source, finding)));
                suppressions.Add(Action(result, $"Suppress {finding.Id} in this file", mapped, preferred: false, SuppressInFile(source, finding.Id)));
            }
        }

        return [.. fixes, .. suppressions];
    }

    /// <summary>The comment on its own line above the finding's first line, indented like it.</summary>
    private static TextEdit SuppressOnLine(SourceText source, Diagnostic finding)
    {
        var line = finding.Location.LineSpan.Start.Line;
        var lineSpan = source.GetLineSpan(line);
        var indent = 0;
        while (indent < lineSpan.Length && source.Text[lineSpan.Start + indent] is ' ' or '\t')
        {
            indent++;
        }

        var prefix = source.Text.Substring(lineSpan.Start, indent);
        var at = new Position(line, indent);
        return new TextEdit(new Protocol.Range(at, at), $"<!-- doclint-disable-next-line {finding.Id} -- {ReasonPlaceholder} -->{LineBreak(source)}{prefix}");
    }

    /// <summary>The comment at the top of the file, after any front matter (which must stay first).</summary>
    private static TextEdit SuppressInFile(SourceText source, string id)
    {
        var line = 0;
        if (source.LineCount > 1 && source.ToString(source.GetLineSpan(0)) == "---")
        {
            for (var i = 1; i < source.LineCount; i++)
            {
                if (source.ToString(source.GetLineSpan(i)) is "---" or "...")
                {
                    line = Math.Min(i + 1, source.LineCount - 1);
                    break;
                }
            }
        }

        var at = new Position(line, 0);
        return new TextEdit(new Protocol.Range(at, at), $"<!-- doclint-disable-file {id} -->{LineBreak(source)}");
    }

    private static string LineBreak(SourceText source) => source.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    private static CodeAction Action(LintResult result, string title, LspDiagnostic diagnostic, bool preferred, TextEdit edit) =>
        new(title, LspConstants.CodeActionQuickFix, [diagnostic], preferred ? true : null,
            new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal) { [result.Snapshot.Uri] = [edit] }));
}
