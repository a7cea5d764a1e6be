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
    public async Task<LintRun> RunAsync(
        LintSession session,
        InputResolution inputs,
        string workingDirectory,
        Func<Stream> openStandardInput,
        CancellationToken cancellationToken,
        Action<string, byte[]>? keepContent = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(inputs);
        var files = inputs.Files;
        var reports = new DocumentReport[files.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallel, async (index, token) =>
        {
            var file = files[index];
            // Standard input is configured as if it were --stdin-filename in the working directory.
            var settingsPath = file.FullPath ?? Path.GetFullPath(file.DisplayPath, workingDirectory);
            // Resolved once: the limits decide how much is read, and the same settings lint what was read.
            var settings = session.SettingsFor(settingsPath);
            var bytes = await InputReader.ReadAsync(file, openStandardInput, settings.Limits.MaxFileSize, token);
            // Only a format that shows the prose (html) asks for the bytes; they are kept under the display path.
            if (keepContent is not null && bytes.Content is { } content)
            {
                keepContent(file.DisplayPath, content);
            }

            reports[index] = bytes.Failure is { } failure
                ? DocumentReport.Failed(failure)
                : LintWithinBudget(session, file, settings, bytes.Content!, token);
            LogLinted(logger, file.DisplayPath, reports[index].Diagnostics.Length);
        });

        return session.Complete(reports, inputs.Problems);
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
