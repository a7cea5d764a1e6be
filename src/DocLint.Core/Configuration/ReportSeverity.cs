namespace DocLint.Configuration;

/// <summary>A configured severity, with Roslyn's .editorconfig vocabulary.</summary>
internal enum ReportSeverity
{
    Default,
    Error,
    Warning,
    Suggestion,
    Silent,
    None,
}
