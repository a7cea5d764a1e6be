namespace DocLint.Benchmarks;

/// <summary>
/// About one megabyte of real articles from ../shared/data, the first files by name, so every run and every stage
/// measures the same text.
/// </summary>
internal sealed record Corpus(string Name, IReadOnlyList<(string Path, byte[] Bytes)> Files)
{
    public const string Allsides = "allsides";

    public const string PowerShell = "powershell";

    private const long TargetBytes = 1024 * 1024;

    public double Megabytes => Files.Sum(f => f.Bytes.LongLength) / (1024.0 * 1024.0);

    public static Corpus Load(string name)
    {
        var (folder, pattern) = name switch
        {
            Allsides => ("allsides_news_articles/articles", "*.txt"),
            PowerShell => ("powershell_docs_markdown/reference", "*.md"),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such corpus"),
        };
        var root = Path.Combine(DataDirectory(), folder);
        var files = new List<(string, byte[])>();
        long total = 0;
        foreach (var path in Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            files.Add((Path.GetRelativePath(root, path), bytes));
            total += bytes.Length;
            if (total >= TargetBytes)
            {
                break;
            }
        }

        return new Corpus(name, files);
    }

    // ../shared/data beside the repository, found from wherever BenchmarkDotNet runs its generated project.
    private static string DataDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var data = Path.Combine(directory.FullName, "..", "shared", "data");
            if (File.Exists(Path.Combine(directory.FullName, "DocLint.sln")) && Directory.Exists(data))
            {
                return data;
            }
        }

        throw new DirectoryNotFoundException("../shared/data not found beside the repository above " + AppContext.BaseDirectory);
    }
}
