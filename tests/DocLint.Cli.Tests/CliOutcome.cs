namespace DocLint.Cli.Tests;

internal sealed record CliOutcome(int ExitCode, string Output, string Error)
{
    /// <summary>The output without the per-document score lines, for tests about findings alone.</summary>
    public string OutputWithoutScores =>
        string.Join('\n', Output.Split('\n').Where(line => !line.Contains(": source reliability ", StringComparison.Ordinal)));
}
