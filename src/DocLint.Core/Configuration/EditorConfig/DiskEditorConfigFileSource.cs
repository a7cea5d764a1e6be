using System.Text;
using DocLint.Documents;

namespace DocLint.Configuration.EditorConfig;

/// <summary>Reads EditorConfig files from disk as UTF-8 (the spec's only encoding).</summary>
public sealed class DiskEditorConfigFileSource : IEditorConfigFileSource
{
    // Far beyond any real configuration file; the bound only keeps a hostile one from exhausting memory.
    private const long MaxSize = 1000 * 1000;

    public string? ReadAllText(string path)
    {
        // Most directories have no .editorconfig: checking first avoids paying for an exception each time.
        if (!File.Exists(path))
        {
            return null;
        }

        // A FIFO would block the run forever and /dev/zero would fill memory: refuse both before opening.
        if (FileStat.DescribeNonRegular(path) is { } kind)
        {
            throw new IOException($"{kind}, not a regular file");
        }

        if (new FileInfo(path).Length > MaxSize)
        {
            throw new IOException($"larger than {DocumentLimits.DescribeSize(MaxSize)}");
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
