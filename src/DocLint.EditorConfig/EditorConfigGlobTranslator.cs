using System.Globalization;
using System.Text;

namespace DocLint.Configuration.EditorConfig;

/// <summary>
/// Turns an anchored glob (one that starts with '/', see <see cref="EditorConfigGlob"/>) into a .NET regex
/// pattern, following the spec's "Glob Expressions". Where the spec is silent (unbalanced braces, a
/// bracket holding '/'), it does what the reference cores do, so DocLint agrees with editors.
/// </summary>
internal static class EditorConfigGlobTranslator
{
    private static readonly string AnyCharacter = CodePointSet.AnyCharacterPattern();

    public static string ToRegexPattern(string glob)
    {
        // As in the reference cores: if unescaped '{' and '}' do not pair up, every brace is literal.
        var bracesPaired = CountUnescaped(glob, '{') == CountUnescaped(glob, '}');
        var output = new StringBuilder(glob.Length * 2).Append(@"\A");
        Translate(glob, 0, glob.Length, bracesPaired, output);
        return output.Append(@"\z").ToString();
    }

    private static void Translate(string glob, int start, int end, bool bracesPaired, StringBuilder output)
    {
        var i = start;
        while (i < end)
        {
            switch (glob[i])
            {
                case '\\':
                    // An escaped character is literal; a backslash at the very end stands for itself.
                    AppendLiteral(output, i + 1 < end ? glob[i + 1] : '\\');
                    i += i + 1 < end ? 2 : 1;
                    break;
                case '*' when i + 1 < end && glob[i + 1] == '*':
                    output.Append(".*");
                    i += 2;
                    while (i < end && glob[i] == '*')
                    {
                        i++;
                    }

                    break;
                case '*':
                    output.Append("[^/]*");
                    i++;
                    break;
                case '?':
                    output.Append(AnyCharacter);
                    i++;
                    break;
                case '/' when glob.AsSpan(i, end - i).StartsWith("/**/", StringComparison.Ordinal):
                    // "a/**/b" must also match "a/b": the "**" may stand for no directory at all.
                    output.Append("/(?:.*/)?");
                    i += 4;
                    break;
                case '[':
                    i = TranslateBracket(glob, i, end, output);
                    break;
                case '{' when bracesPaired && TryFindClosingBrace(glob, i, end, out var close, out var commas):
                    TranslateBraces(glob, i, close, commas, output);
                    i = close + 1;
                    break;
                default:
                    AppendLiteral(output, glob[i]);
                    i++;
                    break;
            }
        }
    }

    private static void TranslateBraces(string glob, int open, int close, List<int> commas, StringBuilder output)
    {
        if (commas.Count == 0)
        {
            var content = glob.AsSpan(open + 1, close - open - 1);
            if (IntegerRangePattern.TryParse(content, out var low, out var high))
            {
                output.Append(IntegerRangePattern.Create(low, high));
                return;
            }

            // The spec: "{s1} only matches {s1} literally". Its braces are literal; what is inside is still a glob.
            AppendLiteral(output, '{');
            Translate(glob, open + 1, close, bracesPaired: true, output);
            AppendLiteral(output, '}');
            return;
        }

        output.Append("(?:");
        var partStart = open + 1;
        foreach (var comma in commas.Append(close))
        {
            if (partStart > open + 1)
            {
                output.Append('|');
            }

            Translate(glob, partStart, comma, bracesPaired: true, output);
            partStart = comma + 1;
        }

        output.Append(')');
    }

    // The '}' matching the '{' at open (nested braces counted), and the commas that separate its alternatives.
    private static bool TryFindClosingBrace(string glob, int open, int end, out int close, out List<int> commas)
    {
        commas = [];
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            switch (glob[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    if (depth == 0)
                    {
                        close = i;
                        return true;
                    }

                    break;
                case ',' when depth == 1:
                    commas.Add(i);
                    break;
            }
        }

        close = -1;
        return false;
    }

    // Returns the index after what was consumed. "[" without a closing "]", "[]" and "[!]" are literal text.
    private static int TranslateBracket(string glob, int open, int end, StringBuilder output)
    {
        var contentStart = open + 1;
        var negated = contentStart < end && glob[contentStart] == '!';
        if (negated)
        {
            contentStart++;
        }

        var close = contentStart;
        var hasSlash = false;
        while (close < end && glob[close] != ']')
        {
            hasSlash |= glob[close] == '/';
            close += glob[close] == '\\' && close + 1 < end ? 2 : 1;
        }

        if (close >= end || close == contentStart)
        {
            AppendLiteral(output, '[');
            return open + 1;
        }

        if (hasSlash)
        {
            // A class can never match a path separator, so the reference cores read such a bracket as plain text.
            for (var i = open; i <= close; i++)
            {
                var escaped = glob[i] == '\\' && i < close;
                AppendLiteral(output, glob[escaped ? ++i : i]);
            }

            return close + 1;
        }

        output.Append(ParseClass(glob, contentStart, close).ToPattern(negated));
        return close + 1;
    }

    private static CodePointSet ParseClass(string glob, int start, int end)
    {
        var set = new CodePointSet();
        var i = start;
        while (i < end)
        {
            var first = ReadClassCharacter(glob, ref i, end);

            // A '-' between two characters makes a range; first or last, it is literal.
            if (i + 1 < end && glob[i] == '-')
            {
                i++;
                set.AddRange(first, ReadClassCharacter(glob, ref i, end));
            }
            else
            {
                set.Add(first);
            }
        }

        return set;
    }

    private static int ReadClassCharacter(string glob, ref int i, int end)
    {
        if (glob[i] == '\\' && i + 1 < end)
        {
            i++;
        }

        if (char.IsHighSurrogate(glob[i]) && i + 1 < end && char.IsLowSurrogate(glob[i + 1]))
        {
            i += 2;
            return char.ConvertToUtf32(glob[i - 2], glob[i - 1]);
        }

        return glob[i++];
    }

    private static int CountUnescaped(string glob, char brace)
    {
        var count = 0;
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] == '\\')
            {
                i++;
            }
            else if (glob[i] == brace)
            {
                count++;
            }
        }

        return count;
    }

    private static void AppendLiteral(StringBuilder output, char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            output.Append(c);
        }
        else
        {
            output.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
    }
}
