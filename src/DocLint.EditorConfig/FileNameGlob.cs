namespace DocLint.Configuration.EditorConfig;

/// <summary>
/// The common section names (<c>*</c>, <c>*.md</c>, <c>*.{md,txt}</c>, <c>README.md</c>) matched without a regex:
/// building the linear-time regex engine costs tens of milliseconds at start-up, most of a one-file run's
/// configuration time. Only names made of plain file-name characters, single '*' and one list of plain
/// alternatives qualify; every other name goes to the regex, so the semantics stay the translator's.
/// </summary>
internal sealed class FileNameGlob
{
    private const int MaxLength = 255;

    private readonly string[] _alternatives;

    private FileNameGlob(string[] alternatives) => _alternatives = alternatives;

    /// <summary>A matcher for <paramref name="sectionName"/>, or null when the name needs the full glob syntax.</summary>
    public static FileNameGlob? TryCreate(string sectionName)
    {
        // Real section names are short; long ones keep the regex path and its bounded-time fallback.
        if (sectionName.Length > MaxLength)
        {
            return null;
        }

        var open = sectionName.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return IsPlain(sectionName) ? new FileNameGlob([sectionName]) : null;
        }

        var close = sectionName.IndexOf('}', open);
        if (close < 0)
        {
            return null;
        }

        var prefix = sectionName[..open];
        var suffix = sectionName[(close + 1)..];
        var options = sectionName[(open + 1)..close].Split(',');
        // "{a}" is literal text in EditorConfig and "{a,}" has an empty alternative: leave both to the regex.
        if (options.Length < 2 || options.Any(o => o.Length == 0 || o.Contains('*', StringComparison.Ordinal)) || !IsPlain(prefix) || !IsPlain(suffix) || !options.All(IsPlain))
        {
            return null;
        }

        return new FileNameGlob([.. options.Select(o => prefix + o + suffix)]);
    }

    /// <summary>Whether the last segment of <paramref name="pathBelowConfigDirectory"/> matches (a name without '/' matches at any depth).</summary>
    public bool IsMatch(string pathBelowConfigDirectory)
    {
        var name = pathBelowConfigDirectory.AsSpan(pathBelowConfigDirectory.LastIndexOf('/') + 1);
        foreach (var alternative in _alternatives)
        {
            if (WildcardMatch(alternative, name))
            {
                return true;
            }
        }

        return false;
    }

    // Letters, digits, '.', '-', '_' and single '*': nothing the translator would treat specially.
    private static bool IsPlain(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '*')
            {
                if (i + 1 < text.Length && text[i + 1] == '*')
                {
                    return false;
                }
            }
            else if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    // '*' matches any run of characters (the name has no '/'); backtracks only to the last '*', so it stays linear-ish.
    private static bool WildcardMatch(string pattern, ReadOnlySpan<char> name)
    {
        int p = 0, n = 0, star = -1, mark = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = n;
            }
            else if (p < pattern.Length && pattern[p] == name[n])
            {
                p++;
                n++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
