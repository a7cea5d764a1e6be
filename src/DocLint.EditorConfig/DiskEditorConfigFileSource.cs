using System.Text;

namespace DocLint.Configuration.EditorConfig;

/// <summary>
/// Reads EditorConfig files from disk as UTF-8 (the spec's only encoding). <paramref name="refusal"/> names what
/// an existing path is when it must not be opened (a FIFO would block the run forever, /dev/zero fill memory);
/// the caller supplies it because telling file types apart is the platform layer's job.
/// </summary>
internal sealed class DiskEditorConfigFileSource(Func<string, string?> refusal) : IEditorConfigFileSource
{
    // Far beyond any real configuration file; the bound only keeps a hostile one from exhausting memory.
    private const long MaxSize = 1000 * 1000;

    public DiskEditorConfigFileSource()
        : this(_ => null)
    {
    }

    public string? ReadAllText(string path)
    {
        // Most directories have no .editorconfig: checking first avoids paying for an exception each time.
        if (!File.Exists(path))
        {
            return null;
        }

        if (refusal(path) is { } reason)
        {
            throw new IOException(reason);
        }

        if (new FileInfo(path).Length > MaxSize)
        {
            throw new IOException("larger than 1 MB");
        }

        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // Deleted between the check and the read: the same as never having existed.
            return null;
        }
    }
}
