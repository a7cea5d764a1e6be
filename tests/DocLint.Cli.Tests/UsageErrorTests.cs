using DocLint.Cli.Tests.Formats;

namespace DocLint.Cli.Tests;

/// <summary>
/// Bad usage is exit 2 with one line that says what to type instead, never an exception; the dotnet CLI's
/// spellings of --warnaserror with IDs all promote only those IDs.
/// </summary>
public sealed class UsageErrorTests : IDisposable
{
    private const string Draft = "Critics say nearly 900 households left. It is obviously a crisis.\n";
    private readonly TemporaryDirectory _directory = new();

    public UsageErrorTests() => _directory.Write("draft.md", Draft);

    [Theory]
    [InlineData("abc")]
    [InlineData("70.5")]
    [InlineData("")]
    [InlineData("101")]
    [InlineData("-5")]
    public async Task A_min_score_that_is_not_a_whole_number_from_0_to_100_is_a_usage_error(string value)
    {
        var run = await CliRun.InAsync(_directory.Path, "draft.md", "--min-score", value);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal($"error: --min-score takes a whole number from 0 to 100, not '{value}'.\nRun 'doclint --help' for usage.\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, run.Out);
    }

    [Theory]
    [InlineData("--warnaserror:DL2002")]
    [InlineData("--warnaserror=DL2002")]
    [InlineData("-warnaserror:DL2002")]
    [InlineData("/warnaserror:DL2002")]
    [InlineData("--WarnAsError:DL2002")]
    [InlineData("--warnaserror", "DL2002")]
    public async Task Every_spelling_of_warnaserror_with_ids_promotes_only_those_ids(params string[] option)
    {
        var run = await CliRun.InAsync(_directory.Path, ["draft.md", .. option, "--format", "github"]);

        Assert.Equal(ExitCodes.LintFailed, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var commands = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)] + " " + l[(l.IndexOf("title=", StringComparison.Ordinal) + 6)..l.IndexOf("::", 2, StringComparison.Ordinal)]);
        // Errors are annotated first: GitHub shows only ten of each kind.
        Assert.Equal(["::error DL2002", "::warning DL3001", "::warning DL4001"], commands);
    }

    [Fact]
    public async Task A_bare_warnaserror_before_a_path_promotes_every_warning_and_lints_the_path()
    {
        var run = await CliRun.InAsync(_directory.Path, "--warnaserror", "draft.md", "--format", "github");

        Assert.Equal(ExitCodes.LintFailed, run.ExitCode);
        Assert.Equal(3, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("::error file=draft.md", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_failed_write_to_standard_output_is_one_line_and_exit_2()
    {
        using var error = new StringWriter();
        var console = new CliConsole(new FullDiskWriter(), error, () => new MemoryStream()) { WorkingDirectory = _directory.Path };

        var exitCode = await LastResortHandler.RunAsync(["draft.md"], console, () => DocLintApplication.RunAsync(["draft.md"], console));

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Equal("error: could not write the findings to standard output: No space left on device\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task An_exception_inside_a_command_is_one_line_and_exit_2_never_a_stack_trace()
    {
        using var error = new StringWriter();
        var console = new CliConsole(new FullDiskWriter(), error, () => new MemoryStream()) { WorkingDirectory = _directory.Path };

        var exitCode = await LastResortHandler.RunAsync(["rules"], console, () => DocLintApplication.RunAsync(["rules"], console));

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Equal("error: DocLint stopped: IOException: No space left on device (run with -v for details)\n", error.ToString().ReplaceLineEndings("\n"));
    }

    public void Dispose() => _directory.Dispose();

    /// <summary>Standard output on a full disk (as <c>doclint … &gt; /dev/full</c>).</summary>
    private sealed class FullDiskWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");

        public override Task WriteAsync(string? value) => throw new IOException("No space left on device");

        public override Task WriteLineAsync(string? value) => throw new IOException("No space left on device");
    }
}
