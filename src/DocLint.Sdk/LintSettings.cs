namespace DocLint;

/// <summary>What one call to <see cref="DocLinter.LintTextAsync"/> says about the text.</summary>
public sealed record LintSettings
{
    /// <summary>
    /// The path the text would have, such as <c>articles/draft.md</c>: diagnostics name it, and its folder's
    /// <c>.editorconfig</c> applies. Default: <c>draft.md</c> (<c>draft.txt</c> for plain text) in the working directory.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>A minimum score for this text alone, overriding <see cref="DocLinterOptions.MinScore"/> and <c>doclint_min_score</c>.</summary>
    public int? MinScore { get; init; }
}
