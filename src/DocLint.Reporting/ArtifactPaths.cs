namespace DocLint.Reporting;

/// <summary>Paths as machine formats want them: forward slashes, and URIs relative to the source root.</summary>
internal static class ArtifactPaths
{
    public static string ToForwardSlashes(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Replace('\\', '/');
    }

    /// <summary>
    /// A relative path becomes a relative URI reference (each segment percent-encoded); a rooted one an absolute
    /// file URI, because it cannot be resolved against %SRCROOT%.
    /// </summary>
    public static (string Uri, bool IsRelative) ToUri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Path.IsPathFullyQualified(path))
        {
            return (new Uri(path).AbsoluteUri, false);
        }

        var segments = ToForwardSlashes(path).Split('/').Where(s => s.Length > 0 && s != ".").Select(Uri.EscapeDataString);
        return (string.Join('/', segments), true);
    }
}
