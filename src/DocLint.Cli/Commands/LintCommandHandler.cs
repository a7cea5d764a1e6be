using System.Collections.Frozen;
using DocLint.Cli.Cache;
using DocLint.Cli.Changes;
using DocLint.Cli.Configuration;
using DocLint.Cli.Inputs;
using DocLint.Cli.Output;
using DocLint.Pipeline;
using DocLint.Reporting;
using DocLint.Reporting.Html;
using Microsoft.Extensions.Logging;

namespace DocLint.Cli.Commands;

/// <summary>The default command: resolve inputs, run one session, write the chosen format, return the exit code.</summary>
internal sealed class LintCommandHandler(
    CliConsole console,
    InputResolver resolver,
    LintRunner runner,
    IEnumerable<IResultFormatter> formatters,
    GitChangeReader changeReader,
    PolicyRunFactory policies,
    GitHubStepSummaryFile stepSummary,
    ILogger<ResultCache> cacheLogger)
{
    public async Task<int> RunAsync(LintOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var formatter = formatters.Single(f => f.Name == options.Format);
        var outputPath = options.OutputPath is null ? null : Path.GetFullPath(options.OutputPath, console.WorkingDirectory);
        var inputs = resolver.Resolve(options.Paths, console.WorkingDirectory, options.StdinFileName, new DiscoveryRules(options.Include, OwnOutputs(options)));
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

        ResultCache? cache = null;
        if (options.CacheLocation is { } cacheLocation)
        {
            var (cacheDirectory, cacheError) = CacheLocation.Prepare(cacheLocation, console.WorkingDirectory, inputs.Files.Select(f => f.FullPath).OfType<string>());
            if (cacheDirectory is null)
            {
                await console.Error.WriteLineAsync(cacheError);
                return ExitCodes.UsageOrInputError;
            }

            var keys = new CacheKeys(BuildIdentity.Compute(), options.Unrated);
            cache = new ResultCache(cacheDirectory, keys, new CacheEntryFormat(session.Descriptors.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal)), cacheLogger);
        }

        // Only the HTML page shows the prose, so only it keeps the documents' text past linting.
        var texts = formatter is HtmlFormatter ? new DocumentTexts() : null;
        var style = ColorChoice.For(console, options.NoColor);
        var progress = ProgressLine.For(console, inputs.Files.Count);
        // Only the compiler-style lines are for people; machine formats never carry escape codes.
        var written = formatter is MsBuildFormatter && outputPath is null ? new MsBuildFormatter(style) : formatter;
        // The default format, JSON and SARIF are written file by file as the run goes on, to stdout or to --output
        // (--diff-base needs the changed lines of every file first; GitHub, GitLab and HTML write once at the end).
        var streams = written is IStreamingFormatter && changes is null;
        SafeOutputFile.PendingOutputFile? file = null;
        if (streams && outputPath is not null)
        {
            try
            {
                file = SafeOutputFile.Open(outputPath);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"error: could not write --output {options.OutputPath}: {exception.Message}");
                return ExitCodes.UsageOrInputError;
            }
        }

        // Uncommitted at the end (a failed write, a cancelled run), the temporary file goes and the target stays.
        using var pending = file;
        var streaming = streams && written is IStreamingFormatter streamable
            ? new StreamedOutput(
                streamable, file?.Writer ?? console.Out, inputs.Problems, () => session.ConfigurationProblems, options.MinimumSeverity, progress,
                sharesTheTerminal: file is null,
                inputs.Files.GroupBy(f => f.DisplayPath, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal))
            : null;
        Func<DocumentReport, DocumentReport>? onDocument = streaming is not null ? streaming.Write
            : progress is not null ? document =>
            {
                progress.Advance(document.Reported.Count(d => d.Severity >= options.MinimumSeverity));
                return document;
            }
            : null;
        var human = formatter.WantsSummary || outputPath is not null;
        var summaryWords = human ? SummaryWriter.PrepareAsync() : Task.CompletedTask;
        var run = await runner.RunAsync(session, inputs, console.WorkingDirectory, console.OpenInput, cancellationToken, new LintRunObservers(onDocument, texts is null ? null : texts.Keep, file is null && streaming is not null ? streaming.Flush : null), cache);
        streaming?.Finish();
        progress?.Clear();
        run = run with { MinimumSeverity = options.MinimumSeverity };
        // --diff-base narrows what is shown; documents were analysed and scored whole, and a failed gate stays.
        run = changes is null ? run : run with { Documents = DiffBaseFilter.Apply(run.Documents, changes) };

        if (streaming is not null)
        {
            // Already written, file by file; a file output is put in place only whole.
            var failure = streaming.Failure;
            if (failure is null && file is not null)
            {
                try
                {
                    file.Commit();
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    await console.Error.WriteLineAsync($"error: could not write --output {options.OutputPath}: {exception.Message}");
                    return ExitCodes.UsageOrInputError;
                }
            }

            if (failure is not null)
            {
                await console.Error.WriteLineAsync(file is null
                    ? $"error: could not write the findings to standard output: {failure.Message}"
                    : $"error: could not write --output {options.OutputPath}: {failure.Message}");
                return ExitCodes.UsageOrInputError;
            }
        }
        else if (outputPath is null)
        {
            try
            {
                Write(written, run, texts, console.Out);
                console.Out.Flush();
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
                SafeOutputFile.Write(outputPath, writer => Write(formatter, run, texts, writer));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"error: could not write --output {options.OutputPath}: {exception.Message}");
                return ExitCodes.UsageOrInputError;
            }
        }

        if (options.CachePrune)
        {
            cache?.Prune();
        }

        if (formatter is GitHubFormatter)
        {
            await stepSummary.AppendAsync(run, guard);
        }

        if (human)
        {
            await summaryWords;
            new SummaryWriter(style).Write(run, console.Out);
        }

        // Machine output on stdout stays parseable: the stale-baseline hint then goes to stderr.
        BaselineSummary.Write(run, options, human ? console.Out : console.Error);
        return ExitCodeFor(run);
    }

    private static void Write(IResultFormatter formatter, LintRun run, DocumentTexts? texts, TextWriter writer)
    {
        if (formatter is HtmlFormatter html && texts is not null)
        {
            html.Write(run, texts, writer);
        }
        else
        {
            formatter.Write(run, writer);
        }
    }

    // A folder walk never lints the files DocLint owns in this run: its baseline, the job summary it appends to and
    // the --cache folder (a glob such as '**/*' walks into folders that start with a dot). The --output file is not
    // skipped but refused when it is an input, so a mistyped -o never overwrites an article.
    private string[] OwnOutputs(LintOptions options)
    {
        var summary = options.Format == "github" ? console.GetEnvironmentVariable(GitHubStepSummaryFile.StepSummaryVariable) : null;
        return [.. new[] { options.BaselinePath, summary, options.CacheLocation }
            .OfType<string>()
            .Where(p => p.Length > 0)
            .Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p, console.WorkingDirectory)))];
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
