namespace DocLint.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("doclint-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task No_paths_is_a_usage_error_with_exit_code_2()
    {
        var run = await CliRunner.RunAsync(_directory, []);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("doclint --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_format_is_a_usage_error()
    {
        File.WriteAllText(Path.Combine(_directory, "a.md"), "Fine.\n");

        var run = await CliRunner.RunAsync(_directory, ["--format", "yaml", "a.md"]);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Misspelt_option_is_a_usage_error_not_a_path()
    {
        File.WriteAllText(Path.Combine(_directory, "a.md"), "Fine.\n");

        var run = await CliRunner.RunAsync(_directory, ["a.md", "--warnaseror"]);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal("error: Unrecognized option '--warnaseror'.\nRun 'doclint --help' for usage.\n", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Clean_document_exits_0_and_warnings_alone_do_not_fail()
    {
        File.WriteAllText(Path.Combine(_directory, "clean.md"), "Is the council meeting on Tuesday?\n");
        File.WriteAllText(Path.Combine(_directory, "hedge.md"), "The council will probably meet.\n");

        var clean = await CliRunner.RunAsync(_directory, ["clean.md"]);
        var hedged = await CliRunner.RunAsync(_directory, ["hedge.md"]);

        Assert.Equal((0, "\nclean.md: source reliability not rated — no claims to check in 6 words\n1 file linted: no findings.\n"), (clean.ExitCode, clean.Output));
        Assert.Equal(ExitCodes.Success, hedged.ExitCode);
        Assert.Contains("\nhedge.md(1,18,1,26): warning DL1001: 'probably' hedges the claim", hedged.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_line_counts_words_in_the_singular_and_with_thousands_separators()
    {
        // The word count is written out, not pluralised by Humanizer (per document, it was half a percent of a run).
        File.WriteAllText(Path.Combine(_directory, "one.md"), "Hello\n");
        File.WriteAllText(Path.Combine(_directory, "long.md"), string.Concat(Enumerable.Repeat("Is the council meeting on Tuesday?\n\n", 200)));

        var one = await CliRunner.RunAsync(_directory, ["one.md"]);
        var longer = await CliRunner.RunAsync(_directory, ["long.md"]);

        Assert.Equal("\none.md: source reliability not rated — no claims to check in 1 word\n1 file linted: no findings.\n", one.Output);
        Assert.Equal("\nlong.md: source reliability not rated — no claims to check in 1,200 words\n1 file linted: no findings.\n", longer.Output);
    }

    [Fact]
    public async Task Unreadable_file_is_reported_and_the_others_are_still_linted()
    {
        File.WriteAllText(Path.Combine(_directory, "ok.md"), "It is obviously true.\n");
        var locked = Path.Combine(_directory, "locked.md");
        File.WriteAllText(locked, "text\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(locked, UnixFileMode.None);
        }

        // Root reads any file whatever its mode; /proc/self/mem refuses a plain read even to root.
        var unreadable = CanRead(locked) ? "/proc/self/mem" : "locked.md";

        var run = await CliRunner.RunAsync(_directory, ["ok.md", unreadable]);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains($"{unreadable}: error DL0011: Could not read the file: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("ok.md(1,7,1,16): warning DL4001: 'obviously'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_file_receives_the_findings_and_inputs_are_never_written()
    {
        var input = Path.Combine(_directory, "draft.md");
        File.WriteAllText(input, "Critics say it failed.\n");
        var before = File.GetLastWriteTimeUtc(input);

        var run = await CliRunner.RunAsync(_directory, ["draft.md", "-o", "out.txt"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(
            "draft.md(1,1,1,12): warning DL3001: 'Critics say' does not name a source the reader can check; name the person, body or document\n",
            File.ReadAllText(Path.Combine(_directory, "out.txt")));
        Assert.Equal("Critics say it failed.\n", File.ReadAllText(input));
        Assert.Equal(before, File.GetLastWriteTimeUtc(input));
    }

    [Fact]
    public async Task Output_file_that_is_an_input_is_refused()
    {
        File.WriteAllText(Path.Combine(_directory, "draft.md"), "Text.\n");

        var run = await CliRunner.RunAsync(_directory, ["draft.md", "-o", "draft.md"]);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal("Text.\n", File.ReadAllText(Path.Combine(_directory, "draft.md")));
        Assert.Contains("never writes to the files it lints", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directories_are_searched_recursively_and_paths_print_as_given()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "docs", "sub"));
        Directory.CreateDirectory(Path.Combine(_directory, "docs", ".hidden"));
        File.WriteAllText(Path.Combine(_directory, "docs", "sub", "b.txt"), "Reportedly, it works.\n");
        File.WriteAllText(Path.Combine(_directory, "docs", "a.markdown"), "Perhaps.\n");
        File.WriteAllText(Path.Combine(_directory, "docs", "skip.rst"), "Perhaps.\n");
        File.WriteAllText(Path.Combine(_directory, "docs", ".hidden", "c.md"), "Perhaps.\n");

        var run = await CliRunner.RunAsync(_directory, ["docs/", "--include", "*.txt"]);

        Assert.Equal(
            ["docs/a.markdown(1,1,1,8): warning DL1001", "docs/sub/b.txt(1,1,1,11): warning DL3002"],
            run.Output.Split('\n').Where(l => l.StartsWith("docs/", StringComparison.Ordinal) && l.Contains("): ", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)] + ": " + l.Split(": ")[1]));
    }

    [Fact]
    public async Task Globs_expand_relative_to_the_working_directory()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "a", "b"));
        File.WriteAllText(Path.Combine(_directory, "a", "b", "x.md"), "Apparently so.\n");
        File.WriteAllText(Path.Combine(_directory, "a", "y.txt"), "Apparently so.\n");

        var run = await CliRunner.RunAsync(_directory, ["a/**/*.md"]);

        Assert.StartsWith("a/b/x.md(1,1,1,11): warning DL1001", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("y.txt", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Min_severity_hides_infos()
    {
        File.WriteAllText(Path.Combine(_directory, "m.md"), "The bridge could collapse.\n");

        var all = await CliRunner.RunAsync(_directory, ["m.md"]);
        var warnings = await CliRunner.RunAsync(_directory, ["m.md", "--min-severity", "warning"]);

        Assert.StartsWith("m.md(1,12,1,17): info DL1002: 'could'", all.Output, StringComparison.Ordinal);
        Assert.Equal("\nm.md: source reliability not rated — no claims to check in 4 words\n1 file linted: no findings.\n", warnings.Output);
    }

    [Fact]
    public async Task Rules_lists_every_rule()
    {
        var run = await CliRunner.RunAsync(_directory, ["rules"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.StartsWith("ID      Category", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("DL1001  Hedging ", StringComparison.Ordinal) && l.EndsWith("warning   Hedging word or phrase", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("DL2002  Figures ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("DL4001  Certainty ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Explain_prints_the_rule_page_and_rejects_unknown_ids()
    {
        var known = await CliRunner.RunAsync(_directory, ["explain", "dl1001"]);
        var unknown = await CliRunner.RunAsync(_directory, ["explain", "DL9999"]);

        Assert.Equal(ExitCodes.Success, known.ExitCode);
        Assert.StartsWith("# DL1001: Hedging word or phrase\n", known.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageOrInputError, unknown.ExitCode);
        Assert.Equal("error: 'DL9999' is not a DocLint rule ID. Run 'doclint rules' to list them.\n", unknown.Error);
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
