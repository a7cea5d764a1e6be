using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DocLint.Cli.Changes;

/// <summary>
/// Reads the new-side ranges from the hunk headers of a <c>git diff --unified=0</c>:
/// <c>@@ -a,b +c,d @@</c> means lines c to c+d-1 are new; d is 1 when omitted, and 0 for a pure deletion.
/// </summary>
internal static partial class DiffHunkParser
{
    private const string NewSidePrefix = "+++ ";

    /// <summary>
    /// Splits a whole <c>git diff --unified=0</c> into each file's changed lines, keyed by the new-side path
    /// relative to the repository (deleted files are left out). Only header lines (between <c>diff --git</c> and
    /// the first hunk) are read as paths, so an added line that starts with "++" cannot pose as one.
    /// </summary>
    public static ImmutableDictionary<string, ChangedLines> ParseFiles(string diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var files = ImmutableDictionary.CreateBuilder<string, ChangedLines>(StringComparer.Ordinal);
        string? path = null;
        var inHeader = false;
        var ranges = ImmutableArray.CreateBuilder<LineRange>();
        void Flush()
        {
            if (path is not null)
            {
                files[path] = new ChangedLines(false, ranges.ToImmutable());
            }

            ranges.Clear();
            path = null;
        }

        foreach (var line in diff.Split('\n'))
        {
            if (line.StartsWith("diff --git ", StringComparison.Ordinal))
            {
                Flush();
                inHeader = true;
            }
            else if (inHeader && line.StartsWith(NewSidePrefix, StringComparison.Ordinal))
            {
                path = NewSidePath(line[NewSidePrefix.Length..]);
            }
            else if (line.StartsWith("@@ ", StringComparison.Ordinal))
            {
                inHeader = false;
                if (path is not null && HunkRange(line) is { } range)
                {
                    ranges.Add(range);
                }
            }
        }

        Flush();
        return files.ToImmutable();
    }

    public static ChangedLines Parse(string diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var ranges = ImmutableArray.CreateBuilder<LineRange>();
        foreach (var line in diff.Split('\n'))
        {
            if (HunkRange(line) is { } range)
            {
                ranges.Add(range);
            }
        }

        return new ChangedLines(false, ranges.ToImmutable());
    }

    /// <summary>The new-side lines of a hunk header, or null for a pure deletion or another line.</summary>
    private static LineRange? HunkRange(string line)
    {
        var match = HunkHeader().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var start = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        var count = match.Groups["count"].Success ? int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture) : 1;
        return count > 0 ? new LineRange(start, start + count - 1) : null;
    }

    /// <summary>"b/dir/a.md" or git's C-quoted form ("b/a\"b.md"), without its "b/"; null for /dev/null.</summary>
    private static string? NewSidePath(string text)
    {
        // git ends the line with a tab when the name has a space (as diff -u does); a real tab would be quoted.
        text = text.TrimEnd('\t');
        var unquoted = text.StartsWith('"') ? GitQuotedPath.Unquote(text) : text;
        return unquoted.StartsWith("b/", StringComparison.Ordinal) ? unquoted[2..] : null;
    }

    [GeneratedRegex(@"^@@ -\d+(?:,\d+)? \+(?<start>\d+)(?:,(?<count>\d+))? @@", RegexOptions.CultureInvariant)]
    private static partial Regex HunkHeader();
}
