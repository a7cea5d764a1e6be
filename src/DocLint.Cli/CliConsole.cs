namespace DocLint.Cli;

/// <summary>The process's streams, injected so the whole CLI runs in-process in tests.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenInput)
{
    /// <summary>Where the tool writes files named by --output (a seam for tests).</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();
}
