namespace DocLint.Configuration.EditorConfig;

/// <summary>The keys the spec defines whose values are case-insensitive, so they are lower-cased when parsed.</summary>
internal static class EditorConfigKnownProperties
{
    public const string Root = "root";
    public const string IndentStyle = "indent_style";
    public const string IndentSize = "indent_size";
    public const string TabWidth = "tab_width";
    public const string Unset = "unset";
    public const string Tab = "tab";

    // spelling_language (ss-TT) and project_icon.* (paths) are left out: their case carries meaning.
    // insert_final_newline and trim_trailing_whitespace are in because the conformance suite lower-cases them.
    private static readonly HashSet<string> CaseInsensitiveValues = new(StringComparer.Ordinal)
    {
        Root,
        IndentStyle,
        IndentSize,
        TabWidth,
        "end_of_line",
        "charset",
        "insert_final_newline",
        "trim_trailing_whitespace",
    };

    /// <summary>The value as cores report it: lower-cased for the known keys, unchanged otherwise.</summary>
    public static string NormalizeValue(string lowerCaseKey, string value) =>
        CaseInsensitiveValues.Contains(lowerCaseKey) ? value.ToLowerInvariant() : value;
}
