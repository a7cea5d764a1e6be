using DocLint.Reporting;

namespace DocLint.Cli.Changes;

/// <summary>
/// Reads the working folder's repository for SARIF: the origin remote (credentials removed), the commit and the
/// branch. Outside git, or when git is missing, there is no provenance rather than an error.
/// </summary>
internal sealed class GitProvenance(GitRunner git, CliConsole console) : IVersionControlSource
{
    public VersionControlDetails? Read()
    {
        // A formatter writes synchronously; the console app has no synchronization context to deadlock on.
        return ReadAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    private async Task<VersionControlDetails?> ReadAsync(CancellationToken cancellationToken)
    {
        var folder = console.WorkingDirectory;
        var topLevel = await git.RunAsync(folder, ["rev-parse", "--show-toplevel"], cancellationToken);
        if (!topLevel.Succeeded)
        {
            return null;
        }

        var root = topLevel.StandardOutput.TrimEnd('\n');
        var revision = await git.RunAsync(folder, ["rev-parse", "--verify", "--quiet", "HEAD"], cancellationToken);
        var branch = await git.RunAsync(folder, ["symbolic-ref", "--quiet", "--short", "HEAD"], cancellationToken);
        var remote = await git.RunAsync(folder, ["remote", "get-url", "origin"], cancellationToken);
        // Without a remote the clone itself is the repository; SARIF requires an absolute URI either way.
        var uri = (remote.Succeeded ? RemoteUri.Parse(remote.StandardOutput.Trim()) : null) ?? new Uri(Path.TrimEndingDirectorySeparator(root) + "/");
        return new VersionControlDetails(uri, NonEmpty(revision), NonEmpty(branch))
        {
            RootIsSourceRoot = SameFolder(root, folder),
        };
    }

    private static string? NonEmpty(GitOutput output) =>
        output.Succeeded && output.StandardOutput.Trim() is { Length: > 0 } text ? text : null;

    private static bool SameFolder(string gitRoot, string folder) =>
        string.Equals(
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(gitRoot)),
            Path.TrimEndingDirectorySeparator(Output.FileIdentity.ResolveDirectory(folder)),
            StringComparison.Ordinal);
}
