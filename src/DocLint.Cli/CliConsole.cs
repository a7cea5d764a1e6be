namespace DocLint.Cli;

/// <summary>The process's streams, injected so the whole CLI runs in-process in tests.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenInput)
{
    /// <summary>Where the tool writes files named by --output (a seam for tests).</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>The raw standard output, for `doclint lsp`, whose protocol counts bytes (a seam for tests).</summary>
    public Func<Stream> OpenOutput { get; init; } = () => Stream.Null;

    /// <summary>Whether standard output is a terminal (not redirected to a file or a pipe): colour is for terminals only.</summary>
    public bool IsTerminal { get; init; }

    /// <summary>Reads an environment variable such as GITHUB_STEP_SUMMARY (a seam so tests never touch the process env).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Whether stderr is a terminal a person watches (a progress line is drawn only there).</summary>
    public bool ErrorIsTerminal { get; init; }
}
