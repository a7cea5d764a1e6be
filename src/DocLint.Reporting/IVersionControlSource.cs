namespace DocLint.Reporting;

/// <summary>Tells the SARIF formatter which repository the run is in; the formatter itself never starts a process.</summary>
internal interface IVersionControlSource
{
    /// <summary>The repository the run's working folder is in, or null when it is in none.</summary>
    VersionControlDetails? Read();
}
