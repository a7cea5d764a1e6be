using System.Text;

namespace DocLint.Configuration.EditorConfig;

/// <summary>Reads EditorConfig files from disk as UTF-8 (the spec's only encoding).</summary>
internal sealed class DiskEditorConfigFileSource : IEditorConfigFileSource
{
    public string? ReadAllText(string path)
    {
        // Most directories have no .editorconfig: checking first avoids paying for an exception each time.
        if (!File.Exists(path))
        {
            return null;
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
