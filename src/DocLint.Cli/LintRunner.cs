using DocLint.Cli.Cache;
using DocLint.Cli.Inputs;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Pipeline;
using DocLint.Reporting;
using Microsoft.Extensions.Logging;

namespace DocLint.Cli;

/// <summary>Reads the inputs (never writes them) and hands them to the session in parallel; the session collects the run.</summary>
internal sealed partial class LintRunner(ILogger<LintRunner> logger)
{
    /// <param name="observers">What the caller wants to see while the run goes on (streamed reports, read bytes), or null.</param>
    /// <param name="cache">With --cache, where unchanged documents' reports are replayed from and new ones stored; or null.</param>
    public async Task<LintRun> RunAsync(
        LintSession session,
        InputResolution inputs,
        string workingDirectory,
        Func<Stream> openStandardInput,
        CancellationToken cancellationToken,
        LintRunObservers? observers = null,
        ResultCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(inputs);
        var onDocument = observers?.OnDocument;
        var keepContent = observers?.KeepContent;
        var files = inputs.Files;
        // Linted in the order they are reported, so the first finding can be printed as soon as its file is done.
        var order = Enumerable.Range(0, files.Count).OrderBy(i => files[i].DisplayPath, StringComparer.Ordinal).ToArray();
        var reports = new DocumentReport[files.Count];
        var ordered = new OrderedCompletion(files.Count, position =>
        {
            if (onDocument is not null)
            {
                reports[order[position]] = onDocument(reports[order[position]]);
            }
        }, observers?.OnCaughtUp);
        // A file starts only when few enough before it are unreported: bounded work in flight and a small reorder
        // buffer, whatever the corpus size. A worker takes a slot, then the next position, so positions start in
        // path order and none can starve.
        var inFlight = Math.Max(4, 4 * Environment.ProcessorCount);
        using var window = new SemaphoreSlim(inFlight, inFlight);
        var next = -1;
        // One worker's failure stops the others (their slots would never be released), and is the run's exception.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void LintFile(int position)
        {
            var index = order[position];
            var file = files[index];
            // Standard input is configured as if it were --stdin-filename in the working directory.
            var settingsPath = file.FullPath ?? Path.GetFullPath(file.DisplayPath, workingDirectory);
            // Resolved once: the limits decide how much is read, and the same settings lint what was read.
            var settings = session.SettingsFor(settingsPath);
            var bytes = InputReader.Read(file, openStandardInput, settings.Limits.MaxFileSize, failed.Token);
            // Only a format that shows the prose (html) asks for the bytes; they are kept under the display path.
            if (keepContent is not null && bytes.Content is { } content)
            {
                keepContent(file.DisplayPath, content);
            }

            reports[index] = bytes.Failure is { } failure
                ? DocumentReport.Failed(failure)
                : cache is null
                    ? LintWithinBudget(session, file, settings, bytes.Content!, failed.Token)
                    : LintOrReplay(cache, session, file, settings, bytes.Content!, failed.Token);
            LogLinted(logger, file.DisplayPath, reports[index].Diagnostics.Length);
            if (ordered.Complete(position) is var handedOn and > 0)
            {
                window.Release(handedOn);
            }
        }

        void Work()
        {
            try
            {
                while (true)
                {
                    window.Wait(failed.Token);
                    var position = Interlocked.Increment(ref next);
                    if (position >= files.Count)
                    {
                        window.Release();
                        return;
                    }

                    LintFile(position);
                }
            }
            catch (OperationCanceledException) when (failed.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // Another worker failed; its exception ends the run.
            }
            catch (Exception)
            {
                failed.Cancel();
                throw;
            }
        }

        // One long-running worker per core, each reading and linting file after file on its own thread: tasks per
        // file on the thread pool hopped threads at every awaited read, and idle pool threads spun between files.
        var workers = Math.Min(Environment.ProcessorCount, Math.Max(1, files.Count));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(Work, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        return session.Complete(reports, inputs.Problems);
    }

    // With --cache: the stored report when everything that decides it is unchanged, else a lint that is then stored.
    private DocumentReport LintOrReplay(ResultCache cache, LintSession session, InputFile file, DocumentSettings settings, byte[] content, CancellationToken cancellationToken)
    {
        var key = cache.Keys.For(file.DisplayPath, settings, session.BaselineFor(file.DisplayPath), content);
        if (cache.TryRead(key, file.DisplayPath) is { } stored)
        {
            return stored;
        }

        var report = LintWithinBudget(session, file, settings, content, cancellationToken);
        cache.Write(key, report);
        return report;
    }

    // One document's failure, slowness included, is that document's DL0xxx; the other documents are linted as usual.
    private DocumentReport LintWithinBudget(LintSession session, InputFile file, DocumentSettings settings, byte[] content, CancellationToken cancellationToken)
    {
        var timeBudget = settings.Limits.TimeBudget;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(timeBudget);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var report = session.Lint(file.DisplayPath, content, settings, budget.Token);

            // The engine checks the token between sentences; a stage that overran without checking still counts.
            return clock.Elapsed > timeBudget ? OverBudget(file, timeBudget) : report;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return OverBudget(file, timeBudget);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            LogFailed(logger, exception, file.DisplayPath);
            var descriptor = InfrastructureDescriptors.AnalyzerFailed;
            return DocumentReport.Failed(Diagnostic.ForFile(descriptor, file.DisplayPath, descriptor.FormatMessage(["the document reader", exception.Message])));
        }
    }

    private static DocumentReport OverBudget(InputFile file, TimeSpan timeBudget)
    {
        var descriptor = InfrastructureDescriptors.TimeBudgetExceeded;
        return DocumentReport.Failed(Diagnostic.ForFile(descriptor, file.DisplayPath, descriptor.FormatMessage([timeBudget.TotalSeconds])));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not lint {Path}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Linted {Path}: {Count} diagnostics")]
    private static partial void LogLinted(ILogger logger, string path, int count);
}
