using System.Globalization;
using DocLint.Diagnostics;
using DocLint.Pipeline;

namespace DocLint.Reporting;

/// <summary>
/// The compiler's canonical form, one finding a line: <c>path(l1,c1,l2,c2): warning DL1001: message</c>,
/// 1-based columns in UTF-16 units, end exclusive. Problem matchers in editors and CI read it.
/// </summary>
internal sealed class MsBuildFormatter(TerminalStyle? style = null) : IStreamingFormatter
{
    private readonly TerminalStyle _style = style ?? TerminalStyle.Plain;

    public string Name => "msbuild";

    public bool WantsSummary => true;

    public void Write(LintRun result, TextWriter writer) => StreamedRun.Write(this, result, writer);

    public IReportWriter Start(TextWriter writer, DiagnosticSeverity minimumSeverity)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new Lines(writer, minimumSeverity, _style);
    }

    public static string FormatLine(Diagnostic diagnostic) => FormatLine(diagnostic, TerminalStyle.Plain);

    /// <summary>The line, with the severity word and ID coloured when <paramref name="style"/> is enabled.</summary>
    public static string FormatLine(Diagnostic diagnostic, TerminalStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(diagnostic);
        var location = diagnostic.Location;
        var where = location.IsWholeFile
            ? location.Path
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{location.Path}({location.LineSpan.Start.Line + 1},{location.LineSpan.Start.Character + 1},{location.LineSpan.End.Line + 1},{location.LineSpan.End.Character + 1})");
        return $"{where}: {style.Severity(diagnostic.Severity, $"{SeverityWord(diagnostic.Severity)} {diagnostic.Id}")}: {diagnostic.Message}";
    }

    // Most lines fit: a path, four numbers, a rule and a message of a sentence or so. Longer ones go through FormatLine.
    private const int LineBufferLength = 512;

    /// <summary>
    /// <see cref="FormatLine(Diagnostic)"/>'s text written into <paramref name="line"/>, or false when it does not fit:
    /// the three strings per finding it builds (the position, the severity and ID, the line) were a large share of
    /// writing the output.
    /// </summary>
    private static bool TryFormatPlain(Diagnostic diagnostic, Span<char> line, out int length)
    {
        var location = diagnostic.Location;
        var severity = SeverityWord(diagnostic.Severity);
        if (location.IsWholeFile)
        {
            return line.TryWrite(CultureInfo.InvariantCulture, $"{location.Path}: {severity} {diagnostic.Id}: {diagnostic.Message}", out length);
        }

        var span = location.LineSpan;
        return line.TryWrite(
            CultureInfo.InvariantCulture,
            $"{location.Path}({span.Start.Line + 1},{span.Start.Character + 1},{span.End.Line + 1},{span.End.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.Message}",
            out length);
    }

    /// <summary>
    /// Each entry's lines, not flushed: the caller decides when (the streamed run flushes standard output whenever
    /// no further document is ready; a flush per entry was a write(2) per file with findings).
    /// </summary>
    private sealed class Lines(TextWriter writer, DiagnosticSeverity minimumSeverity, TerminalStyle style) : IReportWriter
    {
        public void Write(ReportEntry entry)
        {
            ArgumentNullException.ThrowIfNull(entry);
            Span<char> line = stackalloc char[LineBufferLength];
            foreach (var diagnostic in entry.Visible(minimumSeverity))
            {
                if (style.Enabled || !TryFormatPlain(diagnostic, line, out var length))
                {
                    writer.Write(FormatLine(diagnostic, style));
                }
                else
                {
                    writer.Write(line[..length]);
                }

                writer.Write('\n');
            }
        }

        public void Finish()
        {
            // The human summary that follows is the command's, not the format's.
        }
    }

    public static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
