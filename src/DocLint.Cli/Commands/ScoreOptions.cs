namespace DocLint.Cli.Commands;

/// <summary>What the command line asked `doclint score` to do.</summary>
public sealed record ScoreOptions(IReadOnlyList<string> Paths, string Format, int? MinScore, string? StdinFileName);
