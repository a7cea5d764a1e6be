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
        var repositoryOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => !f.IsStandardInput))
        {
            var directory = Path.GetDirectoryName(file.FullPath!)!;
            if (!repositoryOf.TryGetValue(directory, out var repository))
            {
                var topLevel = await git.RunAsync(directory, ["rev-parse", "--show-toplevel"], cancellationToken);
                repository = repositoryOf[directory] = topLevel.Succeeded ? topLevel.StandardOutput.Trim() : null;
            }

            if (repository is null)
            {
                return ChangeSet.Failed($"--diff-base needs a git repository, and {file.DisplayPath} is not in one.");
            }

            if (verifiedRepositories.Add(repository))
            {
                var revision = await git.RunAsync(repository, ["rev-parse", "--verify", "--quiet", "--end-of-options", baseRef + "^{commit}"], cancellationToken);
                if (!revision.Succeeded)
                {
                    return ChangeSet.Failed($"--diff-base {baseRef} is not a known revision in {repository}.");
                }
            }

            var fileName = Path.GetFileName(file.FullPath!);
            var tracked = await git.RunAsync(directory, ["ls-files", "--", fileName], cancellationToken);
            if (tracked.Succeeded && tracked.StandardOutput.Trim().Length == 0)
            {
                changes[file.DisplayPath] = ChangedLines.All;
                continue;
            }

            var diff = await git.RunAsync(directory, ["diff", "--unified=0", "--no-color", "--no-ext-diff", baseRef, "--", fileName], cancellationToken);
            if (!diff.Succeeded)
            {
                return ChangeSet.Failed($"--diff-base: git diff failed for {file.DisplayPath}: {FirstLine(diff.StandardError)}");
            }

            changes[file.DisplayPath] = DiffHunkParser.Parse(diff.StandardOutput);
        }

        return new ChangeSet(changes.ToImmutable(), null);
    }

    private static string FirstLine(string text) => text.Trim().Split('\n')[0].Trim();
}
