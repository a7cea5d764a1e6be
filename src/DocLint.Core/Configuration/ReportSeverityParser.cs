using DocLint.Diagnostics;

namespace DocLint.Configuration;

internal static class ReportSeverityParser
{
    /// <summary>Parses error|warning|suggestion|silent|refactoring|none|default, case-insensitively.</summary>
    public static bool TryParse(string? value, out ReportSeverity severity)
    {
        severity = (value ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "default" => ReportSeverity.Default,
            "error" => ReportSeverity.Error,
            "warning" or "warn" => ReportSeverity.Warning,
            "suggestion" or "info" => ReportSeverity.Suggestion,
            "silent" or "refactoring" or "hidden" => ReportSeverity.Silent,
            "none" => ReportSeverity.None,
            _ => (ReportSeverity)(-1),
        };
        return Enum.IsDefined(severity);
    }

    /// <summary>The severity a diagnostic is reported with, or null when it is switched off.</summary>
    public static DiagnosticSeverity? ToDiagnosticSeverity(ReportSeverity severity, DiagnosticSeverity defaultSeverity) =>
        severity switch
        {
            ReportSeverity.Default => defaultSeverity,
            ReportSeverity.Error => DiagnosticSeverity.Error,
            ReportSeverity.Warning => DiagnosticSeverity.Warning,
            ReportSeverity.Suggestion => DiagnosticSeverity.Info,
            ReportSeverity.Silent => DiagnosticSeverity.Hidden,
            _ => null,
        };
}
