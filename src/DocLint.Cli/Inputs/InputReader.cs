using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Cli.Output;

namespace DocLint.Cli.Inputs;

/// <summary>
/// Reads one input's bytes within its size limit. The file type is checked with stat(2) before anything is
/// opened (a FIFO would block forever, /dev/zero never ends), and no more than the limit plus one byte is ever
/// read, from a file or from standard input, so memory stays bounded whatever the input claims to be.
/// </summary>
internal static class InputReader
{
    public static async Task<(byte[]? Content, Diagnostic? Failure)> ReadAsync(InputFile file, Func<Stream> openStandardInput, long maxSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(openStandardInput);
        try
        {
            if (file.IsStandardInput)
            {
                await using var input = openStandardInput();
                return await ReadBoundedAsync(input, file, maxSize, 0, cancellationToken);
            }

            if (FileIdentity.DescribeNonRegular(file.FullPath!) is { } kind)
            {
                return Fail(InfrastructureDescriptors.NotARegularFile, file, kind);
            }

            await using var stream = new FileStream(file.FullPath!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            if (stream.Length > maxSize)
            {
                return Fail(InfrastructureDescriptors.InputTooLarge, file, DocumentLimits.DescribeSize(maxSize));
            }

            return await ReadBoundedAsync(stream, file, maxSize, (int)stream.Length + 1, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            var reason = exception is UnauthorizedAccessException ? "permission denied" : exception.Message;
            return Fail(InfrastructureDescriptors.InputUnreadable, file, reason);
        }
    }

    // A file may grow while it is read and standard input has no length: stop one byte past the limit.
    private static async Task<(byte[]? Content, Diagnostic? Failure)> ReadBoundedAsync(Stream input, InputFile file, long maxSize, int capacity, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(capacity);
        var chunk = new byte[81920];
        while (true)
        {
            var wanted = (int)Math.Min(chunk.Length, maxSize + 1 - buffer.Length);
            var read = await input.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0)
            {
                return (buffer.ToArray(), null);
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxSize)
            {
                return Fail(InfrastructureDescriptors.InputTooLarge, file, DocumentLimits.DescribeSize(maxSize));
            }
        }
    }

    private static (byte[]? Content, Diagnostic? Failure) Fail(DiagnosticDescriptor descriptor, InputFile file, string argument) =>
        (null, Diagnostic.ForFile(descriptor, file.DisplayPath, descriptor.FormatMessage([argument])));
}
