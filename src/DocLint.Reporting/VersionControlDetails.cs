namespace DocLint.Reporting;

/// <summary>
/// Which repository and revision a run linted, for SARIF's <c>versionControlProvenance</c>: code scanning uses it to
/// tie results to a commit. <paramref name="RepositoryUri"/> is an absolute URI without credentials.
/// </summary>
internal sealed record VersionControlDetails(Uri RepositoryUri, string? RevisionId, string? Branch)
{
    /// <summary>Whether the repository's root is the folder result paths are relative to (SARIF's mappedTo).</summary>
    public bool RootIsSourceRoot { get; init; }
}
