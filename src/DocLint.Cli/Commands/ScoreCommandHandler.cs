using System.Text.Encodings.Web;
using System.Text.Json;
using DocLint.Cli.Inputs;
using DocLint.Cli.Output;
using DocLint.Configuration;
using DocLint.Reporting;

namespace DocLint.Cli.Commands;

/// <summary>`doclint score`: every document's source-reliability score, worst first, as a table or JSON.</summary>
public sealed class ScoreCommandHandler(CliConsole console, InputResolver resolver, LintRunner runner)
{
    public const string TextFormat = "text";
    public const string JsonFormat = "json";

    public async Task<int> RunAsync(ScoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var inputs = resolver.Resolve(options.Paths, console.WorkingDirectory, options.StdinFileName);
        var settings = DocumentSettings.Default with { MinScore = options.MinScore };
        var reports = await runner.RunAsync(inputs.Files, _ => settings, console.OpenInput, cancellationToken);
        foreach (var problem in inputs.Problems.Concat(reports.Where(r => !r.WasLinted).SelectMany(r => r.Diagnostics)))
        {
            await console.Error.WriteLineAsync(MsBuildFormatter.FormatLine(problem));
        }

        var scored = ScoreLines.WorstFirst(reports).ToList();
        if (options.Format == JsonFormat)
        {
            WriteJson(scored, console.Out);
        }
        else
        {
            ScoreLines.WriteTable(scored, console.Out);
        }

        var failing = ScoreGate.Failing(scored);
        await ScoreGate.ReportAsync(failing, console.Error);
        if (inputs.Problems.Count > 0 || reports.Any(r => !r.WasLinted))
        {
            return ExitCodes.UsageOrInputError;
        }

        return failing.Count > 0 ? ExitCodes.LintFailed : ExitCodes.Success;
    }

    private static void WriteJson(IEnumerable<DocumentReport> reports, TextWriter writer)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartArray();
            foreach (var report in reports)
            {
                json.WriteStartObject();
                json.WriteString("path", report.Path);
                ScoreJson.Write(json, report.Score!);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }
}
