using DocLint.Diagnostics;
using DocLint.LanguageServer.Protocol;
using DocLint.Text;
using Diagnostic = DocLint.Diagnostics.Diagnostic;

namespace DocLint.LanguageServer.Features;

/// <summary>
/// DocLint diagnostics as LSP diagnostics: the same zero-based UTF-16 line positions the CLI prints one-based, the
/// effective severity (after .editorconfig), the rule ID as code and its page as codeDescription.
/// </summary>
internal static class DiagnosticMapper
{
    public const string Source = "doclint";

    /// <summary>What the editor shows: suppressed and silent findings are left out, as the CLI leaves them out.</summary>
    public static IReadOnlyList<LspDiagnostic> Map(IEnumerable<Diagnostic> reported) =>
        [.. reported.Where(d => d.Severity != DiagnosticSeverity.Hidden && !d.IsSuppressed).Select(Map)];

    public static LspDiagnostic Map(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new LspDiagnostic(
            ToRange(diagnostic.Location.LineSpan),
            diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => LspConstants.SeverityError,
                DiagnosticSeverity.Warning => LspConstants.SeverityWarning,
                _ => LspConstants.SeverityInformation,
            },
            diagnostic.Id,
            new CodeDescription(diagnostic.Descriptor.HelpLinkUri),
            Source,
            diagnostic.Message);
    }

    public static Protocol.Range ToRange(LinePositionSpan span) =>
        new(new Position(span.Start.Line, span.Start.Character), new Position(span.End.Line, span.End.Character));

    public static Protocol.Range ToRange(SourceText source, TextSpan span) => ToRange(source.GetLinePositionSpan(span));

    /// <summary>Whether a finding's range touches [start, end] (both offsets), as a cursor or a selection would.</summary>
    public static bool Touches(Diagnostic diagnostic, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var span = diagnostic.Location.SourceSpan;
        return diagnostic.Location.IsWholeFile ? start == 0 : span.Start <= end && start <= span.End;
    }
}
