using DocLint.Diagnostics;
using DocLint.Reporting;
using DocLint.Text;

namespace DocLint.Cli.Tests.Formats;

/// <summary>The msbuild format writes plain lines from a buffer; every line must read as <see cref="MsBuildFormatter.FormatLine(Diagnostic, TerminalStyle)"/> says.</summary>
public sealed class MsBuildLinesTests
{
    [Fact]
    public void Lines_short_long_whole_file_and_coloured_read_as_FormatLine_says()
    {
        var descriptor = Rules.Hedging.HedgingPhraseAnalyzer.Rule;
        var location = new Location("dir/a.md", new TextSpan(120, 7), new LinePositionSpan(new LinePosition(11, 3), new LinePosition(12, 0)));
        // Past the 512-character buffer: written through FormatLine instead.
        var longMessage = "claimed " + new string('x', 600);
        Diagnostic[] diagnostics =
        [
            Diagnostic.ForFile(InfrastructureDescriptors.InputNotText, "dir/a.md", "is not valid UTF-8"),
            new(descriptor, DiagnosticSeverity.Warning, location, "claimed", "Claimed", "Claimed it."),
            new(descriptor, DiagnosticSeverity.Error, location with { SourceSpan = new TextSpan(130, 1) }, longMessage, "C", "Claimed it."),
        ];
        var entry = new ReportEntry("dir/a.md", [new DocumentReport("dir/a.md", [.. diagnostics[1..]], 7, WasLinted: true)], [diagnostics[0]]);

        foreach (var style in new[] { TerminalStyle.Plain, new TerminalStyle(Enabled: true) })
        {
            using var writer = new StringWriter();
            new MsBuildFormatter(style).Start(writer, DiagnosticSeverity.Info).Write(entry);

            Assert.Equal([.. diagnostics.Select(d => MsBuildFormatter.FormatLine(d, style)), string.Empty], writer.ToString().Split('\n'));
        }

        Assert.Equal("dir/a.md(12,4,13,1): warning DL1001: claimed", MsBuildFormatter.FormatLine(diagnostics[1]));
    }
}
