using System.Runtime.InteropServices;
using DocLint.Cli.Output;
using DocLint.Cli.Tests.Formats;

namespace DocLint.Cli.Tests;

/// <summary>
/// DocLint never writes a file it lints, whatever path reaches it (symbolic link, linked folder, hard link), and a
/// failed write leaves neither half a report nor a temporary file. Each case runs the real CLI on real folders.
/// </summary>
public sealed partial class SafeOutputTests : IDisposable
{
    private const string Draft = "Critics say it failed.\n";

    private const string Finding = "draft.md(1,1,1,12): warning DL3001: 'Critics say' does not name a source the reader can check; name the person, body or document\n";

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Output_through_a_symbolic_link_to_an_input_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var input = _directory.Write("draft.md", Draft);
        File.CreateSymbolicLink(Path.Combine(_directory.Path, "report.txt"), input);

        var run = await CliRun.InAsync(_directory.Path, "draft.md", "-o", "report.txt");

        AssertRefused(run, "error: --output report.txt is one of the inputs (or a link to one); DocLint never writes to the files it lints.\n", input);
    }

    [Fact]
    public async Task Output_through_a_hard_link_to_an_input_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var input = _directory.Write("draft.md", Draft);
        Assert.Equal(0, Link(input, Path.Combine(_directory.Path, "report.txt")));

        var run = await CliRun.InAsync(_directory.Path, "draft.md", "-o", "report.txt");

        AssertRefused(run, "error: --output report.txt is one of the inputs (or a link to one); DocLint never writes to the files it lints.\n", input);
    }

    [Fact]
    public async Task Output_through_a_symbolically_linked_folder_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var input = _directory.Write(Path.Combine("docs", "a.md"), Draft);
        Directory.CreateSymbolicLink(Path.Combine(_directory.Path, "mirror"), Path.Combine(_directory.Path, "docs"));

        var run = await CliRun.InAsync(_directory.Path, "docs", "-o", "mirror/a.md");

        AssertRefused(run, "error: --output mirror/a.md is one of the inputs (or a link to one); DocLint never writes to the files it lints.\n", input);
    }

    [Fact]
    public async Task Baseline_output_that_is_a_linted_document_is_refused()
    {
        var input = _directory.Write(Path.Combine("docs", "a.md"), Draft);

        var run = await CliRun.InAsync(_directory.Path, "baseline", "docs", "-o", "docs/a.md");

        AssertRefused(run, "error: the baseline docs/a.md is one of the inputs (or a link to one); DocLint never writes to the files it lints.\n", input);
    }

    [Fact]
    public async Task Step_summary_that_is_an_input_is_not_written()
    {
        var input = _directory.Write("draft.md", Draft);
        var before = File.GetLastWriteTimeUtc(input);

        var run = await CliRun.InAsync(_directory.Path, name => name == GitHubStepSummaryFile.StepSummaryVariable ? "draft.md" : null, "draft.md", "--format", "github");

        // The annotations still go out: only the summary, which would overwrite the input, is left out.
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("::warning file=draft.md,line=1,col=1,endLine=1,endColumn=12,title=DL3001::" + Finding[(Finding.IndexOf('\'', StringComparison.Ordinal))..], run.Out);
        Assert.Equal("warning: GITHUB_STEP_SUMMARY (draft.md) is one of the inputs; DocLint never writes to the files it lints, so the job summary was not written.\n", run.Error);
        Assert.Equal(Draft, File.ReadAllText(input));
        Assert.Equal(before, File.GetLastWriteTimeUtc(input));
    }

    [Fact]
    public async Task A_failed_write_leaves_the_old_report_and_no_temporary_file()
    {
        _directory.Write("draft.md", Draft);
        // A non-empty folder at the target: the temporary file is written, then renaming it over the folder fails.
        var target = _directory.Write(Path.Combine("report", "keep.txt"), "earlier\n");

        var run = await CliRun.InAsync(_directory.Path, "draft.md", "-o", "report");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith("error: could not write --output report: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, run.Error.Count(c => c == '\n'));
        Assert.Equal("earlier\n", File.ReadAllText(target));
        // The .editorconfig is the test folder's own (TemporaryDirectory switches the claims rule off).
        Assert.Equal([".editorconfig", "draft.md", "report"], Directory.EnumerateFileSystemEntries(_directory.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_write_that_throws_half_way_keeps_the_previous_file_whole()
    {
        var target = _directory.Write("report.txt", "previous report\n");

        var thrown = Assert.Throws<InvalidOperationException>(() => SafeOutputFile.Write(target, writer =>
        {
            writer.Write(new string('x', 100_000));
            writer.Flush();
            throw new InvalidOperationException("formatter failed");
        }));

        Assert.Equal("formatter failed", thrown.Message);
        Assert.Equal("previous report\n", File.ReadAllText(target));
        Assert.Equal([".editorconfig", "report.txt"], Directory.EnumerateFileSystemEntries(_directory.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Output_to_dev_null_keeps_it_a_device()
    {
        if (!File.Exists("/dev/null"))
        {
            return;
        }

        _directory.Write("draft.md", Draft);

        var run = await CliRun.InAsync(_directory.Path, "draft.md", "-o", "/dev/null");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.False(FileIdentity.IsRegularFileOrAbsent("/dev/null"));
        Assert.Equal(0, new FileInfo("/dev/null").Length);
    }

    [Fact]
    public async Task Missing_parent_folders_of_the_output_are_created()
    {
        _directory.Write("draft.md", Draft);

        var run = await CliRun.InAsync(_directory.Path, "draft.md", "-o", "out/nested/report.txt");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(
            Finding,
            File.ReadAllText(Path.Combine(_directory.Path, "out", "nested", "report.txt")));
        Assert.Equal(["report.txt"], Directory.EnumerateFileSystemEntries(Path.Combine(_directory.Path, "out", "nested")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Output_beside_an_input_is_written_and_the_input_is_untouched()
    {
        // The guard compares identities, so a different file in the same folder is no false alarm.
        var input = _directory.Write("draft.md", Draft);

        var run = await CliRun.InAsync(_directory.Path, "draft.md", "-o", "draft.md.txt");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(Finding, File.ReadAllText(Path.Combine(_directory.Path, "draft.md.txt")));
        Assert.Equal(Draft, File.ReadAllText(input));
    }

    private static void AssertRefused(CliRun run, string error, string input)
    {
        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal(error, run.Error);
        Assert.Equal(Draft, File.ReadAllText(input));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(input)!, "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string newPath);
}
