namespace DocLint.Cli.Tests;

internal sealed record CliOutcome(int ExitCode, string Output, string Error);
