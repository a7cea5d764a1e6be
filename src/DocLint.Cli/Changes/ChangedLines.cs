using System.Collections.Immutable;

namespace DocLint.Cli.Changes;

/// <summary>The 1-based line ranges of a file that were added or changed since the diff base.</summary>
internal sealed record ChangedLines(bool WholeFile, ImmutableArray<LineRange> Ranges)
{
    public static ChangedLines All { get; } = new(true, []);

    public static ChangedLines None { get; } = new(false, []);

    /// <summary>Whether any line from <paramref name="firstLine"/> to <paramref name="lastLine"/> (1-based, inclusive) changed.</summary>
    public bool Intersects(int firstLine, int lastLine) =>
        WholeFile || Ranges.Any(r => r.First <= lastLine && firstLine <= r.Last);
}
