namespace DocLint.Evaluation;

/// <summary>Finds the shared data beside the repository: walk up to DocLint.sln, then ../shared/data.</summary>
public static class DataLocator
{
    public static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DocLint.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    public static string? FindSharedDirectory(string start)
    {
        var root = FindRepositoryRoot(start);
        return root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared"));
    }
}
