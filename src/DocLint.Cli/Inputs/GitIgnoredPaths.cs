using DocLint.Cli.Changes;

namespace DocLint.Cli.Inputs;

/// <summary>
/// The files and folders git ignores under a folder, read from git itself
/// (<c>git ls-files --others --ignored --exclude-standard --directory</c>): every .gitignore on the way,
/// .git/info/exclude and the user's core.excludesFile, with git's own precedence and negations. Outside a
/// repository, or without git, nothing is ignored.
/// </summary>
internal sealed class GitIgnoredPaths(GitRunner git)
{
    /// <summary>A test that says whether a full path under <paramref name="folder"/> is ignored.</summary>
    public Func<string, bool> Under(string folder)
    {
        // The walks are synchronous; the console app has no synchronization context to deadlock on.
        var output = git.RunAsync(folder, ["-c", "core.quotePath=false", "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory"], CancellationToken.None)
            .GetAwaiter().GetResult();
        if (!output.Succeeded || output.StandardOutput.Length == 0)
        {
            return _ => false;
        }

        var files = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in output.StandardOutput.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // git prints an ignored folder once, with a trailing slash, instead of everything in it.
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(entry, folder));
            (entry.EndsWith('/') ? folders : files).Add(full);
        }

        return path =>
        {
            var full = Path.TrimEndingDirectorySeparator(path);
            if (files.Contains(full) || folders.Contains(full))
            {
                return true;
            }

            for (var parent = Path.GetDirectoryName(full); parent is not null; parent = Path.GetDirectoryName(parent))
            {
                if (folders.Contains(parent))
                {
                    return true;
                }
            }

            return false;
        };
    }
}
