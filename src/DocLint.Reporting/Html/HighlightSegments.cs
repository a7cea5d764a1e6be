namespace DocLint.Reporting.Html;

/// <summary>One stretch of a document's text and the findings (indexes into the document's list) that cover all of it.</summary>
internal sealed record HighlightSegment(int Start, int End, IReadOnlyList<int> Findings);

/// <summary>
/// Cuts a document's text at every finding's start and end, so findings that nest or cross (a hedge inside an
/// unsourced claim) become a flat run of segments: HTML elements cannot cross, and each finding is still exactly
/// the segments that carry its index, in order.
/// </summary>
internal static class HighlightSegments
{
    public static IReadOnlyList<HighlightSegment> Cut(int textLength, IReadOnlyList<(int Start, int End)> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var boundaries = new SortedSet<int> { 0, textLength };
        var starts = new Dictionary<int, List<int>>();
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end) = spans[i];
            if (start < 0 || end > textLength || start >= end)
            {
                continue;
            }

            boundaries.Add(start);
            boundaries.Add(end);
            if (!starts.TryGetValue(start, out var list))
            {
                starts[start] = list = [];
            }

            list.Add(i);
        }

        var segments = new List<HighlightSegment>();
        var active = new SortedSet<int>();
        var previous = -1;
        foreach (var boundary in boundaries)
        {
            if (previous >= 0 && previous < boundary)
            {
                segments.Add(new HighlightSegment(previous, boundary, [.. active]));
            }

            active.RemoveWhere(i => spans[i].End == boundary);
            if (starts.TryGetValue(boundary, out var opening))
            {
                active.UnionWith(opening);
            }

            previous = boundary;
        }

        return segments;
    }
}
