using System.Collections.Immutable;
using DocLint.Cli.Inputs;

namespace DocLint.Cli.Changes;

/// <summary>
/// Asks git, in each input's own repository, which lines changed since a base revision. Untracked files are
/// wholly new; a file committed after the base shows up in the diff as one added hunk.
/// </summary>
public sealed class GitChangeReader(GitRunner git)
{
    public async Task<ChangeSet> ReadAsync(IReadOnlyList<InputFile> files, string baseRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentException.ThrowIfNullOrWhiteSpace(baseRef);
        var changes = ImmutableDictionary.CreateBuilder<string, ChangedLines>(StringComparer.Ordinal);
        var verifiedRepositories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => !f.IsStandardInput))
        {
            var directory = Path.GetDirectoryName(file.FullPath!)!;
            var topLevel = await git.RunAsync(directory, ["rev-parse", "--show-toplevel"], cancellationToken);
            if (!topLevel.Succeeded)
            {
                return ChangeSet.Failed($"--diff-base needs a git repository, and {file.DisplayPath} is not in one.");
            }

            var repository = topLevel.StandardOutput.Trim();
            if (verifiedRepositories.Add(repository))
            {
                var revision = await git.RunAsync(repository, ["rev-parse", "--verify", "--quiet", "--end-of-options", baseRef + "^{commit}"], cancellationToken);
                if (!revision.Succeeded)
                {
                    return ChangeSet.Failed($"--diff-base {baseRef} is not a known revision in {repository}.");
                }
            }

            changes[file.DisplayPath] = await ReadFileAsync(directory, Path.GetFileName(file.FullPath!), baseRef, file.DisplayPath, cancellationToken);
        }

        return new ChangeSet(changes.ToImmutable(), null);
    }

    private async Task<ChangedLines> ReadFileAsync(string directory, string fileName, string baseRef, string displayPath, CancellationToken cancellationToken)
    {
        var tracked = await git.RunAsync(directory, ["ls-files", "--", fileName], cancellationToken);
        if (tracked.Succeeded && tracked.StandardOutput.Trim().Length == 0)
        {
            return ChangedLines.All;
        }

        var diff = await git.RunAsync(directory, ["diff", "--unified=0", "--no-color", "--no-ext-diff", baseRef, "--", fileName], cancellationToken);
        if (!diff.Succeeded)
        {
            throw new InvalidOperationException($"git diff failed for {displayPath}: {diff.StandardError.Trim()}");
        }

        return DiffHunkParser.Parse(diff.StandardOutput);
    }
}
