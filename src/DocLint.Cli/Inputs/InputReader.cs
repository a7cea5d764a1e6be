using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Cli.Output;

namespace DocLint.Cli.Inputs;

/// <summary>
/// Reads one input's bytes within its size limit. The file type is checked with stat(2) before anything is
/// opened (a FIFO would block forever, /dev/zero never ends), and no more than the limit plus one byte is ever
/// read, from a file or from standard input, so memory stays bounded whatever the input claims to be. Synchronous:
/// the runner's workers read and lint on their own threads, and an awaited read sent each file through the thread
/// pool (a hop off the worker and back) for a few kilobytes from the page cache.
/// </summary>
internal static class InputReader
{
    public static (byte[]? Content, Diagnostic? Failure) Read(InputFile file, Func<Stream> openStandardInput, long maxSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(openStandardInput);
        try
        {
            if (file.IsStandardInput)
            {
                using var input = openStandardInput();
                return ReadBounded(input, file, maxSize, 0, cancellationToken);
            }

            if (FileIdentity.DescribeNonRegular(file.FullPath!) is { } kind)
            {
                return Fail(InfrastructureDescriptors.NotARegularFile, file, kind);
            }

            using var stream = new FileStream(file.FullPath!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            if (stream.Length > maxSize)
            {
                return Fail(InfrastructureDescriptors.InputTooLarge, file, DocumentLimits.DescribeSize(maxSize));
            }

            return ReadBounded(stream, file, maxSize, (int)stream.Length, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            var reason = exception is UnauthorizedAccessException ? "permission denied" : exception.Message;
            return Fail(InfrastructureDescriptors.InputUnreadable, file, reason);
        }
    }

    // Standard input has no length: it is read in chunks of at most this many bytes.
    private const int MaxChunk = 81920;

    // A file may grow while it is read and standard input has no length: stop one byte past the limit. A file is
    // read straight into an array of its size (no chunk buffer, stream or final copy per file); a one-byte probe
    // tells that it ended there.
    private static (byte[]? Content, Diagnostic? Failure) ReadBounded(Stream input, InputFile file, long maxSize, int capacity, CancellationToken cancellationToken)
    {
        // Not zeroed: every byte returned was read into it (a short read returns a copy of what was read).
        var content = GC.AllocateUninitializedArray<byte>(capacity);
        var length = 0;
        Span<byte> probe = stackalloc byte[1];
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int read;
            if (length == content.Length)
            {
                read = input.Read(probe);
                if (read == 0)
                {
                    return (content, null);
                }

                Array.Resize(ref content, (int)Math.Min(Math.Max(4096, content.Length * 2L), Array.MaxLength));
                content[length] = probe[0];
            }
            else
            {
                var wanted = (int)Math.Min(Math.Min(MaxChunk, maxSize + 1 - length), content.Length - length);
                read = input.Read(content, length, wanted);
                if (read == 0)
                {
                    return (content[..length], null);
                }
            }

            length += read;
            if (length > maxSize)
            {
                return Fail(InfrastructureDescriptors.InputTooLarge, file, DocumentLimits.DescribeSize(maxSize));
            }
        }
    }

    private static (byte[]? Content, Diagnostic? Failure) Fail(DiagnosticDescriptor descriptor, InputFile file, string argument) =>
        (null, Diagnostic.ForFile(descriptor, file.DisplayPath, descriptor.FormatMessage([argument])));
}
