using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DocLint.Cli.Changes;

/// <summary>
/// Reads the new-side ranges from the hunk headers of a <c>git diff --unified=0</c>:
/// <c>@@ -a,b +c,d @@</c> means lines c to c+d-1 are new; d is 1 when omitted, and 0 for a pure deletion.
/// </summary>
public static partial class DiffHunkParser
{
    public static ChangedLines Parse(string diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var ranges = ImmutableArray.CreateBuilder<LineRange>();
        foreach (var line in diff.Split('\n'))
        {
            var match = HunkHeader().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var start = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
            var count = match.Groups["count"].Success ? int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture) : 1;
            if (count > 0)
            {
                ranges.Add(new LineRange(start, start + count - 1));
            }
        }

        return new ChangedLines(false, ranges.ToImmutable());
    }

    [GeneratedRegex(@"^@@ -\d+(?:,\d+)? \+(?<start>\d+)(?:,(?<count>\d+))? @@", RegexOptions.CultureInvariant)]
    private static partial Regex HunkHeader();
}
