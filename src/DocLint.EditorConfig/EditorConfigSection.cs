namespace DocLint.Configuration.EditorConfig;

/// <summary>A <c>[glob]</c> header (one-based line) with its compiled glob and the pairs under it, in file order.</summary>
internal sealed record EditorConfigSection(string Name, int Line, EditorConfigGlob Glob, IReadOnlyList<EditorConfigPair> Pairs);
