namespace DocLint.Cli.Tests;

/// <summary>The default format is written file by file as the run goes; its bytes equal the whole-run formatter's.</summary>
public sealed class StreamingOutputTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("doclint-stream-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Findings_stream_in_path_order_with_a_missing_input_in_its_place_whatever_the_argument_order()
    {
        File.WriteAllText(Path.Combine(_directory, "c.md"), "It is obviously true.\n");
        File.WriteAllText(Path.Combine(_directory, "a.md"), "It is clearly wrong.\n");

        var streamed = await CliRunner.RunAsync(_directory, ["c.md", "b.md", "a.md"]);
        var written = await CliRunner.RunAsync(_directory, ["c.md", "b.md", "a.md", "-o", "out.txt"]);
        var file = File.ReadAllText(Path.Combine(_directory, "out.txt"));

        Assert.Equal(ExitCodes.UsageOrInputError, streamed.ExitCode);
        var lines = streamed.Output.Split('\n');
        Assert.StartsWith("a.md(1,7,1,14): warning DL4001: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("b.md: error DL0010: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("c.md(1,7,1,16): warning DL4001: ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith(file, streamed.Output, StringComparison.Ordinal);
        Assert.Equal(written.Output, streamed.Output[file.Length..]);
    }

    [Fact]
    public async Task A_streamed_run_counts_and_fails_as_a_written_one_when_findings_repeat_and_one_is_suppressed()
    {
        // What a streamed run keeps of a written document is one shared entry per rule, severity and suppression.
        File.WriteAllText(Path.Combine(_directory, "a.md"), "It is clearly wrong. It is obviously true. It is clearly false.\n\n<!-- doclint-disable-next-line DL4001 -->\nIt is clearly odd.\n");
        File.WriteAllText(Path.Combine(_directory, "b.md"), "It is clearly wrong.\n");

        var streamed = await CliRunner.RunAsync(_directory, ["a.md", "b.md", "--warnaserror"]);
        var written = await CliRunner.RunAsync(_directory, ["a.md", "b.md", "--warnaserror", "-o", "out.txt"]);
        var file = File.ReadAllText(Path.Combine(_directory, "out.txt"));

        Assert.Equal(ExitCodes.LintFailed, streamed.ExitCode);
        Assert.Equal(ExitCodes.LintFailed, written.ExitCode);
        Assert.Equal(file + written.Output, streamed.Output);
        Assert.EndsWith("2 files linted: 4 errors (certainty 4).", streamed.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public async Task Json_and_sarif_stream_the_same_bytes_to_stdout_and_to_a_file(string format)
    {
        File.WriteAllText(Path.Combine(_directory, "c.md"), "It is obviously true.\n");
        File.WriteAllText(Path.Combine(_directory, "a.md"), "It is clearly wrong.\n");

        var streamed = await CliRunner.RunAsync(_directory, ["c.md", "b.md", "a.md", "--format", format]);
        var written = await CliRunner.RunAsync(_directory, ["c.md", "b.md", "a.md", "--format", format, "-o", "out.json"]);

        Assert.Equal(ExitCodes.UsageOrInputError, streamed.ExitCode);
        Assert.Equal(ExitCodes.UsageOrInputError, written.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(_directory, "out.json")), streamed.Output);
        Assert.Equal(["a.md", "c.md", "out.json"], Directory.EnumerateFileSystemEntries(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Json_lists_a_missing_input_in_its_place_and_sums_the_files_in_its_summary()
    {
        File.WriteAllText(Path.Combine(_directory, "c.md"), "It is obviously true.\n");
        File.WriteAllText(Path.Combine(_directory, "a.md"), "It is clearly wrong.\n");

        var run = await CliRunner.RunAsync(_directory, ["c.md", "b.md", "a.md", "--format", "json"]);

        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["a.md", "b.md", "c.md"], files.Select(f => f.GetProperty("path").GetString()));
        Assert.Equal([true, false, true], files.Select(f => f.GetProperty("linted").GetBoolean()));
        Assert.Equal(["DL4001", "DL0010", "DL4001"], files.Select(f => f.GetProperty("diagnostics").EnumerateArray().Single().GetProperty("id").GetString()));
        Assert.Equal("{\"files\":2,\"errors\":1,\"warnings\":2,\"infos\":0,\"belowMinScore\":0}", System.Text.Json.JsonSerializer.Serialize(json.RootElement.GetProperty("summary")));
        Assert.EndsWith("}\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standard_input_named_as_one_of_the_files_shares_that_file_entry_as_in_the_whole_run_output()
    {
        File.WriteAllText(Path.Combine(_directory, "a.md"), "It is clearly wrong.\n");

        var run = await CliRunner.RunAsync(_directory, ["a.md", "-", "--stdin-filename", "a.md", "--format", "json"], stdin: "It is obviously true.\n");

        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("a.md", file.GetProperty("path").GetString());
        Assert.Equal(
            ["clearly", "obviously"],
            file.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("id").GetString() == "DL4001").Select(d => d.GetProperty("text").GetString()));
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
    }

    [Fact]
    public async Task A_terminal_sees_a_progress_line_on_stderr_that_is_erased_before_the_summary()
    {
        File.WriteAllText(Path.Combine(_directory, "a.md"), "It is obviously true.\n");
        File.WriteAllText(Path.Combine(_directory, "b.md"), "It is clearly wrong.\n");

        var run = await CliRunner.RunAsync(_directory, ["a.md", "b.md", "--format", "json"], stdin: null, errorIsTerminal: true, _ => null);

        // A drawn line is erased before findings go to a shared terminal and redrawn after, so an erase may follow an
        // erase (a loaded machine draws "1/2" past the 100 ms interval); the line must still end erased.
        Assert.Matches(@"^(\r\u001b\[K([0-9]/2 files, [0-9]+ findings)?)*\r\u001b\[K$", run.Error);
        Assert.Contains("\r\u001b[K2/2 files, ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, "true")]
    [InlineData(true, "1")]
    public async Task No_progress_line_when_stderr_is_redirected_or_under_CI(bool errorIsTerminal, string? ci)
    {
        File.WriteAllText(Path.Combine(_directory, "a.md"), "It is obviously true.\n");
        File.WriteAllText(Path.Combine(_directory, "b.md"), "It is clearly wrong.\n");

        var run = await CliRunner.RunAsync(_directory, ["a.md", "b.md"], stdin: null, errorIsTerminal, name => name == "CI" ? ci : null);

        Assert.Equal(string.Empty, run.Error);
        Assert.StartsWith("a.md(1,7,1,16): warning DL4001: ", run.Output, StringComparison.Ordinal);
    }
}
