using System.Text;

namespace DocLint.Cli.Output;

/// <summary>
/// The one way DocLint writes a file (--output, the baseline, the GitHub job summary): it refuses any path that
/// is one of the run's inputs, whatever the spelling (symbolic links, linked folders, hard links), and it writes a
/// temporary file beside the target and renames it into place, so a failed run never leaves half a report.
/// </summary>
internal sealed class SafeOutputFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    private readonly Lazy<HashSet<FileIdentity>> _inputs;

    public SafeOutputFile(IEnumerable<string> inputFullPaths)
    {
        ArgumentNullException.ThrowIfNull(inputFullPaths);
        // Identities are read only when something is to be written, and only once.
        _inputs = new Lazy<HashSet<FileIdentity>>(() => [.. inputFullPaths.Select(FileIdentity.Of).OfType<FileIdentity>()]);
    }

    /// <summary>True when the path names (or links to) a file this run reads.</summary>
    public bool IsInput(string fullPath) => FileIdentity.Of(fullPath) is { } identity && _inputs.Value.Contains(identity);

    /// <summary>Writes the whole file through a temporary file renamed over the target; creates missing folders.</summary>
    public static void Write(string fullPath, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var file = Open(fullPath);
        write(file.Writer);
        file.Commit();
    }

    /// <summary>
    /// Opens the file for a write that goes on while the run does (a streamed report): nothing replaces the target
    /// until <see cref="PendingOutputFile.Commit"/>, and disposing it uncommitted leaves the target as it was.
    /// </summary>
    public static PendingOutputFile Open(string fullPath)
    {
        // Write through a symbolic link to its target, as an editor saving the file would.
        var target = FileIdentity.ResolvePath(fullPath) ?? Path.Combine(FileIdentity.ResolveDirectory(Path.GetDirectoryName(fullPath)!), Path.GetFileName(fullPath));
        if (!FileIdentity.IsRegularFileOrAbsent(target))
        {
            // A device or a FIFO (-o /dev/stdout): renaming over it would replace it, so write in place.
            return new PendingOutputFile(new StreamWriter(target, append: false, Utf8NoBom), target, temporary: null);
        }

        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        // 64 KB a write(2), not the default 4 KB: a streamed report runs to megabytes (8 MB for 2,000 articles).
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        return new PendingOutputFile(new StreamWriter(stream, Utf8NoBom), target, temporary);
    }

    /// <summary>An output file being written: <see cref="Writer"/>, then <see cref="Commit"/> puts it in place.</summary>
    internal sealed class PendingOutputFile(StreamWriter writer, string target, string? temporary) : IDisposable
    {
        private bool _closed;

        public TextWriter Writer => writer;

        public void Commit()
        {
            _closed = true;
            writer.Dispose();
            if (temporary is not null)
            {
                File.Move(temporary, target, overwrite: true);
            }
        }

        /// <summary>Uncommitted (a failed write, a failed run), the temporary file goes and the target stays as it was.</summary>
        public void Dispose()
        {
            if (!_closed)
            {
                _closed = true;
                DisposeQuietly(writer);
            }

            if (temporary is not null && File.Exists(temporary))
            {
                TryDelete(temporary);
            }
        }

        private static void DisposeQuietly(StreamWriter writer)
        {
            try
            {
                writer.Dispose();
            }
            catch (IOException)
            {
                // Flushing what was written failed (a full disk): the write is being abandoned anyway.
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The original error is the one worth reporting; a stray temporary file is named after its target.
        }
    }
}
