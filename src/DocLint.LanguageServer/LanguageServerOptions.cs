namespace DocLint.LanguageServer;

/// <summary>How the server is hosted: where rule pages come from, and how long edits must pause before a lint.</summary>
internal sealed record LanguageServerOptions(Func<string, string?> ReadRulePage)
{
    /// <summary>
    /// The quiet period after an edit. Zero by default: a lint of a long article takes a few milliseconds, so each
    /// pause in typing is linted at once, and edits made during a lint are folded into the next one.
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.Zero;

    /// <summary>The version the server reports in initialize.</summary>
    public string Version { get; init; } = "0.0.0";
}
