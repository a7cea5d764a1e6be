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
            var bytes = await ReadAsync(file, openStandardInput, token);
            reports[index] = bytes.Failure is { } failure
                ? DocumentReport.Failed(failure)
                : engine.Lint(file.DisplayPath, bytes.Content!, settingsFor(file), token);
            LogLinted(logger, file.DisplayPath, reports[index].Diagnostics.Length);
        });

        return [.. reports.OrderBy(r => r.Path, StringComparer.Ordinal)];
    }

    private static async Task<(byte[]? Content, Diagnostic? Failure)> ReadAsync(InputFile file, Func<Stream> openStandardInput, CancellationToken cancellationToken)
    {
        try
        {
            if (file.IsStandardInput)
            {
                await using var input = openStandardInput();
                using var buffer = new MemoryStream();
                await input.CopyToAsync(buffer, cancellationToken);
                return (buffer.ToArray(), null);
            }

            return (await File.ReadAllBytesAsync(file.FullPath!, cancellationToken), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            var reason = exception is UnauthorizedAccessException ? "permission denied" : exception.Message;
            var descriptor = InfrastructureDescriptors.InputUnreadable;
            return (null, Diagnostic.ForFile(descriptor, file.DisplayPath, descriptor.FormatMessage([reason])));
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Linted {Path}: {Count} diagnostics")]
    private static partial void LogLinted(ILogger logger, string path, int count);
}
