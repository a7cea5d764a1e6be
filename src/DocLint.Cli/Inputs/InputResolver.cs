using System.IO.Enumeration;
using System.Text.RegularExpressions;
using DocLint.Cli.Changes;
using DocLint.Configuration.EditorConfig;
using DocLint.Diagnostics;

namespace DocLint.Cli.Inputs;

/// <summary>
/// Expands the command line's paths: files as given (any extension), directories recursively (Markdown, plus
/// what --include adds), globs with .editorconfig's syntax (**, {a,b}, [eo]), and "-" for standard input. Walks
/// skip what git ignores and the run's own outputs. Paths print as given; found files print relative to their argument.
/// </summary>
internal sealed class InputResolver
{
    public static readonly IReadOnlyList<string> DocumentExtensions = [".md", ".markdown"];

    private static readonly string[] SkippedDirectories = ["node_modules", "bin", "obj"];

    private readonly GitIgnoredPaths _ignored;

    public InputResolver(GitRunner git) => _ignored = new GitIgnoredPaths(git);

    public InputResolution Resolve(IReadOnlyList<string> arguments, string workingDirectory, string? stdinFileName, DiscoveryRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        rules ??= DiscoveryRules.Default;
        var files = new List<InputFile>();
        var problems = new List<Diagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                files.Add(new InputFile(stdinFileName ?? "stdin.md", null));
                continue;
            }

            var unreadable = new List<DirectoryWalker.Unreadable>();
            var found = Expand(argument, workingDirectory, rules, unreadable, out var problem);
            foreach (var folder in unreadable)
            {
                var descriptor = InfrastructureDescriptors.DirectoryUnreadable;
                problems.Add(Diagnostic.ForFile(descriptor, folder.DisplayPath, descriptor.FormatMessage([folder.Reason])));
            }

            if (problem is not null)
            {
                problems.Add(Diagnostic.ForFile(InfrastructureDescriptors.InputNotFound, argument, problem));
                continue;
            }

            foreach (var file in found)
            {
                if (seen.Add(file.FullPath!))
                {
                    files.Add(file);
                }
            }
        }

        return new InputResolution(files, problems);
    }

    private List<InputFile> Expand(string argument, string workingDirectory, DiscoveryRules rules, List<DirectoryWalker.Unreadable> unreadable, out string? problem)
    {
        problem = null;
        string full;
        try
        {
            full = Path.GetFullPath(argument, workingDirectory);
        }
        catch (Exception exception) when (exception is ArgumentException or PathTooLongException or NotSupportedException)
        {
            problem = $"Not a usable path: {exception.Message}";
            return [];
        }

        if (File.Exists(full))
        {
            return [new InputFile(argument, full)];
        }

        if (Directory.Exists(full))
        {
            var walker = DocumentWalker(rules);
            var found = walker.Walk(full, unreadable, path => Join(argument, Path.GetRelativePath(full, path)), exclude: Excluded(full, rules))
                .Select(path => new InputFile(Join(argument, Path.GetRelativePath(full, path)), path))
                .ToList();
            if (found.Count == 0 && unreadable.Count == 0)
            {
                var patterns = DocumentExtensions.Select(e => "*" + e).Concat(rules.Include);
                var hint = rules.Include.Count == 0 ? "; --include adds others" : string.Empty;
                problem = $"The directory contains no documents ({string.Join(", ", patterns)}{hint})";
            }

            return found;
        }

        if (argument.AsSpan().IndexOfAny("*?[{") >= 0)
        {
            var matched = ExpandGlob(argument, workingDirectory, rules, unreadable);
            if (matched.Count == 0 && unreadable.Count == 0)
            {
                problem = "The pattern matches no files";
            }

            return matched;
        }

        problem = "No such file or directory";
        return [];
    }

    private List<InputFile> ExpandGlob(string pattern, string workingDirectory, DiscoveryRules rules, List<DirectoryWalker.Unreadable> unreadable)
    {
        // The part before the first wildcard segment is the base directory; the rest is the pattern.
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var firstWild = Array.FindIndex(segments, s => s.AsSpan().IndexOfAny("*?[{") >= 0);
        var prefix = string.Join('/', segments[..firstWild]);
        var basePath = Path.GetFullPath(prefix.Length == 0 ? "." : prefix, workingDirectory);
        if (!Directory.Exists(basePath))
        {
            return [];
        }

        // .editorconfig's glob syntax, through the translator that passes the EditorConfig conformance suite.
        var rest = string.Join('/', segments[firstWild..]);
        var matcher = new Regex(EditorConfigGlobTranslator.ToRegexPattern("/" + rest), RegexOptions.CultureInvariant | RegexOptions.Singleline);
        // Without "**" the pattern cannot reach deeper than its own segments; a brace may hold a slash, so it walks on.
        var unbounded = rest.Contains("**", StringComparison.Ordinal) || rest.Contains('{', StringComparison.Ordinal);
        var maxDepth = unbounded ? int.MaxValue : segments.Length - firstWild - 1;
        // The walk, not the matcher, reads the disk: it ends link cycles and reports unreadable folders.
        return GlobWalker.Walk(basePath, unreadable, path => Join(prefix, Path.GetRelativePath(basePath, path)), maxDepth, Excluded(basePath, rules))
            .Select(path => (Full: path, Relative: Path.GetRelativePath(basePath, path).Replace('\\', '/')))
            .Where(p => matcher.IsMatch("/" + p.Relative))
            .OrderBy(p => p.Full, StringComparer.Ordinal)
            .Select(p => new InputFile(Join(prefix, p.Relative), p.Full))
            .ToList();
    }

    // What no walk picks up: what git ignores under the walked folder, and this run's own outputs.
    private Func<string, bool> Excluded(string folder, DiscoveryRules rules)
    {
        var ignored = _ignored.Under(folder);
        var outputs = new HashSet<string>(rules.ExcludedFiles, StringComparer.Ordinal);
        return path => outputs.Contains(path) || ignored(path);
    }

    // A folder given as an argument: documents only, no hidden files or folders, no build or package output.
    private static DirectoryWalker DocumentWalker(DiscoveryRules rules) => new(
        path => !Path.GetFileName(path).StartsWith('.') && !SkippedDirectories.Contains(Path.GetFileName(path), StringComparer.Ordinal),
        path => !Path.GetFileName(path).StartsWith('.') && IsDocument(Path.GetFileName(path), rules));

    private static bool IsDocument(string fileName, DiscoveryRules rules) =>
        DocumentExtensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase)
        || rules.Include.Any(pattern => FileSystemName.MatchesSimpleExpression(pattern, fileName, ignoreCase: true));

    // A glob's base folder: everything but git's own folder, as the pattern decides.
    private static readonly DirectoryWalker GlobWalker = new(path => Path.GetFileName(path) != ".git", _ => true);

    private static string Join(string prefix, string relative)
    {
        var tail = relative.Replace('\\', '/');
        var head = prefix.Replace('\\', '/').TrimEnd('/');
        return head.Length == 0 || head == "." && !prefix.StartsWith("./", StringComparison.Ordinal) ? tail : head + "/" + tail;
    }
}
