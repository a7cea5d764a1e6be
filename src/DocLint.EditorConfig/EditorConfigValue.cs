namespace DocLint.Configuration.EditorConfig;

/// <summary>
/// One effective property and where it came from. <paramref name="Line"/> is the one-based line of the
/// <c>key = value</c> pair in <paramref name="SourcePath"/>. A value the spec derives from another pair
/// (<c>tab_width</c> from <c>indent_size</c>, for example) points at the pair whose value it copies.
/// </summary>
internal sealed record EditorConfigValue(string Key, string Value, string SourcePath, int Line);
