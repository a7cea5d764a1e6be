namespace DocLint.Rules.Tests.Conformance;

/// <summary>Finds the repository by walking up from the test binaries to DocLint.sln.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string Root => RootLazy.Value;

    public static string RulesDirectory => Path.Combine(Root, "rules");

    public static string RulePage(string id) => Path.Combine(RulesDirectory, id + ".md");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DocLint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No DocLint.sln above {AppContext.BaseDirectory}.");
    }
}
