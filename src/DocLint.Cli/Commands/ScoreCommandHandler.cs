using System.Text.Encodings.Web;
using System.Text.Json;
using DocLint.Cli.Configuration;
using DocLint.Cli.Inputs;
using DocLint.Cli.Output;
using DocLint.Pipeline;
using DocLint.Reporting;

namespace DocLint.Cli.Commands;

/// <summary>
/// `doclint score`: every document's source-reliability score, worst first, as a table or JSON. It runs the
/// same session as the lint command (.editorconfig, suppressions, baseline), so both give the same score.
/// </summary>
internal sealed class ScoreCommandHandler(CliConsole console, InputResolver resolver, LintRunner runner, PolicyRunFactory policies)
{
    public const string TextFormat = "text";
    public const string JsonFormat = "json";

    public async Task<int> RunAsync(ScoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var lint = options.Lint;
        var inputs = resolver.Resolve(lint.Paths, console.WorkingDirectory, lint.StdinFileName, new DiscoveryRules(lint.Include, []));
        var (session, policyError) = policies.Start(lint, console.WorkingDirectory);
        if (session is null)
        {
            await console.Error.WriteLineAsync(policyError);
            return ExitCodes.UsageOrInputError;
        }

        var run = await runner.RunAsync(session, inputs, console.WorkingDirectory, console.OpenInput, cancellationToken);
        // The table has no room for findings: problems with the inputs, the configuration and the gate go to stderr.
        var problems = run.InputProblems.Concat(run.ConfigurationProblems)
            .Concat(run.Documents.SelectMany(d => d.Diagnostics).Where(d => !d.IsSuppressed && (ScoreGate.IsGateFailure(d) || d.Location.IsWholeFile)));
        foreach (var problem in problems)
        {
            await console.Error.WriteLineAsync(MsBuildFormatter.FormatLine(problem));
        }

        var scored = ScoreLines.WorstFirst(run.Documents).ToList();
        if (options.Format == JsonFormat)
        {
            WriteJson(scored, console.Out);
        }
        else
        {
            ScoreLines.WriteTable(scored, console.Out);
        }

        if (ScoreLines.GateSkippedNote(run) is { } note)
        {
            await console.Error.WriteLineAsync(note);
        }

        return LintCommandHandler.ExitCodeFor(run) == ExitCodes.UsageOrInputError
            ? ExitCodes.UsageOrInputError
            : run.GateFailures.Any() ? ExitCodes.LintFailed : ExitCodes.Success;
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
                json.WriteBoolean("passedGate", !report.Diagnostics.Any(ScoreGate.IsGateFailure));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }
}
