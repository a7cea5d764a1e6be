using System.Collections.Immutable;
using DocLint.Cli.Inputs;

namespace DocLint.Cli.Changes;

/// <summary>
/// Asks git which lines of the inputs changed since a base revision, with a fixed number of git commands per
/// repository (not per file): the tracked files, one whole diff against the base, parsed per file. Untracked files
/// are wholly new; a file committed after the base shows up in the diff as one added hunk. Paths are never handed
/// to git as pathspecs, so a name like <c>a[1].md</c> means itself.
/// </summary>
internal sealed class GitChangeReader(GitRunner git)
{
    public async Task<ChangeSet> ReadAsync(IReadOnlyList<InputFile> files, string baseRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentException.ThrowIfNullOrWhiteSpace(baseRef);
        var changes = ImmutableDictionary.CreateBuilder<string, ChangedLines>(StringComparer.Ordinal);
        foreach (var group in files.Where(f => !f.IsStandardInput).GroupBy(f => RepositoryRootOf(f.FullPath!), StringComparer.Ordinal))
        {
            if (group.Key.Length == 0)
            {
                return ChangeSet.Failed($"--diff-base needs a git repository, and {group.First().DisplayPath} is not in one.");
            }

            var repository = await ReadRepositoryAsync(group.Key, baseRef, group.First().DisplayPath, cancellationToken);
            if (repository.Error is { } error)
            {
                return ChangeSet.Failed(error);
            }

            foreach (var file in group)
            {
                var relative = Path.GetRelativePath(group.Key, file.FullPath!).Replace(Path.DirectorySeparatorChar, '/');
                changes[file.DisplayPath] = !repository.Tracked.Contains(relative)
                    ? ChangedLines.All
                    : repository.Diffs.GetValueOrDefault(relative, ChangedLines.None);
            }
        }

        return new ChangeSet(changes.ToImmutable(), null);
    }

    private async Task<RepositoryChanges> ReadRepositoryAsync(string root, string baseRef, string firstFile, CancellationToken cancellationToken)
    {
        var topLevel = await git.RunAsync(root, ["rev-parse", "--show-toplevel"], cancellationToken);
        if (!topLevel.Succeeded)
        {
            return RepositoryChanges.Failed($"--diff-base needs a git repository, and {firstFile} is not in one.");
        }

        var shownRoot = topLevel.StandardOutput.Trim();
        var revision = await git.RunAsync(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", baseRef + "^{commit}"], cancellationToken);
        if (!revision.Succeeded)
        {
            return RepositoryChanges.Failed($"--diff-base {baseRef} is not a known revision in {shownRoot}.");
        }

        var tracked = await git.RunAsync(root, ["-c", "core.quotePath=false", "ls-files", "-z", "--full-name"], cancellationToken);
        if (!tracked.Succeeded)
        {
            return RepositoryChanges.Failed($"--diff-base: git ls-files failed in {shownRoot}: {FirstLine(tracked.StandardError)}");
        }

        var diff = await git.RunAsync(
            root,
            ["-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-renames", "--end-of-options", revision.StandardOutput.Trim()],
            cancellationToken);
        if (!diff.Succeeded)
        {
            return RepositoryChanges.Failed($"--diff-base: git diff failed in {shownRoot}: {FirstLine(diff.StandardError)}");
        }

        var trackedFiles = tracked.StandardOutput.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return new RepositoryChanges(trackedFiles, DiffHunkParser.ParseFiles(diff.StandardOutput), null);
    }

    /// <summary>The nearest folder above the file that holds a <c>.git</c> folder or file (a worktree), or "" if none.</summary>
    private static string RepositoryRootOf(string fullPath)
    {
        for (var directory = Path.GetDirectoryName(fullPath); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            var marker = Path.Combine(directory, ".git");
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                return directory;
            }
        }

        return string.Empty;
    }

    private static string FirstLine(string text) => text.Trim().Split('\n')[0].Trim();

    private sealed record RepositoryChanges(HashSet<string> Tracked, ImmutableDictionary<string, ChangedLines> Diffs, string? Error)
    {
        public static RepositoryChanges Failed(string error) => new([], ImmutableDictionary<string, ChangedLines>.Empty, error);
    }
}
