using DocLint.Cli.Output;

namespace DocLint.Cli.Cache;

/// <summary>
/// Checks and creates the --cache-location folder before a run. DocLint never writes among the files it lints, so
/// the folder (its links resolved) must not be an input nor hold one; a folder it cannot create is a one-line error.
/// A new folder gets a CACHEDIR.TAG, the mark backup tools know, created only when no file of that name exists.
/// </summary>
internal static class CacheLocation
{
    public const string DefaultName = ".doclintcache";

    private const string TagName = "CACHEDIR.TAG";

    private const string Tag = "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache of DocLint's results (doclint --cache); it can be deleted at any time.\n";

    /// <summary>The folder's full path, or the line to print when it cannot be used.</summary>
    public static (string? Directory, string? Error) Prepare(string location, string workingDirectory, IEnumerable<string> inputFullPaths)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(inputFullPaths);
        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(location, workingDirectory));
        }
        catch (Exception exception) when (exception is ArgumentException or PathTooLongException or NotSupportedException)
        {
            return (null, $"error: --cache-location {location} is not a usable path: {exception.Message}");
        }

        if (File.Exists(full))
        {
            return (null, $"error: --cache-location {location} is a file, not a folder; DocLint keeps its cache entries in a folder of their own.");
        }

        var resolved = FileIdentity.ResolveDirectory(full);
        // An archive's files share a few folders: each folder's links are resolved once, each file's own link per file.
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputFullPaths)
        {
            var folder = Path.GetDirectoryName(input) ?? input;
            if (!folders.TryGetValue(folder, out var resolvedFolder))
            {
                resolvedFolder = folders[folder] = FileIdentity.ResolveDirectory(folder);
            }

            var candidate = Path.Combine(resolvedFolder, Path.GetFileName(input));
            var resolvedInput = new FileInfo(candidate).LinkTarget is null ? candidate : FileIdentity.ResolvePath(candidate) ?? candidate;
            if (IsInside(input, full) || IsInside(resolvedInput, resolved))
            {
                return (null, $"error: --cache-location {location} holds an input ({input}), or links to a folder that does; DocLint never writes among the files it lints.");
            }
        }

        var tag = Path.Combine(full, TagName);
        try
        {
            Directory.CreateDirectory(full);
            if (!File.Exists(tag) && new FileInfo(tag).LinkTarget is null)
            {
                using var stream = new FileStream(tag, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(System.Text.Encoding.UTF8.GetBytes(Tag));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // CreateNew loses a race with a concurrent run to the tag: that run wrote the same tag. Otherwise the
            // folder cannot be created or written to, and no entry could be stored either.
            if (!File.Exists(tag))
            {
                return (null, $"error: could not create --cache-location {location}: {(exception is UnauthorizedAccessException ? "permission denied" : exception.Message)}");
            }
        }

        return (full, null);
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || path == folder;
}
