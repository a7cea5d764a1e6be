namespace DocLint.LanguageServer.Workspace;

/// <summary>file:// URIs to local paths and back; other schemes (untitled:) have no path.</summary>
internal static class DocumentUris
{
    public static string? ToPath(string? uri)
    {
        if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        return Path.GetFullPath(parsed.LocalPath);
    }

    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
