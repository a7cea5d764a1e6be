namespace DocLint.Cli;

/// <summary>The process exit codes, a contract for CI (see README).</summary>
internal static class ExitCodes
{
    /// <summary>No error-severity finding, every score at or above --min-score.</summary>
    public const int Success = 0;

    /// <summary>An error-severity finding (after --warnaserror) or a score below --min-score.</summary>
    public const int LintFailed = 1;

    /// <summary>Bad usage or configuration, or an input that could not be read.</summary>
    public const int UsageOrInputError = 2;
}
