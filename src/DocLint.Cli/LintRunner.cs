using DocLint.Cli.Inputs;
using DocLint.Diagnostics;
using DocLint.Pipeline;
using DocLint.Reporting;
using Microsoft.Extensions.Logging;

namespace DocLint.Cli;

/// <summary>Reads the inputs (never writes them) and hands them to the session in parallel; the session collects the run.</summary>
public sealed partial class LintRunner(ILogger<LintRunner> logger)
{
    public async Task<LintRun> RunAsync(
        LintSession session,
        InputResolution inputs,
        string workingDirectory,
        Func<Stream> openStandardInput,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(inputs);
        var files = inputs.Files;
        var reports = new DocumentReport[files.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallel, async (index, token) =>
        {
            var file = files[index];
            var bytes = await ReadAsync(file, openStandardInput, token);
            // Standard input is configured as if it were --stdin-filename in the working directory.
            var settingsPath = file.FullPath ?? Path.GetFullPath(file.DisplayPath, workingDirectory);
            reports[index] = bytes.Failure is { } failure
                ? DocumentReport.Failed(failure)
                : session.Lint(file.DisplayPath, settingsPath, bytes.Content!, token);
            LogLinted(logger, file.DisplayPath, reports[index].Diagnostics.Length);
        });

        return session.Complete(reports, inputs.Problems);
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
