using System.Globalization;
using System.Text;

namespace DocLint.Configuration.EditorConfig;

/// <summary>
/// A set of Unicode code points, written as a regex over UTF-16, so that <c>?</c> and <c>[...]</c> match one
/// character even when it is a surrogate pair. Surrogate code points and <c>/</c> are never members:
/// a single-character glob never matches a path separator.
/// </summary>
internal sealed class CodePointSet
{
    private const int MaxCodePoint = 0x10FFFF;

    private readonly List<(int First, int Last)> ranges = [];

    public void Add(int codePoint) => AddRange(codePoint, codePoint);

    public void AddRange(int first, int last) => ranges.Add((first, last));

    /// <summary>Every character except <c>/</c>: what <c>?</c> matches.</summary>
    public static string AnyCharacterPattern() => new CodePointSet().ToPattern(negated: true);

    /// <summary>The regex for one character in the set, or outside it when <paramref name="negated"/>.</summary>
    public string ToPattern(bool negated)
    {
        var members = Normalize(ranges);
        var matched = negated ? Complement(members) : members;
        matched = Subtract(matched, [('/', '/'), (0xD800, 0xDFFF)]);
        return ToUtf16Pattern(matched);
    }

    private static List<(int First, int Last)> Normalize(IEnumerable<(int First, int Last)> input)
    {
        var result = new List<(int First, int Last)>();
        foreach (var (first, last) in input.Where(r => r.First <= r.Last).OrderBy(r => r.First))
        {
            if (result.Count > 0 && first <= result[^1].Last + 1)
            {
                result[^1] = (result[^1].First, Math.Max(result[^1].Last, last));
            }
            else
            {
                result.Add((first, last));
            }
        }

        return result;
    }

    private static List<(int First, int Last)> Complement(List<(int First, int Last)> sorted)
    {
        var result = new List<(int First, int Last)>();
        var next = 0;
        foreach (var (first, last) in sorted)
        {
            if (first > next)
            {
                result.Add((next, first - 1));
            }

            next = last + 1;
        }

        if (next <= MaxCodePoint)
        {
            result.Add((next, MaxCodePoint));
        }

        return result;
    }

    private static List<(int First, int Last)> Subtract(List<(int First, int Last)> sorted, List<(int First, int Last)> removed)
    {
        var kept = Complement(Normalize(removed));
        var result = new List<(int First, int Last)>();
        foreach (var (first, last) in sorted)
        {
            foreach (var (keepFirst, keepLast) in kept)
            {
                var start = Math.Max(first, keepFirst);
                var end = Math.Min(last, keepLast);
                if (start <= end)
                {
                    result.Add((start, end));
                }
            }
        }

        return result;
    }

    private static string ToUtf16Pattern(List<(int First, int Last)> sorted)
    {
        var alternatives = new List<string>();
        var bmp = new StringBuilder();
        foreach (var (first, last) in sorted)
        {
            if (first <= 0xFFFF)
            {
                AppendClassRange(bmp, first, Math.Min(last, 0xFFFF));
            }

            if (last > 0xFFFF)
            {
                AppendSupplementary(alternatives, Math.Max(first, 0x10000), last);
            }
        }

        if (bmp.Length > 0)
        {
            alternatives.Insert(0, $"[{bmp}]");
        }

        return alternatives.Count switch
        {
            // An empty set (such as [z-a]) matches nothing.
            0 => @"[^\s\S]",
            1 => alternatives[0],
            _ => $"(?:{string.Join('|', alternatives)})",
        };
    }

    // A supplementary range as surrogate pairs: a partial first high surrogate, full ones, a partial last one.
    private static void AppendSupplementary(List<string> alternatives, int first, int last)
    {
        var (firstHigh, firstLow) = Split(first);
        var (lastHigh, lastLow) = Split(last);
        if (firstHigh == lastHigh)
        {
            alternatives.Add(Unit(firstHigh) + Class(firstLow, lastLow));
            return;
        }

        alternatives.Add(Unit(firstHigh) + Class(firstLow, 0xDFFF));
        if (firstHigh + 1 <= lastHigh - 1)
        {
            alternatives.Add(Class(firstHigh + 1, lastHigh - 1) + Class(0xDC00, 0xDFFF));
        }

        alternatives.Add(Unit(lastHigh) + Class(0xDC00, lastLow));
    }

    private static (int High, int Low) Split(int codePoint)
    {
        var offset = codePoint - 0x10000;
        return (0xD800 + (offset >> 10), 0xDC00 + (offset & 0x3FF));
    }

    private static string Class(int first, int last)
    {
        var builder = new StringBuilder("[");
        AppendClassRange(builder, first, last);
        return builder.Append(']').ToString();
    }

    private static void AppendClassRange(StringBuilder builder, int first, int last)
    {
        builder.Append(Unit(first));
        if (last > first)
        {
            builder.Append('-').Append(Unit(last));
        }
    }

    private static string Unit(int value) => "\\u" + value.ToString("X4", CultureInfo.InvariantCulture);
}
