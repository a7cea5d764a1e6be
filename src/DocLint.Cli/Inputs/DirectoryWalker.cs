using DocLint.Cli.Output;

namespace DocLint.Cli.Inputs;

/// <summary>
/// Lists the files under a folder, depth first (a folder's own files, sorted, then its subfolders, sorted). Each
/// folder is visited once by device and inode, so links that point back up the tree end instead of looping; a
/// linked folder is followed only while it stays inside the folder walked (naming a path on the command line is
/// how to ask for one outside); a folder that cannot be listed is reported, never skipped in silence.
/// </summary>
internal sealed class DirectoryWalker(Func<string, bool> includeDirectory, Func<string, bool> includeFile)
{
    /// <summary>A folder that could not be listed, by the path to print for it.</summary>
    public record struct Unreadable(string DisplayPath, string Reason);

    /// <summary>The files under root, down to maxDepth folders below it (0: root's own files only), less the excluded files and folders.</summary>
    public List<string> Walk(string root, List<Unreadable> unreadable, Func<string, string> displayPath, int maxDepth = int.MaxValue, Func<string, bool>? exclude = null)
    {
        exclude ??= _ => false;
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(unreadable);
        var resolvedRoot = FileIdentity.ResolveDirectory(root);
        var visited = new HashSet<FileIdentity>();
        var files = new List<string>();
        var pending = new Stack<(string Path, int Depth)>();
        pending.Push((root, 0));
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };
        while (pending.Count > 0)
        {
            var (directory, depth) = pending.Pop();
            if (FileIdentity.OfDirectory(directory) is not { } identity || !visited.Add(identity))
            {
                continue;
            }

            List<string> entries;
            List<string> subdirectories;
            try
            {
                entries = [.. Directory.EnumerateFiles(directory, "*", options).Where(includeFile).Where(f => !exclude(f)).Order(StringComparer.Ordinal)];
                subdirectories = [.. Directory.EnumerateDirectories(directory, "*", options).Where(includeDirectory).Where(d => !exclude(d) && StaysInside(d, resolvedRoot)).Order(StringComparer.Ordinal)];
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
            {
                unreadable.Add(new Unreadable(displayPath(directory), exception is UnauthorizedAccessException ? "permission denied" : exception.Message));
                continue;
            }

            files.AddRange(entries);
            for (var i = subdirectories.Count - 1; i >= 0 && depth < maxDepth; i--)
            {
                pending.Push((subdirectories[i], depth + 1));
            }
        }

        return files;
    }

    private static bool StaysInside(string directory, string resolvedRoot)
    {
        if (new DirectoryInfo(directory).LinkTarget is null)
        {
            return true;
        }

        var resolved = FileIdentity.ResolveDirectory(directory);
        var root = resolvedRoot.EndsWith(Path.DirectorySeparatorChar) ? resolvedRoot : resolvedRoot + Path.DirectorySeparatorChar;
        return resolved.StartsWith(root, StringComparison.Ordinal) || resolved == resolvedRoot;
    }
}
