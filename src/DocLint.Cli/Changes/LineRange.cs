namespace DocLint.Cli.Changes;

/// <summary>Lines <see cref="First"/> to <see cref="Last"/>, 1-based and inclusive.</summary>
internal readonly record struct LineRange(int First, int Last);
