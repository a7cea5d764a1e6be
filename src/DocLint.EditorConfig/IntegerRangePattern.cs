using System.Globalization;

namespace DocLint.Configuration.EditorConfig;

/// <summary>
/// <c>{num1..num2}</c> as a regex that matches exactly the integers in the range, written the usual way
/// (optional '-', no '+', no leading zeros). Building the exact set into the regex, rather than checking a
/// captured number afterwards, keeps the match right when several ranges or wildcards sit side by side.
/// </summary>
internal static class IntegerRangePattern
{
    /// <summary>
    /// Reads <c>num1..num2</c> (the text between the braces). The spec requires num1 &lt; num2;
    /// we also accept num1 = num2. Anything else is not a range, and the braces are literal.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> content, out long low, out long high)
    {
        low = 0;
        high = 0;
        var dots = content.IndexOf("..", StringComparison.Ordinal);
        return dots > 0
            && TryParseInteger(content[..dots], out low)
            && TryParseInteger(content[(dots + 2)..], out high)
            && low <= high;
    }

    public static string Create(long low, long high)
    {
        var alternatives = new List<string>();
        if (low < 0)
        {
            foreach (var magnitude in NonNegative(-Math.Min(high, -1), -low))
            {
                alternatives.Add("-" + magnitude);
            }
        }

        if (high >= 0)
        {
            alternatives.AddRange(NonNegative(Math.Max(low, 0), high));
        }

        return $"(?:{string.Join('|', alternatives)})";
    }

    private static bool TryParseInteger(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        var digits = text.Length > 0 && text[0] is '+' or '-' ? text[1..] : text;

        // long.MinValue is refused so that every bound can be negated.
        return !digits.IsEmpty
            && !digits.ContainsAnyExceptInRange('0', '9')
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            && value != long.MinValue;
    }

    // One pattern per digit count, because numbers of different lengths differ in their first digit's range.
    private static IEnumerable<string> NonNegative(long low, long high)
    {
        var lowDigits = DigitCount(low);
        var highDigits = DigitCount(high);
        for (var length = lowDigits; length <= highDigits; length++)
        {
            var first = length == lowDigits ? low : PowerOfTen(length - 1);
            var last = length == highDigits ? high : PowerOfTen(length) - 1;
            yield return SameLength(first.ToString(CultureInfo.InvariantCulture), last.ToString(CultureInfo.InvariantCulture));
        }
    }

    // All digit strings between first and last, which have the same length (leading zeros allowed inside).
    private static string SameLength(string first, string last)
    {
        if (first.Length == 0)
        {
            return string.Empty;
        }

        if (first[0] == last[0])
        {
            return first[0] + SameLength(first[1..], last[1..]);
        }

        var restLength = first.Length - 1;
        var anyRest = restLength == 0 ? string.Empty : $"[0-9]{{{restLength}}}";
        var firstIsLowest = first.AsSpan(1).IndexOfAnyExcept('0') < 0;
        var lastIsHighest = last.AsSpan(1).IndexOfAnyExcept('9') < 0;
        var parts = new List<string>();
        var middleFirst = first[0];
        var middleLast = last[0];
        if (!firstIsLowest)
        {
            parts.Add(first[0] + SameLength(first[1..], new string('9', restLength)));
            middleFirst++;
        }

        if (!lastIsHighest)
        {
            middleLast--;
        }

        if (middleFirst <= middleLast)
        {
            parts.Add((middleFirst == middleLast ? middleFirst.ToString() : $"[{middleFirst}-{middleLast}]") + anyRest);
        }

        if (!lastIsHighest)
        {
            parts.Add(last[0] + SameLength(new string('0', restLength), last[1..]));
        }

        return parts.Count == 1 ? parts[0] : $"(?:{string.Join('|', parts)})";
    }

    private static int DigitCount(long value) => value.ToString(CultureInfo.InvariantCulture).Length;

    private static long PowerOfTen(int exponent)
    {
        var result = 1L;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
