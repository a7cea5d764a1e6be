namespace DocLint.Reliability.Tests;

/// <summary>The repository's example articles: real prose and Markdown to mutate.</summary>
internal static class ExampleDocuments
{
    public static IReadOnlyList<byte[]> Load()
    {
        var directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "DocLint.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        Assert.NotNull(directory);
        var files = Directory.EnumerateFiles(Path.Combine(directory, "examples"), "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();
        Assert.NotEmpty(files);
        return files;
    }
}
