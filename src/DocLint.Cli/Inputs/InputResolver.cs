using DocLint.Diagnostics;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DocLint.Cli.Inputs;

/// <summary>
/// Expands the command line's paths: files as given, directories recursively (*.md, *.markdown, *.txt),
/// globs, and "-" for standard input. Paths print as given; found files print relative to their argument.
/// </summary>
internal sealed class InputResolver
{
    public static readonly IReadOnlyList<string> DocumentExtensions = [".md", ".markdown", ".txt"];

    private static readonly string[] SkippedDirectories = ["node_modules", "bin", "obj"];

    public InputResolution Resolve(IReadOnlyList<string> arguments, string workingDirectory, string? stdinFileName)
    {
        ArgumentNullException.ThrowIfNull(arguments);
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
            var found = Expand(argument, workingDirectory, unreadable, out var problem);
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

    private static List<InputFile> Expand(string argument, string workingDirectory, List<DirectoryWalker.Unreadable> unreadable, out string? problem)
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
            var found = DocumentWalker.Walk(full, unreadable, path => Join(argument, Path.GetRelativePath(full, path)))
                .Select(path => new InputFile(Join(argument, Path.GetRelativePath(full, path)), path))
                .ToList();
            if (found.Count == 0 && unreadable.Count == 0)
            {
                problem = $"The directory contains no documents ({string.Join(", ", DocumentExtensions.Select(e => "*" + e))})";
            }

            return found;
        }

        if (argument.AsSpan().IndexOfAny("*?[{") >= 0)
        {
            var matched = ExpandGlob(argument, workingDirectory, unreadable);
            if (matched.Count == 0 && unreadable.Count == 0)
            {
                problem = "The pattern matches no files";
            }

            return matched;
        }

        problem = "No such file or directory";
        return [];
    }

    private static List<InputFile> ExpandGlob(string pattern, string workingDirectory, List<DirectoryWalker.Unreadable> unreadable)
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

        // The walk, not the matcher, reads the disk: it ends link cycles and reports unreadable folders.
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments[firstWild..]));
        // Without "**" the pattern cannot reach deeper than its own segments, so the walk stops there too.
        var rest = segments[firstWild..];
        var maxDepth = rest.Any(s => s.Contains("**", StringComparison.Ordinal)) ? int.MaxValue : rest.Length - 1;
        var candidates = GlobWalker.Walk(basePath, unreadable, path => Join(prefix, Path.GetRelativePath(basePath, path)), maxDepth)
            .Select(path => Path.GetRelativePath(basePath, path));
        return matcher.Match(basePath, candidates).Files
            .Select(match => Path.GetFullPath(match.Path, basePath))
            .Order(StringComparer.Ordinal)
            .Select(path => new InputFile(Join(prefix, Path.GetRelativePath(basePath, path)), path))
            .ToList();
    }

    // A folder given as an argument: documents only, no hidden files or folders, no build or package output.
    private static readonly DirectoryWalker DocumentWalker = new(
        path => !Path.GetFileName(path).StartsWith('.') && !SkippedDirectories.Contains(Path.GetFileName(path), StringComparer.Ordinal),
        path => !Path.GetFileName(path).StartsWith('.') && DocumentExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase));

    // A glob's base folder: everything, as the pattern decides.
    private static readonly DirectoryWalker GlobWalker = new(_ => true, _ => true);

    private static string Join(string prefix, string relative)
    {
        var tail = relative.Replace('\\', '/');
        var head = prefix.Replace('\\', '/').TrimEnd('/');
        return head.Length == 0 || head == "." && !prefix.StartsWith("./", StringComparison.Ordinal) ? tail : head + "/" + tail;
    }
}
