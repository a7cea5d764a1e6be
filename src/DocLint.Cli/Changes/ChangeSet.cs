using System.Collections.Immutable;

namespace DocLint.Cli.Changes;

/// <summary>The changed lines of each input by display path, or the one-line reason they could not be read.</summary>
internal sealed record ChangeSet(ImmutableDictionary<string, ChangedLines> Files, string? Error)
{
    public static ChangeSet Failed(string error) => new(ImmutableDictionary<string, ChangedLines>.Empty, error);

    /// <summary>Standard input and anything git did not tell us about count as wholly changed: never hide a finding by mistake.</summary>
    public ChangedLines For(string path) => Files.GetValueOrDefault(path, ChangedLines.All);
}
