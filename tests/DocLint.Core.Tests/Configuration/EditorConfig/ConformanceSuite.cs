using System.Text.Json;

namespace DocLint.Core.Tests.Configuration.EditorConfig;

/// <summary>
/// The EditorConfig core conformance suite, restated as data in the shared folder beside the repository
/// (<c>&lt;repo&gt;/../shared/data/editorconfig-core-test</c>). It is read in place, never copied.
/// </summary>
internal sealed class ConformanceSuite
{
    private ConformanceSuite(string directory, IReadOnlyList<ConformanceCase> cases)
    {
        Directory = directory;
        Cases = cases;
    }

    public string Directory { get; }

    public string CasesDirectory => Path.Combine(Directory, "cases");

    public IReadOnlyList<ConformanceCase> Cases { get; }

    /// <summary>Where the data is expected, for messages; null when the repository root cannot be found.</summary>
    public static string? ExpectedDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DocLint.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data", "editorconfig-core-test"));
            }
        }

        return null;
    }

    /// <summary>The suite, or null when its data is not on this machine.</summary>
    public static ConformanceSuite? TryLoad()
    {
        var directory = ExpectedDirectory();
        var casesFile = directory is null ? null : Path.Combine(directory, "cases.json");
        if (casesFile is null || !File.Exists(casesFile))
        {
            return null;
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(casesFile));
        var cases = json.RootElement.EnumerateArray().Select(ReadCase).ToArray();
        return new ConformanceSuite(directory!, cases);
    }

    private static ConformanceCase ReadCase(JsonElement row) => new(
        Name: Text(row, "name"),
        Group: Text(row, "group"),
        ConfigDir: Text(row, "config_dir"),
        Version: Text(row, "version"),
        Match: Text(row, "match"),
        Args: Lines(row, "args")!,
        ExpectedLines: Lines(row, "expected_lines")!,
        Regex: Text(row, "regex"),
        Platform: Text(row, "platform"),
        ExpectedLinesWindows: Lines(row, "expected_lines_windows"),
        RegexWindows: row.TryGetProperty("regex_windows", out var regex) ? regex.GetString() : null);

    private static string Text(JsonElement row, string name) => row.GetProperty(name).GetString() ?? string.Empty;

    private static string[]? Lines(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) ? value.EnumerateArray().Select(line => line.GetString() ?? string.Empty).ToArray() : null;
}
