namespace DocLint.Configuration.EditorConfig;

/// <summary>
/// What an EditorConfig "core" reports for a file (the level the conformance suite tests): the pairs in the
/// order their keys first appeared, with <c>unset</c> still present as a value, plus the spec's defaults.
/// </summary>
internal sealed record EditorConfigCoreResult(IReadOnlyList<EditorConfigValue> Values, IReadOnlyList<EditorConfigProblem> Problems);
