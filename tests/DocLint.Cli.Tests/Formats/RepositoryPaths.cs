namespace DocLint.Cli.Tests.Formats;

/// <summary>Finds the repository root (the folder with DocLint.sln) and the shared data beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The official SARIF schema, or null when ../shared/data is not present (tests then skip).</summary>
    public static string? SarifSchema
    {
        get
        {
            var path = Path.Combine(Root, "..", "shared", "data", "sarif", "sarif-schema-2.1.0.json");
            return File.Exists(path) ? Path.GetFullPath(path) : null;
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DocLint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DocLint.sln not found above " + AppContext.BaseDirectory);
    }
}
