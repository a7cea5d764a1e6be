using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Cli.Inputs;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Reporting;
using Microsoft.Extensions.Logging;

namespace DocLint.Cli;

/// <summary>Reads the inputs (never writes them) and lints them in parallel; results come back in path order.</summary>
public sealed partial class LintRunner(LintEngine engine, ILogger<LintRunner> logger)
{
    public async Task<ImmutableArray<DocumentReport>> RunAsync(
        IReadOnlyList<InputFile> files,
        Func<InputFile, DocumentSettings> settingsFor,
        Func<Stream> openStandardInput,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(settingsFor);
        var reports = new DocumentReport[files.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallel, async (index, token) =>
        {
            var file = files[index];
            var settings = settingsFor(file);
            var bytes = await InputReader.ReadAsync(file, openStandardInput, settings.Limits.MaxFileSize, token);
            reports[index] = bytes.Failure is { } failure
                ? DocumentReport.Failed(failure)
                : LintWithinBudget(file, bytes.Content!, settings, token);
            LogLinted(logger, file.DisplayPath, reports[index].Diagnostics.Length);
        });

        return [.. reports.OrderBy(r => r.Path, StringComparer.Ordinal)];
    }

    // One document's failure, slowness included, is that document's DL0xxx; the other documents are linted as usual.
    private DocumentReport LintWithinBudget(InputFile file, byte[] content, DocumentSettings settings, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(settings.Limits.TimeBudget);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var report = engine.Lint(file.DisplayPath, content, settings, budget.Token);

            // The engine checks the token between sentences; a stage that overran without checking still counts.
            return clock.Elapsed > settings.Limits.TimeBudget ? OverBudget(file, settings) : report;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return OverBudget(file, settings);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            LogFailed(logger, exception, file.DisplayPath);
            var descriptor = InfrastructureDescriptors.AnalyzerFailed;
            return DocumentReport.Failed(Diagnostic.ForFile(descriptor, file.DisplayPath, descriptor.FormatMessage(["the document reader", exception.Message])));
        }
    }

    private static DocumentReport OverBudget(InputFile file, DocumentSettings settings)
    {
        var descriptor = InfrastructureDescriptors.TimeBudgetExceeded;
        return DocumentReport.Failed(Diagnostic.ForFile(descriptor, file.DisplayPath, descriptor.FormatMessage([settings.Limits.TimeBudget.TotalSeconds])));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not lint {Path}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Linted {Path}: {Count} diagnostics")]
    private static partial void LogLinted(ILogger logger, string path, int count);
}
