using DocLint.Configuration.EditorConfig;

namespace DocLint.Core.Tests.Configuration.EditorConfig;

/// <summary>
/// Reads from disk, but only inside one directory: the suite relies on no config file existing above a
/// case's tree, and the real folders above it (this repository, for one) may hold a .editorconfig.
/// </summary>
internal sealed class SubtreeFileSource(IEditorConfigFileSource inner, string rootDirectory) : IEditorConfigFileSource
{
    private readonly string prefix = Path.TrimEndingDirectorySeparator(rootDirectory) + Path.DirectorySeparatorChar;

    public string? ReadAllText(string path) =>
        path.StartsWith(prefix, StringComparison.Ordinal) ? inner.ReadAllText(path) : null;
}
