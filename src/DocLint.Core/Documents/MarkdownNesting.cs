using DocLint.Text;
using Markdig;

namespace DocLint.Documents;

/// <summary>
/// Finds the first line of a Markdown document nested deeper than DocLint parses. Block quotes and lists are
/// counted by a linear scan of each line's prefix, and open link brackets across a paragraph, before Markdig runs
/// (its block parsing and bracket matching cost depth × length); whatever slips past the scan is caught as Markdig's depth error and placed on a line by
/// parsing ever shorter prefixes.
/// </summary>
internal static class MarkdownNesting
{
    /// <summary>Below Markdig's own limit of 128, so the scan, not an exception, refuses the usual cases.</summary>
    public const int MaxDepth = 100;

    /// <summary>The zero-based line of the first quote or list marker past <see cref="MaxDepth"/>, or null.</summary>
    public static int? FindTooDeepLine(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var brackets = 0;
        for (var line = 0; line < source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            var text = source.Text.AsSpan(span.Start, span.Length);
            if (PrefixDepth(text) > MaxDepth)
            {
                return line;
            }

            // Open link and image brackets nest across the lines of a paragraph; Markdig's bracket matching
            // costs their depth for each one, so "[[[[…" ten thousand deep took seconds without failing.
            brackets = text.IsWhiteSpace() ? 0 : BracketDepth(text, brackets);
            if (brackets > MaxDepth)
            {
                return line;
            }
        }

        return null;
    }

    /// <summary>
    /// The zero-based line where parsing first fails: the shortest prefix of whole lines that still throws.
    /// Called only after the whole document threw, so at most log2(lines) more parses.
    /// </summary>
    public static int LocateParseFailure(SourceText source, MarkdownPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(source);
        var low = 0;
        var high = source.LineCount - 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var end = source.GetLineSpan(middle).End;
            if (Throws(source.Text[..end], pipeline))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>True for Markdig's "too deeply nested" refusal (an ArgumentException with no position in it).</summary>
    public static bool IsDepthError(Exception exception) =>
        exception is ArgumentException && exception.Message.Contains("too deeply nested", StringComparison.Ordinal);

    private static bool Throws(string text, MarkdownPipeline pipeline)
    {
        try
        {
            Markdown.Parse(text, pipeline);
            return false;
        }
        catch (ArgumentException exception) when (IsDepthError(exception))
        {
            return true;
        }
    }

    // Each '>' opens a quote and each list marker a list item; the indentation before a list marker stands for
    // the lists it sits inside (two columns or more per level).
    private static int PrefixDepth(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var i = 0;
        var first = true;
        while (i < line.Length)
        {
            var indent = 0;
            while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
            {
                indent += line[i] == '\t' ? 4 : 1;
                i++;
            }

            if (i < line.Length && line[i] == '>')
            {
                depth++;
                i++;
            }
            else if (ListMarkerLength(line[i..]) is > 0 and var length)
            {
                depth += 1 + (first ? indent / 2 : 0);
                i += length;
            }
            else
            {
                break;
            }

            first = false;
        }

        return depth;
    }

    private static int BracketDepth(ReadOnlySpan<char> line, int depth)
    {
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    if (++depth > MaxDepth)
                    {
                        return depth;
                    }

                    break;
                case ']':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return depth;
    }

    private static int ListMarkerLength(ReadOnlySpan<char> rest)
    {
        if (rest.Length >= 2 && rest[0] is '-' or '*' or '+' && rest[1] is ' ' or '\t')
        {
            return 2;
        }

        var digits = 0;
        while (digits < rest.Length && digits < 9 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < rest.Length && rest[digits] is '.' or ')' && rest[digits + 1] is ' ' or '\t' ? digits + 2 : 0;
    }
}
