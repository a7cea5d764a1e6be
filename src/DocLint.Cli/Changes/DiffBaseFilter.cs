using System.Collections.Immutable;
using DocLint.Diagnostics;
using DocLint.Reporting;

namespace DocLint.Cli.Changes;

/// <summary>
/// Keeps only findings that touch a changed line. Documents were analysed whole, so a sentence that starts on an
/// old line and runs into a new one is still judged in full; whole-file problems are always kept.
/// </summary>
internal static class DiffBaseFilter
{
    public static ImmutableArray<DocumentReport> Apply(ImmutableArray<DocumentReport> reports, ChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return [.. reports.Select(r => r with { Diagnostics = [.. r.Diagnostics.Where(d => IsOnChangedLine(d, changes.For(r.Path)))] })];
    }

    public static bool IsOnChangedLine(Diagnostic diagnostic, ChangedLines changed)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(changed);
        if (diagnostic.Location.IsWholeFile)
        {
            return true;
        }

        var span = diagnostic.Location.LineSpan;
        // An end at column 0 of the next line is exclusive: that line holds no flagged character.
        var lastLine = span.End.Line > span.Start.Line && span.End.Character == 0 ? span.End.Line - 1 : span.End.Line;
        return changed.Intersects(span.Start.Line + 1, lastLine + 1);
    }
}
