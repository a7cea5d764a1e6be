using System.Collections.Concurrent;
using DocLint.Configuration.EditorConfig;
using DocLint.Diagnostics;

namespace DocLint.Configuration;

/// <summary>
/// One run's configuration: the settings for each document from its .editorconfig files, then the command
/// line. Each .editorconfig is parsed once per run, and each problem in it is reported once however many
/// documents it applies to. Safe to use from several threads.
/// </summary>
public sealed class PolicyResolver
{
    private readonly EditorConfigResolver _editorConfig;
    private readonly EditorConfigPolicyReader _reader;
    private readonly CommandLinePolicy _commandLine;
    private readonly ConcurrentDictionary<(string Path, int Line, string Message), Diagnostic> _problems = new();

    public PolicyResolver(EditorConfigResolver editorConfig, EditorConfigPolicyReader reader, CommandLinePolicy commandLine)
    {
        ArgumentNullException.ThrowIfNull(editorConfig);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(commandLine);
        _editorConfig = editorConfig;
        _reader = reader;
        _commandLine = commandLine;
    }

    public CommandLinePolicy CommandLine => _commandLine;

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
