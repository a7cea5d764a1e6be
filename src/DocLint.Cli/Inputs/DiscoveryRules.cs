namespace DocLint.Cli.Inputs;

/// <summary>
/// What a folder or glob walk picks up beyond Markdown: <paramref name="Include"/> adds file-name patterns
/// (--include '*.txt'); <paramref name="ExcludedFiles"/> are the run's own outputs (full paths), never linted.
/// A file named on the command line is always linted, whatever its extension.
/// </summary>
internal sealed record DiscoveryRules(IReadOnlyList<string> Include, IReadOnlyCollection<string> ExcludedFiles)
{
    public static DiscoveryRules Default { get; } = new([], []);
}
