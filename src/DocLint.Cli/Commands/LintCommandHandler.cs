using DocLint.Analysis;
using DocLint.Cli.Changes;
using DocLint.Cli.Configuration;
using DocLint.Cli.Inputs;
using DocLint.Cli.Output;
using DocLint.Configuration;

namespace DocLint.Cli.Commands;

/// <summary>The default command: resolve inputs, lint them, write the chosen format, return the exit code.</summary>
public sealed class LintCommandHandler(
    CliConsole console,
    InputResolver resolver,
    LintRunner runner,
    IEnumerable<IResultFormatter> formatters,
    GitChangeReader changeReader,
    PolicyRunFactory policies,
    LintEngine engine)
{
    public async Task<int> RunAsync(LintOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var formatter = formatters.Single(f => f.Name == options.Format);
        var inputs = resolver.Resolve(options.Paths, console.WorkingDirectory, options.StdinFileName);
        var outputPath = options.OutputPath is null ? null : Path.GetFullPath(options.OutputPath, console.WorkingDirectory);
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

        var (policy, policyError) = policies.Start(options, console.WorkingDirectory);
        if (policy is null)
        {
            await console.Error.WriteLineAsync(policyError);
            return ExitCodes.UsageOrInputError;
        }

        // The command line comes last: --min-score overrides doclint_min_score.
        DocumentSettings SettingsFor(Inputs.InputFile file) => CommandLineLimits.Apply(
            options,
            options.MinScore is { } minScore ? policy.SettingsFor(file) with { MinScore = minScore } : policy.SettingsFor(file));
        var reports = await runner.RunAsync(inputs.Files, SettingsFor, console.OpenInput, cancellationToken);
        var baseline = policy.ApplyBaseline(reports);
        // Baselined findings no longer count, so their documents are scored again by the engine's own scorer
        // (same weights, no re-parsing); without a baseline nothing changed and nothing is rescored.
        reports = options.BaselinePath is null ? baseline.Reports : [.. baseline.Reports.Select(engine.Rescore)];
        reports = changes is null ? reports : DiffBaseFilter.Apply(reports, changes);
        var result = new LintResult(reports, [.. inputs.Problems], options.MinimumSeverity) { ConfigurationProblems = policy.Problems };

        if (outputPath is null)
        {
            formatter.Write(result, console.Out);
        }
        else
        {
            try
            {
                SafeOutputFile.Write(outputPath, writer => formatter.Write(result, writer));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"error: could not write --output {options.OutputPath}: {exception.Message}");
                return ExitCodes.UsageOrInputError;
            }
        }

        if (formatter is GitHubFormatter github)
        {
            await github.AppendStepSummaryAsync(result, guard);
        }

        if (formatter.WantsSummary || outputPath is not null)
        {
            new SummaryWriter().Write(result, console.Out);
        }

        BaselineSummary.Write(baseline, formatter.WantsSummary || outputPath is not null ? console.Out : console.Error);

        var belowMinimum = ScoreGate.Failing(result.Documents);
        await ScoreGate.ReportAsync(belowMinimum, console.Error);
        var exitCode = ExitCodeFor(result);
        return exitCode == ExitCodes.Success && belowMinimum.Count > 0 ? ExitCodes.LintFailed : exitCode;
    }

    public static int ExitCodeFor(LintResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.HasInputErrors)
        {
            return ExitCodes.UsageOrInputError;
        }

        return result.HasErrors ? ExitCodes.LintFailed : ExitCodes.Success;
    }
}
