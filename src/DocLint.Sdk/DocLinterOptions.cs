using DocLint.Pipeline;

namespace DocLint;

/// <summary>How a <see cref="DocLinter"/> lints: the same choices the command line offers.</summary>
public sealed record DocLinterOptions
{
    /// <summary>Apply the <c>.editorconfig</c> files above each document (above <see cref="LintSettings.Path"/> for text), as the tool does. On by default.</summary>
    public bool UseEditorConfig { get; init; } = true;

    /// <summary>Where relative paths are resolved, and what configuration paths in diagnostics are relative to. Default: the current directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>The lowest acceptable source-reliability score (like --min-score); null for no gate. A failure is a DL0020 error.</summary>
    public int? MinScore { get; init; }

    /// <summary>Whether a document without claims can fail <see cref="MinScore"/>; by default it is not held to it.</summary>
    public UnratedScores Unrated { get; init; } = UnratedScores.Ignore;

    /// <summary>Rule IDs to switch off (like --nowarn).</summary>
    public IReadOnlyCollection<string> NoWarn { get; init; } = [];

    /// <summary>False to ignore <c>&lt;!-- doclint-disable --&gt;</c> comments (like --no-inline-suppressions).</summary>
    public bool InlineSuppressions { get; init; } = true;
}
