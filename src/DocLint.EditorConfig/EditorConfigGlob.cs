using System.Text.RegularExpressions;

namespace DocLint.Configuration.EditorConfig;

/// <summary>
/// A section name compiled once into a regex. A name with a '/' is relative to the directory of the
/// .editorconfig that declares it (a leading '/' changes nothing); a name without one matches at any depth,
/// as if prefixed with "**/". Matching is against the file's path below that directory, written with a
/// leading '/' and '/' separators (for example "/docs/guide.md"), and is case-sensitive.
/// </summary>
internal sealed class EditorConfigGlob
{
    /// <summary>How long a match may take when a name is too large for the linear-time engine.</summary>
    public static readonly TimeSpan FallbackMatchTimeout = TimeSpan.FromMilliseconds(250);

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Singleline;

    private readonly Regex? regex;
    private readonly FileNameGlob? fileNameGlob;

    private EditorConfigGlob(string sectionName, Regex? regex, FileNameGlob? fileNameGlob)
    {
        SectionName = sectionName;
        this.regex = regex;
        this.fileNameGlob = fileNameGlob;
    }

    public string SectionName { get; }

    /// <summary>Compiles a section name; <see langword="null"/> (with the reason) only if the regex engine refuses it.</summary>
    public static EditorConfigGlob? TryCreate(string sectionName, out string? error)
    {
        if (FileNameGlob.TryCreate(sectionName) is { } simple)
        {
            error = null;
            return new EditorConfigGlob(sectionName, null, simple);
        }

        // A bracket holding '/' is plain text (see the translator), so any '/' at all makes the name relative.
        var anchored = !sectionName.Contains('/', StringComparison.Ordinal) ? "/**/" + sectionName
            : sectionName.StartsWith('/') ? sectionName
            : "/" + sectionName;
        try
        {
            error = null;
            return new EditorConfigGlob(sectionName, CreateRegex(EditorConfigGlobTranslator.ToRegexPattern(anchored)), null);
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>Whether the file at <paramref name="pathBelowConfigDirectory"/> ("/docs/a.md") is in this section.</summary>
    /// <exception cref="RegexMatchTimeoutException">Only for a name too large for linear matching, when the match takes too long.</exception>
    public bool IsMatch(string pathBelowConfigDirectory) =>
        fileNameGlob?.IsMatch(pathBelowConfigDirectory) ?? regex!.IsMatch(pathBelowConfigDirectory);

    private static Regex CreateRegex(string pattern)
    {
        try
        {
            // Section names come from the repositories being linted, so matching should stay linear whatever
            // the name (no catastrophic backtracking on "*a*a*a*a*a*b").
            return new Regex(pattern, Options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            // That engine refuses patterns of more than about 2000 elements: far longer than real section
            // names, but the spec requires accepting names of 1024 characters. Bound those by a timeout instead.
            return new Regex(pattern, Options, FallbackMatchTimeout);
        }
    }
}
