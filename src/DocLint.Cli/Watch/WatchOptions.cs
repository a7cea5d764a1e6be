using DocLint.Cli.Commands;

namespace DocLint.Cli.Watch;

/// <summary>What <c>doclint watch</c> lints (the lint command's paths and policy options) and how long a save may take to settle.</summary>
internal sealed record WatchOptions(LintOptions Lint)
{
    /// <summary>How long the folders must be quiet before a re-lint: long enough for an editor's multi-step save.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(200);
}
