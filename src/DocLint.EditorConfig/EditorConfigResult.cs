namespace DocLint.Configuration.EditorConfig;

/// <summary>
/// The properties that apply to one file (keys compared case-insensitively; <c>unset</c> ones removed)
/// and the problems found in the EditorConfig files that were consulted.
/// </summary>
internal sealed record EditorConfigResult(
    IReadOnlyDictionary<string, EditorConfigValue> Properties,
    IReadOnlyList<EditorConfigProblem> Problems);
