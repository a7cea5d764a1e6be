using DocLint.Text;

namespace DocLint.Diagnostics;

/// <summary>Where a diagnostic is: the path as given, the source span and its line positions.</summary>
public sealed record Location(string Path, TextSpan SourceSpan, LinePositionSpan LineSpan)
{
    /// <summary>A location for problems with a whole file (it could not be read, it is empty).</summary>
    internal static Location ForFile(string path) => new(path, default, default);

    public bool IsWholeFile => SourceSpan.IsEmpty && LineSpan == default;
}
