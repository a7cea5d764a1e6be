using System.Runtime.InteropServices;
using DocLint.Analysis;
using DocLint.Cli.Inputs;
using DocLint.Cli.Tests.Formats;
using DocLint.Configuration;
using DocLint.Documents;
using DocLint.Pipeline;
using DocLint.Rules;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocLint.Cli.Tests;

/// <summary>
/// Inputs an attacker or an unlucky user would give (issue 15): each ends in a per-document DL0xxx or a one-line
/// error with exit code 2, the other documents are still linted, and nothing hangs, loops or runs out of memory.
/// Fixtures are generated here; none is large.
/// </summary>
public sealed partial class HostileInputTests : IDisposable
{
    private const string Hedged = "It is probably true.\n";
    private const string HedgedFinding = "ok.md(1,7,1,15): warning DL1001: 'probably' hedges the claim; state what is known and who says so, or drop the hedge\n";

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_fifo_is_refused_without_being_opened_and_the_other_files_are_linted()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _directory.Write("ok.md", Hedged);
        Assert.Equal(0, MakeFifo(Path.Combine(_directory.Path, "pipe.md"), Convert.ToUInt32("644", 8)));

        var run = await CliRun.InAsync(_directory.Path, "pipe.md", "ok.md");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith(HedgedFinding + "pipe.md: error DL0016: The path is a FIFO (named pipe), not a regular file; it was not read\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dev_zero_is_refused_as_a_device()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        _directory.Write("ok.md", Hedged);

        var run = await CliRun.InAsync(_directory.Path, "/dev/zero", "ok.md");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith("/dev/zero: error DL0016: The path is a character device, not a regular file; it was not read\n" + HedgedFinding, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_or_dev_zero_as_editorconfig_is_a_configuration_problem_not_a_hang()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/dev/zero"))
        {
            return;
        }

        _directory.Write(Path.Combine("a", "ok.md"), Hedged);
        _directory.Write(Path.Combine("b", "ok.md"), Hedged);
        Assert.Equal(0, MakeFifo(Path.Combine(_directory.Path, "a", ".editorconfig"), Convert.ToUInt32("644", 8)));
        File.CreateSymbolicLink(Path.Combine(_directory.Path, "b", ".editorconfig"), "/dev/zero");

        var run = await CliRun.InAsync(_directory.Path, "a/ok.md", "b/ok.md");

        // A configuration problem exits 2 (DESIGN's exit codes); the documents are still linted.
        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith(
            "a/.editorconfig: warning DL0002: The file could not be read: a FIFO (named pipe), not a regular file\n"
            + "a/" + HedgedFinding
            + "b/.editorconfig: warning DL0002: The file could not be read: a character device, not a regular file\n"
            + "b/" + HedgedFinding,
            run.Out,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_not_read()
    {
        _directory.Write("big.md", new string('a', 2001) + "\n");
        _directory.Write("ok.md", Hedged);

        var run = await CliRun.InAsync(_directory.Path, "big.md", "ok.md", "--max-file-size", "2KB");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith("big.md: error DL0014: The file is larger than 2 KB; raise doclint_max_file_size or --max-file-size to lint it\n" + HedgedFinding, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_size_limit_comes_from_editorconfig_per_folder_and_the_command_line_wins()
    {
        _directory.Write(".editorconfig", "root = true\n\n[*.md]\ndoclint_max_file_size = 10\n");
        _directory.Write("ok.md", Hedged);

        var limited = await CliRun.InAsync(_directory.Path, "ok.md");
        var raised = await CliRun.InAsync(_directory.Path, "ok.md", "--max-file-size", "1MiB");

        Assert.Equal(ExitCodes.UsageOrInputError, limited.ExitCode);
        Assert.StartsWith("ok.md: error DL0014: The file is larger than 10 bytes;", limited.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, raised.ExitCode);
        Assert.StartsWith(HedgedFinding, raised.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_size_is_a_usage_error()
    {
        _directory.Write("ok.md", Hedged);

        var run = await CliRun.InAsync(_directory.Path, "ok.md", "--max-file-size", "lots");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith("error: --max-file-size takes a size such as 20MB, 512KB or 1000000.\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standard_input_is_read_no_further_than_the_limit()
    {
        var endless = new ProducingStream(byte.MaxValue / 2);
        var session = new LintSession(new LintEngine(BuiltInAnalyzers.Create()), new LintSessionOptions { MaxFileSize = 1000 });

        var run = await new LintRunner(NullLogger<LintRunner>.Instance).RunAsync(
            session, new InputResolution([new InputFile("stdin.md", null)], []), _directory.Path, () => endless, CancellationToken.None);

        Assert.Equal("stdin.md: DL0014 The file is larger than 1 KB; raise doclint_max_file_size or --max-file-size to lint it", Single(run.Documents));
        Assert.InRange(endless.Produced, 1001, 1000 + 81920);
    }

    [Fact]
    public async Task Each_document_over_its_time_budget_gets_DL0017_and_the_run_completes()
    {
        var session = new LintSession(new LintEngine(BuiltInAnalyzers.Create()), new LintSessionOptions { TimeBudget = TimeSpan.Zero });
        _directory.Write("slow.md", Hedged);
        _directory.Write("ok.md", Hedged);
        var files = new[] { new InputFile("ok.md", Path.Combine(_directory.Path, "ok.md")), new InputFile("slow.md", Path.Combine(_directory.Path, "slow.md")) };

        var run = await new LintRunner(NullLogger<LintRunner>.Instance).RunAsync(
            session, new InputResolution(files, []), _directory.Path, () => Stream.Null, CancellationToken.None);

        Assert.Equal(
            "ok.md: DL0017 Linting stopped after 0 s, the per-document time budget; split the document or raise --time-budget\n"
            + "slow.md: DL0017 Linting stopped after 0 s, the per-document time budget; split the document or raise --time-budget",
            Single(run.Documents));
    }

    [Theory]
    [InlineData(">", 1)]
    [InlineData("- ", 1)]
    [InlineData("[", 3)]
    [InlineData("![", 3)]
    public async Task Markdown_nested_ten_thousand_deep_is_DL0015_at_its_line_and_the_run_goes_on(string opener, int line)
    {
        // Block markers are refused by the scan before parsing; brackets by Markdig's own depth error.
        var deep = opener is ">" or "- " ? string.Concat(Enumerable.Repeat(opener, 10_000)) + "x\n" : "Fine.\n\n" + string.Concat(Enumerable.Repeat(opener, 10_000)) + "x" + new string(']', 10_000) + "\n";
        _directory.Write("deep.md", deep);
        _directory.Write("ok.md", Hedged);

        var run = await CliRun.InAsync(_directory.Path, "deep.md", "ok.md");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith($"deep.md({line},1,{line},2): error DL0015: Markdown nested too deeply at line {line} (more than 100 levels of quotes, lists, emphasis or links); it was not linted\n" + HedgedFinding, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_thousand_emphasis_markers_are_linted_as_text()
    {
        _directory.Write("stars.md", new string('*', 10_000) + "x" + new string('*', 10_000) + "\n");

        var run = await CliRun.InAsync(_directory.Path, "stars.md");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.EndsWith("\n1 file linted: no findings.\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Double_dash_ends_the_options_so_a_file_named_like_an_option_is_linted()
    {
        _directory.Write("-x.md", Hedged);

        var run = await CliRun.InAsync(_directory.Path, "--", "-x.md");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("-x.md(1,7,1,15): warning DL1001", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_that_loop_or_leave_the_tree_are_walked_once_or_not_at_all()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _directory.Write(Path.Combine("docs", "ok.md"), Hedged);
        var outside = new TemporaryDirectory();
        using var cleanup = outside;
        outside.Write("secret.md", Hedged);
        Directory.CreateSymbolicLink(Path.Combine(_directory.Path, "docs", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_directory.Path, "docs", "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(_directory.Path, "docs", "out"), outside.Path);

        var folder = await CliRun.InAsync(_directory.Path, "docs");
        var glob = await CliRun.InAsync(_directory.Path, "docs/**/*.md");
        var asked = await CliRun.InAsync(_directory.Path, "docs/out");

        Assert.Equal((ExitCodes.Success, "docs/" + HedgedFinding), (folder.ExitCode, FindingLines(folder.Out)));
        Assert.Equal((ExitCodes.Success, "docs/" + HedgedFinding), (glob.ExitCode, FindingLines(glob.Out)));
        Assert.Equal("docs/out/secret.md" + HedgedFinding["ok.md".Length..], FindingLines(asked.Out));
    }

    [Fact]
    public async Task An_unreadable_folder_inside_a_walk_is_reported()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _directory.Write(Path.Combine("docs", "ok.md"), Hedged);
        var locked = Directory.CreateDirectory(Path.Combine(_directory.Path, "docs", "private")).FullName;
        File.SetUnixFileMode(locked, UnixFileMode.None);
        // Root lists any folder whatever its mode; /proc/1 holds folders that even root cannot list.
        var (argument, expected) = CanList(locked) ? ("/proc/1", "/proc/1/map_files: error DL0018") : ("docs", "docs/private: error DL0018");
        if (argument == "/proc/1" && CanList("/proc/1/map_files"))
        {
            return;
        }

        var run = await CliRun.InAsync(_directory.Path, argument);
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains(expected + ": Could not read the directory: permission denied; the documents in it were not linted\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_longer_than_the_system_allows_is_an_input_error_not_a_crash()
    {
        _directory.Write("ok.md", Hedged);
        var tooLong = string.Join('/', Enumerable.Repeat(new string('a', 255), 20)) + "/x.md";

        var run = await CliRun.InAsync(_directory.Path, tooLong, "ok.md", "-o", tooLong + ".txt");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith("error: could not write --output ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Baseline_counts_that_add_up_past_int_max_do_not_overflow()
    {
        _directory.Write("ok.md", Hedged);
        await CliRun.InAsync(_directory.Path, "baseline", "ok.md", "-o", "baseline.json");
        var baseline = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(_directory.Path, "baseline.json")))!;
        var entries = baseline["entries"]!.AsArray();
        entries[0]!["count"] = int.MaxValue;
        entries.Add(entries[0]!.DeepClone());
        File.WriteAllText(Path.Combine(_directory.Path, "baseline.json"), baseline.ToJsonString());

        var lint = await CliRun.InAsync(_directory.Path, "ok.md", "--baseline", "baseline.json");
        var prune = await CliRun.InAsync(_directory.Path, "baseline", "ok.md", "-o", "baseline.json", "--prune");

        Assert.Equal((ExitCodes.Success, string.Empty, string.Empty), (lint.ExitCode, FindingLines(lint.Out), lint.Error));
        Assert.Equal((ExitCodes.Success, string.Empty), (prune.ExitCode, prune.Error));
        Assert.EndsWith(" from baseline.json; 1 finding remains.", prune.Out.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_resort_handler_prints_one_line_and_exits_2()
    {
        using var error = new StringWriter();
        var console = new CliConsole(TextWriter.Null, error, () => Stream.Null);

        var code = await LastResortHandler.RunAsync(["a.md"], console, () => throw new InvalidOperationException("broken\nstate"));

        Assert.Equal(ExitCodes.UsageOrInputError, code);
        Assert.Equal("error: DocLint stopped: InvalidOperationException: broken state (run with -v for details)" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public async Task The_last_resort_handler_shows_the_stack_trace_with_verbose()
    {
        using var error = new StringWriter();
        var console = new CliConsole(TextWriter.Null, error, () => Stream.Null);

        var code = await LastResortHandler.RunAsync(["-v", "a.md"], console, () => throw new InvalidOperationException("broken"));

        Assert.Equal(ExitCodes.UsageOrInputError, code);
        Assert.StartsWith("error: DocLint stopped: InvalidOperationException: broken" + Environment.NewLine + "System.InvalidOperationException: broken", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(" at ", error.ToString(), StringComparison.Ordinal);
    }

    private static string Single(IReadOnlyList<Reporting.DocumentReport> reports) =>
        string.Join('\n', reports.SelectMany(r => r.Diagnostics).Select(d => $"{d.Location.Path}: {d.Id} {d.Message}"));

    private static string FindingLines(string output) =>
        string.Concat(output.Split('\n').Where(l => l.Contains("): ", StringComparison.Ordinal)).Select(l => l + "\n"));

    private static bool CanList(string path)
    {
        try
        {
            _ = Directory.EnumerateFileSystemEntries(path).Count();
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MakeFifo(string path, uint mode);

    /// <summary>Standard input that never ends, counting what was taken from it.</summary>
    private sealed class ProducingStream(byte value) : Stream
    {
        public long Produced { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Produced; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, value, offset, count);
            Produced += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
