using DocLint.Cli.Output;
using DocLint.Cli.Tests.Formats;

namespace DocLint.Cli.Tests;

/// <summary>A file's identity is the same by every path that reaches it (hard links: SafeOutputTests); a folder or nothing has none.</summary>
public sealed class FileIdentityTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_file_reached_through_a_linked_folder_and_a_link_has_one_identity()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var input = _directory.Write("docs/draft.md", "text\n");
        Directory.CreateSymbolicLink(Path.Combine(_directory.Path, "linked"), Path.Combine(_directory.Path, "docs"));
        File.CreateSymbolicLink(Path.Combine(_directory.Path, "link.md"), Path.Combine(_directory.Path, "linked", "draft.md"));
        _directory.Write("other.md", "text\n");

        var identity = FileIdentity.Of(input);

        Assert.NotNull(identity);
        Assert.Equal(identity, FileIdentity.Of(Path.Combine(_directory.Path, "linked", "draft.md")));
        Assert.Equal(identity, FileIdentity.Of(Path.Combine(_directory.Path, "link.md")));
        Assert.NotEqual(identity, FileIdentity.Of(Path.Combine(_directory.Path, "other.md")));
    }

    [Fact]
    public void A_folder_a_missing_file_and_a_dangling_link_have_no_identity()
    {
        Directory.CreateDirectory(Path.Combine(_directory.Path, "docs"));
        if (!OperatingSystem.IsWindows())
        {
            File.CreateSymbolicLink(Path.Combine(_directory.Path, "dangling.md"), Path.Combine(_directory.Path, "gone.md"));
            Assert.Null(FileIdentity.Of(Path.Combine(_directory.Path, "dangling.md")));
        }

        Assert.Null(FileIdentity.Of(Path.Combine(_directory.Path, "docs")));
        Assert.Null(FileIdentity.Of(Path.Combine(_directory.Path, "missing.md")));
    }
}
