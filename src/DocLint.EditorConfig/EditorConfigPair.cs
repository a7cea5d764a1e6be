namespace DocLint.Configuration.EditorConfig;

/// <summary>A <c>key = value</c> line: key lower-cased, value trimmed, one-based line number.</summary>
internal sealed record EditorConfigPair(string Key, string Value, int Line);
