namespace DocLint.Diagnostics;

/// <summary>The severity a diagnostic is reported with, as in Roslyn (Hidden is "silent").</summary>
public enum DiagnosticSeverity
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
