using DocLint.LanguageServer.Protocol;
using DocLint.LanguageServer.Workspace;
using DocLint.Reporting;

namespace DocLint.LanguageServer.Features;

/// <summary>
/// The document's score as a code lens on its first line, worded exactly as the CLI's score line
/// (<see cref="ScoreLines.Summary"/>) without the path the editor already shows.
/// </summary>
internal static class ScoreLensProvider
{
    public static IReadOnlyList<CodeLens> Lenses(LintResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Report.Score is null)
        {
            return [];
        }

        var zero = new Position(0, 0);
        return [new CodeLens(new Protocol.Range(zero, zero), new Command(Title(result.Report), string.Empty))];
    }

    public static string Title(DocumentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var line = ScoreLines.Summary(report);
        var prefix = report.Path + ": ";
        var text = line.StartsWith(prefix, StringComparison.Ordinal) ? line[prefix.Length..] : line;
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
