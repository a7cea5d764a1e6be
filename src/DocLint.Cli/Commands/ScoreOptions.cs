namespace DocLint.Cli.Commands;

/// <summary>What the command line asked `doclint score` to do: the lint command's inputs and policy, and a table or JSON.</summary>
internal sealed record ScoreOptions(LintOptions Lint, string Format);
