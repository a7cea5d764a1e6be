using DocLint.Diagnostics;

namespace DocLint.Reporting;

/// <summary>
/// Colour for a terminal, as dotnet build uses it: errors red, warnings yellow, infos cyan, on the severity word
/// and the rule ID. Plain (no escape codes at all) unless the caller has decided the output is a colour terminal.
/// </summary>
internal sealed record TerminalStyle(bool Enabled)
{
    public static TerminalStyle Plain { get; } = new(false);

    public string Severity(DiagnosticSeverity severity, string text) =>
        !Enabled ? text : severity switch
        {
            DiagnosticSeverity.Error => $"\u001b[1;31m{text}\u001b[0m",
            DiagnosticSeverity.Warning => $"\u001b[1;33m{text}\u001b[0m",
            DiagnosticSeverity.Info => $"\u001b[36m{text}\u001b[0m",
            _ => text,
        };
}
