using DocLint.Cli.Changes;
using DocLint.Cli.Configuration;
using DocLint.Cli.Inputs;
using DocLint.Cli.Output;
using DocLint.Pipeline;
using DocLint.Reporting;

namespace DocLint.Cli.Commands;

/// <summary>The default command: resolve inputs, run one session, write the chosen format, return the exit code.</summary>
public sealed class LintCommandHandler(
    CliConsole console,
    InputResolver resolver,
    LintRunner runner,
    IEnumerable<IResultFormatter> formatters,
    GitChangeReader changeReader,
    PolicyRunFactory policies,
    GitHubStepSummaryFile stepSummary)
{
    public async Task<int> RunAsync(LintOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var formatter = formatters.Single(f => f.Name == options.Format);
        var outputPath = options.OutputPath is null ? null : Path.GetFullPath(options.OutputPath, console.WorkingDirectory);
        var inputs = resolver.Resolve(options.Paths, console.WorkingDirectory, options.StdinFileName, new DiscoveryRules(options.Include, OwnOutputs(options, outputPath)));
        var guard = new SafeOutputFile(inputs.Files.Select(f => f.FullPath).OfType<string>());
        if (outputPath is not null && guard.IsInput(outputPath))
        {
            await console.Error.WriteLineAsync($"error: --output {options.OutputPath} is one of the inputs (or a link to one); DocLint never writes to the files it lints.");
            return ExitCodes.UsageOrInputError;
        }

        var changes = options.DiffBase is null ? null : await changeReader.ReadAsync(inputs.Files, options.DiffBase, cancellationToken);
        if (changes?.Error is { } changeError)
        {
            await console.Error.WriteLineAsync($"error: {changeError}");
            return ExitCodes.UsageOrInputError;
        }

        var (session, policyError) = policies.Start(options, console.WorkingDirectory);
        if (session is null)
        {
            await console.Error.WriteLineAsync(policyError);
            return ExitCodes.UsageOrInputError;
        }

        var run = await runner.RunAsync(session, inputs, console.WorkingDirectory, console.OpenInput, cancellationToken);
        run = run with { MinimumSeverity = options.MinimumSeverity };
        // --diff-base narrows what is shown; documents were analysed and scored whole, and a failed gate stays.
        run = changes is null ? run : run with { Documents = DiffBaseFilter.Apply(run.Documents, changes) };

        if (outputPath is null)
        {
            try
            {
                formatter.Write(run, console.Out);
            }
            catch (IOException exception)
            {
                // A full disk or a closed pipe behind standard output: say so in one line, as for --output.
                await console.Error.WriteLineAsync($"error: could not write the findings to standard output: {exception.Message}");
                return ExitCodes.UsageOrInputError;
            }
        }
        else
        {
            try
            {
                SafeOutputFile.Write(outputPath, writer => formatter.Write(run, writer));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"error: could not write --output {options.OutputPath}: {exception.Message}");
                return ExitCodes.UsageOrInputError;
            }
        }

        if (formatter is GitHubFormatter)
        {
            await stepSummary.AppendAsync(run, guard);
        }

        var human = formatter.WantsSummary || outputPath is not null;
        if (human)
        {
            new SummaryWriter().Write(run, console.Out);
        }

        // Machine output on stdout stays parseable: the stale-baseline hint then goes to stderr.
        BaselineSummary.Write(run, options, human ? console.Out : console.Error);
        return ExitCodeFor(run);
    }

    // A folder walk never lints what this run writes: its report, its baseline, its job summary.
    private string[] OwnOutputs(LintOptions options, string? outputPath)
    {
        var summary = options.Format == "github" ? console.GetEnvironmentVariable(GitHubStepSummaryFile.StepSummaryVariable) : null;
        return [.. new[] { outputPath, options.BaselinePath, summary }
            .OfType<string>()
            .Where(p => p.Length > 0)
            .Select(p => Path.GetFullPath(p, console.WorkingDirectory))];
    }

    public static int ExitCodeFor(LintRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.HasInputErrors)
        {
            return ExitCodes.UsageOrInputError;
        }

        return run.HasErrors ? ExitCodes.LintFailed : ExitCodes.Success;
    }
}
