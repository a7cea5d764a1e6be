namespace DocLint.Cli.Tests;

internal sealed record CliRun(int ExitCode, string Output, string Error);
