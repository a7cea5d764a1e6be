using System.Globalization;
using DocLint.Diagnostics;
using DocLint.Reporting;

namespace DocLint.Cli.Watch;

/// <summary>
/// What changed in one document between two lints, as the lines watch prints: fixed findings (<c>-</c>, where they
/// were), new ones (<c>+</c>), then the score, e.g. <c>opinion.md: 21 -> 34 (+13)</c>. A finding is the same finding
/// when its rule, text and sentence are, as the baseline matches them, so one that only moved (a line added above)
/// is neither fixed nor new.
/// </summary>
internal static class WatchDiff
{
    public static IReadOnlyList<string> Lines(DocumentReport? before, DocumentReport? after)
    {
        if (after is null)
        {
            return before is null ? [] : [$"{before.Path}: removed"];
        }

        var old = before is null ? [] : Findings(before);
        var current = Findings(after);
        var fixedOnes = Unmatched(old, current);
        var newOnes = Unmatched(current, old);
        var lines = new List<string>();
        lines.AddRange(fixedOnes.Select(d => "- " + MsBuildFormatter.FormatLine(d)));
        lines.AddRange(newOnes.Select(d => "+ " + MsBuildFormatter.FormatLine(d)));
        lines.Add(ScoreLine(before, after, changed: fixedOnes.Count + newOnes.Count > 0));
        return lines;
    }

    /// <summary>The score of a document as watch shows it: the value, "not rated", or "not linted".</summary>
    public static string ScoreText(DocumentReport report) => report.Score switch
    {
        { IsRated: true } score => score.Value.ToString(CultureInfo.InvariantCulture),
        not null => "not rated",
        null => "not linted",
    };

    private static string ScoreLine(DocumentReport? before, DocumentReport after, bool changed)
    {
        var now = ScoreText(after);
        if (before is null)
        {
            return $"{after.Path}: new, {now}";
        }

        var then = ScoreText(before);
        if (before.Score is { IsRated: true } a && after.Score is { IsRated: true } b && a.Value != b.Value)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{after.Path}: {then} -> {now} ({b.Value - a.Value:+0;-0})");
        }

        if (then != now)
        {
            return $"{after.Path}: {then} -> {now}";
        }

        return changed ? $"{after.Path}: {now} (score unchanged)" : $"{after.Path}: {now} (no change)";
    }

    private static List<Diagnostic> Findings(DocumentReport report) =>
        [.. report.Reported.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Location.SourceSpan.End).ThenBy(d => d.Id, StringComparer.Ordinal)];

    // The findings of one side that the other side has no match for, counting duplicates (two identical hedges).
    private static List<Diagnostic> Unmatched(List<Diagnostic> side, List<Diagnostic> other)
    {
        var remaining = other.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
        var unmatched = new List<Diagnostic>();
        foreach (var diagnostic in side)
        {
            var key = Key(diagnostic);
            if (remaining.TryGetValue(key, out var count) && count > 0)
            {
                remaining[key] = count - 1;
            }
            else
            {
                unmatched.Add(diagnostic);
            }
        }

        return unmatched;
    }

    // A whole-file problem has no text or sentence; its message says what it is.
    private static (string Id, string Text, string Context, string Message) Key(Diagnostic d) =>
        (d.Id, d.FlaggedText, d.Context, d.Location.IsWholeFile ? d.Message : string.Empty);
}
