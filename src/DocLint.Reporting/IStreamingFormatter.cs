using DocLint.Diagnostics;
using DocLint.Pipeline;

namespace DocLint.Reporting;

/// <summary>
/// A format written path by path (<see cref="ReportEntry"/>) while the run goes on, so a run keeps no document's
/// findings once they are written. <see cref="IResultFormatter.Write"/> of a finished run writes the same bytes.
/// </summary>
internal interface IStreamingFormatter : IResultFormatter
{
    /// <summary>Starts the output: what a format writes before its first entry goes out now.</summary>
    IReportWriter Start(TextWriter writer, DiagnosticSeverity minimumSeverity);
}

/// <summary>One output being written: entries in path order, then the tail (totals, run facts).</summary>
internal interface IReportWriter
{
    void Write(ReportEntry entry);

    void Finish();
}

/// <summary>Writes a finished run through a streaming format, entry by entry.</summary>
internal static class StreamedRun
{
    public static void Write(IStreamingFormatter formatter, LintRun result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var output = formatter.Start(writer, result.MinimumSeverity);
        foreach (var entry in ReportEntry.Of(result))
        {
            output.Write(entry);
        }

        output.Finish();
    }
}
