using System.Collections.Concurrent;
using DocLint.Configuration.EditorConfig;
using DocLint.Diagnostics;

namespace DocLint.Configuration;

/// <summary>
/// One run's configuration: the settings for each document from its .editorconfig files, then the command
/// line. Each .editorconfig is parsed once per run, and each problem in it is reported once however many
/// documents it applies to. Safe to use from several threads.
/// </summary>
internal sealed class PolicyResolver
{
    private readonly EditorConfigResolver _editorConfig;
    private readonly EditorConfigPolicyReader _reader;
    private readonly CommandLinePolicy _commandLine;
    private readonly ConcurrentDictionary<(string Path, int Line, string Message), Diagnostic> _problems = new();

    internal PolicyResolver(EditorConfigResolver editorConfig, EditorConfigPolicyReader reader, CommandLinePolicy commandLine)
    {
        ArgumentNullException.ThrowIfNull(editorConfig);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(commandLine);
        _editorConfig = editorConfig;
        _reader = reader;
        _commandLine = commandLine;
    }

    public CommandLinePolicy CommandLine => _commandLine;

    /// <summary>
    /// A resolver over the .editorconfig files on disk, for one run (each file is read once per resolver).
    /// <paramref name="descriptors"/> are every rule that exists, so a misspelt ID is reported; configuration
    /// paths print relative to <paramref name="workingDirectory"/> when below it.
    /// </summary>
    public static PolicyResolver FromDisk(IEnumerable<DiagnosticDescriptor> descriptors, string workingDirectory, CommandLinePolicy commandLine)
    {
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var reader = new EditorConfigPolicyReader(descriptors, path => DisplayPath(path, workingDirectory));
        return new PolicyResolver(new EditorConfigResolver(new DiskEditorConfigFileSource(RefuseNonRegularFile)), reader, commandLine);
    }

    // A FIFO would block the run forever and /dev/zero would fill memory: refuse both before opening.
    private static string? RefuseNonRegularFile(string path) =>
        Documents.FileStat.DescribeNonRegular(path) is { } kind ? $"{kind}, not a regular file" : null;

    /// <summary>A configuration file as diagnostics print it: relative to the working directory when below it, with '/'.</summary>
    public static string DisplayPath(string path, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(path);
        var relative = Path.GetRelativePath(workingDirectory, path);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
        return shown.Replace('\\', '/');
    }

    /// <summary>Every configuration problem seen so far, once each, in file and line order.</summary>
    public IReadOnlyList<Diagnostic> Problems =>
        [.. _problems.Values
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.LineSpan.Start.Line)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];

    /// <summary>The .editorconfig policy alone, with origins, for <paramref name="absolutePath"/> (which need not exist).</summary>
    public ConfiguredPolicy Explain(string absolutePath)
    {
        var policy = _reader.Read(_editorConfig.Resolve(absolutePath));
        foreach (var problem in policy.Problems)
        {
            _problems.TryAdd((problem.Location.Path, problem.Location.LineSpan.Start.Line, problem.Message), problem);
        }

        return policy;
    }

    /// <summary>The effective settings for the document at <paramref name="absolutePath"/>.</summary>
    public DocumentSettings For(string absolutePath) => _commandLine.ApplyTo(Explain(absolutePath).Settings);
}
