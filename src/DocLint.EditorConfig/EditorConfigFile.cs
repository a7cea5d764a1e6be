namespace DocLint.Configuration.EditorConfig;

/// <summary>
/// One parsed EditorConfig file: whether its preamble says <c>root = true</c>, its valid sections in file
/// order, and the problems found while parsing. Parsing never throws; bad lines become problems.
/// </summary>
internal sealed class EditorConfigFile
{
    public EditorConfigFile(string path, bool isRoot, IReadOnlyList<EditorConfigSection> sections, IReadOnlyList<EditorConfigProblem> problems)
    {
        Path = path;
        IsRoot = isRoot;
        Sections = sections;
        Problems = problems;
    }

    public string Path { get; }

    public bool IsRoot { get; }

    public IReadOnlyList<EditorConfigSection> Sections { get; }

    public IReadOnlyList<EditorConfigProblem> Problems { get; }

    public static EditorConfigFile Parse(string path, string text) => EditorConfigParser.Parse(path, text);

    /// <summary>A file that exists but could not be read: it contributes nothing except the problem.</summary>
    public static EditorConfigFile Unreadable(string path, string reason) =>
        new(path, isRoot: false, [], [new EditorConfigProblem(path, 0, $"The file could not be read: {reason}")]);
}
