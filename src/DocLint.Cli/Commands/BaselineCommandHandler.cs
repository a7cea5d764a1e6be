using DocLint.Baselines;
using DocLint.Cli.Configuration;
using DocLint.Cli.Inputs;
using DocLint.Cli.Output;
using DocLint.Reporting;
using Humanizer;

namespace DocLint.Cli.Commands;

/// <summary>
/// <c>doclint baseline</c>: records today's findings so that <c>--baseline</c> reports only new ones; with
/// --prune it only removes entries that no longer match, never adding any.
/// </summary>
internal sealed class BaselineCommandHandler(CliConsole console, InputResolver resolver, LintRunner runner, PolicyRunFactory policies)
{
    public const string DefaultFileName = "doclint.baseline.json";

    public async Task<int> RunAsync(LintOptions options, bool prune, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var outputPath = Path.GetFullPath(options.OutputPath ?? DefaultFileName, console.WorkingDirectory);
        var shownPath = options.OutputPath ?? DefaultFileName;
        var inputs = resolver.Resolve(options.Paths, console.WorkingDirectory, options.StdinFileName, new DiscoveryRules(options.Include, []));
        if (new SafeOutputFile(inputs.Files.Select(f => f.FullPath).OfType<string>()).IsInput(outputPath))
        {
            await console.Error.WriteLineAsync($"error: the baseline {shownPath} is one of the inputs (or a link to one); DocLint never writes to the files it lints.");
            return ExitCodes.UsageOrInputError;
        }

        foreach (var problem in inputs.Problems)
        {
            await console.Error.WriteLineAsync(MsBuildFormatter.FormatLine(problem));
        }

        // Pruning reads the existing file through --baseline's own path, so both share one loader.
        var (session, error) = policies.Start(options with { BaselinePath = prune ? outputPath : null }, console.WorkingDirectory);
        if (session is null)
        {
            await console.Error.WriteLineAsync(error);
            return ExitCodes.UsageOrInputError;
        }

        var run = await runner.RunAsync(session, inputs with { Problems = [] }, console.WorkingDirectory, console.OpenInput, cancellationToken);
        foreach (var problem in run.ConfigurationProblems.Concat(run.Documents.Where(r => !r.WasLinted).SelectMany(r => r.Diagnostics)))
        {
            await console.Error.WriteLineAsync(MsBuildFormatter.FormatLine(problem));
        }

        BaselineFile baseline;
        string summary;
        if (prune)
        {
            var before = BaselineFile.TryParse(await File.ReadAllTextAsync(outputPath, cancellationToken), out _)!;
            baseline = BaselineMatcher.Prune(before, run.UnmatchedBaseline);
            var remaining = baseline.Entries.Sum(e => (long)e.Count);
            summary = $"Pruned {"stale finding".ToQuantity(run.UnmatchedBaselineCount)} from {shownPath}; {"finding".ToQuantity(remaining)} {(remaining == 1 ? "remains" : "remain")}.";
        }
        else
        {
            baseline = BaselineFile.Create(run.Documents);
            summary = $"Wrote {"finding".ToQuantity(baseline.Entries.Sum(e => (long)e.Count))} from {"file".ToQuantity(run.Documents.Count(r => r.WasLinted))} to {shownPath}.";
        }

        try
        {
            var text = baseline.Serialize();
            SafeOutputFile.Write(outputPath, writer => writer.Write(text));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"error: could not write {shownPath}: {exception.Message}");
            return ExitCodes.UsageOrInputError;
        }

        await console.Out.WriteLineAsync(summary);
        var failed = inputs.Problems.Count > 0 || run.Documents.Any(r => !r.WasLinted);
        return failed ? ExitCodes.UsageOrInputError : ExitCodes.Success;
    }
}
