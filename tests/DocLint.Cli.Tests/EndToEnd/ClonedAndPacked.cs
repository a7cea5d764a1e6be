namespace DocLint.Cli.Tests.EndToEnd;

/// <summary>
/// A clean copy of this repository, what a fresh clone has, where README.md's install block has run once: it packs
/// the tool (the package that names one per platform, the native linux-x64 one and the framework-dependent
/// fallback) into its <c>nupkg</c> folder and installs it. The native compile takes minutes, so the tests that need
/// the packed tool share this one pack per test run. The copy stands where the CI recipes clone DocLint, in
/// <c>.doclint/src</c> of a team's workspace (a symbolic link would not do: MSBuild would see two paths per project).
/// </summary>
public sealed class ClonedAndPacked : IAsyncLifetime
{
    private readonly string _work = Directory.CreateTempSubdirectory("doclint-clone-").FullName;

    /// <summary>A team's workspace, empty but for the clone in <c>.doclint/src</c>.</summary>
    public string Workspace => Path.Combine(_work, "team");

    public string Clone => Path.Combine(Workspace, ".doclint", "src");

    /// <summary>The folder README.md packs to.</summary>
    public string Feed => Path.Combine(Clone, "nupkg");

    public (int ExitCode, string Output) ReadmeInstall { get; private set; }

    public async Task InitializeAsync()
    {
        await CopyCleanRepositoryAsync(Clone);
        // A private package cache, so a DocLint package cached by an earlier run can never be installed instead.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "packages") };
        ReadmeInstall = await Shell.BashAsync(string.Join('\n', ReadmeInstallCommands()), Clone, environment);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_work, recursive: true);
        return Task.CompletedTask;
    }

    // The README's install block, run as written (comments after # are the shell's own).
    private static IEnumerable<string> ReadmeInstallCommands()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"));
        var start = Array.IndexOf(readme, "```sh", Array.IndexOf(readme, "## Install"));
        return readme.Skip(start + 1).TakeWhile(l => l != "```");
    }

    // The files a fresh clone has: tracked ones and new ones git does not ignore, as they are in the working tree.
    private static async Task CopyCleanRepositoryAsync(string copy)
    {
        var (exitCode, listing) = await Shell.RunAsync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], RepositoryPaths.Root);
        if (exitCode != 0)
        {
            throw new InvalidOperationException("git ls-files failed: " + listing);
        }

        foreach (var file in listing.Split('\0', StringSplitOptions.RemoveEmptyEntries).Where(f => File.Exists(Path.Combine(RepositoryPaths.Root, f))))
        {
            var target = Path.Combine(copy, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepositoryPaths.Root, file), target);
        }
    }
}

/// <summary>The tests that share one <see cref="ClonedAndPacked"/> (and so run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class SharesThePackedTool : ICollectionFixture<ClonedAndPacked>
{
    public const string Name = "packed tool";
}
