using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace DocLint.Configuration.EditorConfig;

/// <summary>
/// Finds the EditorConfig properties for a file: reads <c>.editorconfig</c> files from the file's folder
/// upwards until one has <c>root = true</c>, then applies them farthest first, sections in file order,
/// later pairs winning. Each .editorconfig is read and parsed at most once per instance; safe to use
/// from several threads at once.
/// </summary>
internal sealed class EditorConfigResolver
{
    private const string FileName = ".editorconfig";

    private readonly IEditorConfigFileSource fileSource;

    // Lazy makes concurrent lookups of the same path share one read and parse. Absent files are cached too,
    // so each directory is probed once.
    private readonly ConcurrentDictionary<string, Lazy<EditorConfigFile?>> files = new(StringComparer.Ordinal);

    public EditorConfigResolver(IEditorConfigFileSource fileSource)
    {
        ArgumentNullException.ThrowIfNull(fileSource);
        this.fileSource = fileSource;
    }

    /// <summary>
    /// The effective properties of the file at <paramref name="absoluteFilePath"/> (which need not exist),
    /// without those whose value is <c>unset</c>, and the problems of every EditorConfig file consulted.
    /// </summary>
    public EditorConfigResult Resolve(string absoluteFilePath)
    {
        var core = ResolveCore(absoluteFilePath);
        var properties = new Dictionary<string, EditorConfigValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in core.Values)
        {
            // "unset removes the effect of that pair": cores report it literally, consumers drop it.
            if (value.Value != EditorConfigKnownProperties.Unset)
            {
                properties[value.Key] = value;
            }
        }

        return new EditorConfigResult(properties.AsReadOnly(), core.Problems);
    }

    /// <summary>What an EditorConfig core would report for the file; see <see cref="EditorConfigCoreResult"/>.</summary>
    internal EditorConfigCoreResult ResolveCore(string absoluteFilePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(absoluteFilePath);
        if (!Path.IsPathFullyQualified(absoluteFilePath))
        {
            throw new ArgumentException($"Expected an absolute path, got '{absoluteFilePath}'.", nameof(absoluteFilePath));
        }

        var filePath = Path.GetFullPath(absoluteFilePath);
        var chain = FindConfigFiles(filePath);

        var properties = new EditorConfigPropertyList();
        var problems = new List<EditorConfigProblem>();
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var (file, directory) = chain[i];
            problems.AddRange(file.Problems);
            var pathBelow = PathBelow(directory, filePath);
            foreach (var section in file.Sections)
            {
                if (!IsMatch(file, section, pathBelow, filePath, problems))
                {
                    continue;
                }

                foreach (var pair in section.Pairs)
                {
                    properties.Set(new EditorConfigValue(pair.Key, pair.Value, file.Path, pair.Line));
                }
            }
        }

        EditorConfigDefaults.Apply(properties);
        return new EditorConfigCoreResult(properties.Values, problems);
    }

    private static bool IsMatch(EditorConfigFile file, EditorConfigSection section, string pathBelow, string filePath, List<EditorConfigProblem> problems)
    {
        try
        {
            return section.Glob.IsMatch(pathBelow);
        }
        catch (RegexMatchTimeoutException)
        {
            problems.Add(new EditorConfigProblem(
                file.Path,
                section.Line,
                $"Matching this section name against '{filePath}' took longer than {EditorConfigGlob.FallbackMatchTimeout.TotalMilliseconds} ms; the section was skipped for that file."));
            return false;
        }
    }

    // Nearest first, ending with the first root file (or at the file system root).
    private List<(EditorConfigFile File, string Directory)> FindConfigFiles(string filePath)
    {
        var chain = new List<(EditorConfigFile File, string Directory)>();
        for (var directory = Path.GetDirectoryName(filePath); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            var file = GetFile(Path.Join(directory, FileName));
            if (file is null)
            {
                continue;
            }

            chain.Add((file, directory));
            if (file.IsRoot)
            {
                break;
            }
        }

        return chain;
    }

    private EditorConfigFile? GetFile(string configPath) =>
        files.GetOrAdd(configPath, path => new Lazy<EditorConfigFile?>(() => Load(path))).Value;

    private EditorConfigFile? Load(string configPath)
    {
        try
        {
            var text = fileSource.ReadAllText(configPath);
            return text is null ? null : EditorConfigFile.Parse(configPath, text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return EditorConfigFile.Unreadable(configPath, ex.Message);
        }
    }

    // "/sub/file.md" for the file "<directory>/sub/file.md": what section globs are matched against.
    private static string PathBelow(string directory, string filePath)
    {
        var below = filePath.AsSpan(directory.Length).TrimStart([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        var path = "/" + below.ToString();

        // Globs use '/' only; on Unix a backslash is an ordinary file-name character and stays as it is.
        return Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
    }
}
