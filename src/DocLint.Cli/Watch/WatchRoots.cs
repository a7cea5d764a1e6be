namespace DocLint.Cli.Watch;

/// <summary>One folder to watch: recursively for a directory or glob argument, only its own files for a file argument.</summary>
internal sealed record WatchRoot(string Directory, bool Recursive);

/// <summary>The folders the command-line arguments live in, and the folders above them whose .editorconfig applies.</summary>
internal static class WatchRoots
{
    private static readonly char[] GlobCharacters = ['*', '?', '[', '{'];

    public static IReadOnlyList<WatchRoot> For(IEnumerable<string> arguments, string workingDirectory)
    {
        var roots = new List<WatchRoot>();
        foreach (var argument in arguments.Where(a => a != "-"))
        {
            var full = Path.GetFullPath(argument, workingDirectory);
            if (Directory.Exists(full))
            {
                roots.Add(new WatchRoot(full, Recursive: true));
            }
            else if (argument.IndexOfAny(GlobCharacters) is var glob and >= 0)
            {
                // A glob's fixed part (before the first segment with a wildcard) is the folder its matches live under.
                var fixedPart = argument[..glob];
                var folder = Path.GetFullPath(fixedPart.Length == 0 ? "." : fixedPart[..(fixedPart.LastIndexOfAny(['/', '\\']) + 1)], workingDirectory);
                roots.Add(new WatchRoot(folder, Recursive: true));
            }
            else if (Path.GetDirectoryName(full) is { } parent)
            {
                roots.Add(new WatchRoot(parent, Recursive: false));
            }
        }

        return [.. roots.Distinct()];
    }

    /// <summary>Every folder from each root up to the file-system root: an .editorconfig in any of them can apply.</summary>
    public static IReadOnlyList<string> ConfigurationFolders(IEnumerable<WatchRoot> roots)
    {
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            for (var folder = new DirectoryInfo(root.Directory); folder is not null; folder = folder.Parent)
            {
                folders.Add(folder.FullName);
            }
        }

        return [.. folders];
    }
}
