namespace DocLint.Cli.Changes;

/// <summary>What one git command printed, and how it exited.</summary>
internal sealed record GitOutput(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;
}
