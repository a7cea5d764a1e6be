namespace DocLint.Configuration.EditorConfig;

/// <summary>
/// Something wrong in an EditorConfig file: an invalid line, an overlong name or value, or a file that
/// could not be read. <paramref name="Line"/> is one-based; 0 means the whole file.
/// </summary>
internal sealed record EditorConfigProblem(string Path, int Line, string Message);
