namespace DocLint.Cli.Tests.Formats;

/// <summary>
/// A scratch folder deleted after the test; the CLI resolves relative paths against it. Its root .editorconfig
/// switches the claims rule (DL5001) off, so the format tests pin the output of the findings they were written for;
/// DL5001 has its own tests.
/// </summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "doclint-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.DL5001.severity = none\n");
    }

    public string Path { get; }

    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it is not.
        }
    }
}
