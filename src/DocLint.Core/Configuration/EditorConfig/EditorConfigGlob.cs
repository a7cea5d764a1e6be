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
    // NonBacktracking: section names come from the repositories being linted, so matching must stay linear
    // whatever the pattern (no catastrophic backtracking on names such as "*a*a*a*a*a*b").
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking;

    private readonly Regex regex;

    private EditorConfigGlob(string sectionName, Regex regex)
    {
        SectionName = sectionName;
        this.regex = regex;
    }

    public string SectionName { get; }

    /// <summary>Compiles a section name; <see langword="null"/> (with the reason) only if the regex engine refuses it.</summary>
    public static EditorConfigGlob? TryCreate(string sectionName, out string? error)
    {
        // A bracket holding '/' is plain text (see the translator), so any '/' at all makes the name relative.
        var anchored = !sectionName.Contains('/', StringComparison.Ordinal) ? "/**/" + sectionName
            : sectionName.StartsWith('/') ? sectionName
            : "/" + sectionName;
        try
        {
            error = null;
            return new EditorConfigGlob(sectionName, new Regex(EditorConfigGlobTranslator.ToRegexPattern(anchored), Options));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            error = ex.Message;
            return null;
        }
    }

    public bool IsMatch(string pathBelowConfigDirectory) => regex.IsMatch(pathBelowConfigDirectory);
}
