namespace DocLint.Cli.Tests.Policy;

public sealed class PolicyCommandTests : IDisposable
{
    private const string Hedge = "The council will probably meet.\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("doclint-policy-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public async Task Per_folder_editorconfig_sets_severities_and_a_bad_value_is_one_DL0002_with_file_and_line()
    {
        Write(".editorconfig", "root = true\n\n[*.md]\ndotnet_diagnostic.DL1001.severity = suggestion\ndotnet_diagnostic.DL4001.severity = laud\n[*]\ndotnet_diagnostic.DL5001.severity = none\n");
        Write("desk/.editorconfig", "[*.md]\ndotnet_diagnostic.DL1001.severity = error\n");
        Write("a.md", Hedge);
        Write("b.md", Hedge);
        Write("desk/c.md", Hedge);

        var run = await CliRunner.RunAsync(_directory, ["a.md", "b.md", "desk/c.md"]);

        Assert.Equal(
            ".editorconfig(5,1,6,1): warning DL0002: 'laud' is not a valid severity for 'dotnet_diagnostic.dl4001.severity'; expected error, warning, suggestion, silent, none or default\n"
            + "a.md(1,18,1,26): info DL1001: 'probably' hedges the claim; state what is known and who says so, or drop the hedge\n"
            + "b.md(1,18,1,26): info DL1001: 'probably' hedges the claim; state what is known and who says so, or drop the hedge\n"
            + "desk/c.md(1,18,1,26): error DL1001: 'probably' hedges the claim; state what is known and who says so, or drop the hedge\n"
            + "\n3 files linted: 1 error, 1 warning, 2 infos (hedging 3).\n",
            run.OutputWithoutScores);
        // A configuration problem is exit code 2, as --help and the design say (it used to exit 0 or 1).
        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
    }

    [Fact]
    public async Task Standard_input_is_configured_by_the_working_directory_and_stdin_filename()
    {
        Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.DL1001.severity = error\n[*.txt]\ndotnet_diagnostic.DL1001.severity = none\n[*]\ndotnet_diagnostic.DL5001.severity = none\n");

        var markdown = await CliRunner.RunAsync(_directory, ["-", "--stdin-filename", "draft.md"], Hedge);
        var text = await CliRunner.RunAsync(_directory, ["-", "--stdin-filename", "draft.txt"], Hedge);

        Assert.StartsWith("draft.md(1,18,1,26): error DL1001:", markdown.OutputWithoutScores, StringComparison.Ordinal);
        Assert.Equal("\n1 file linted: no findings.\n", text.OutputWithoutScores);
    }

    [Fact]
    public async Task Warnaserror_with_ids_promotes_only_those_and_nowarn_switches_a_rule_off()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DL5001.severity = none\n");
        Write("a.md", "The council will probably meet. Critics say it is late.\n");

        var promoted = await CliRunner.RunAsync(_directory, ["a.md", "--warnaserror:DL3001,DL2001"]);
        var silenced = await CliRunner.RunAsync(_directory, ["--nowarn", "DL1001,DL3001", "a.md"]);

        Assert.Equal(
            "a.md(1,18,1,26): warning DL1001: 'probably' hedges the claim; state what is known and who says so, or drop the hedge\n"
            + "a.md(1,33,1,44): error DL3001: 'Critics say' does not name a source the reader can check; name the person, body or document\n",
            string.Concat(promoted.OutputWithoutScores.Split('\n').Take(2).Select(l => l + "\n")));
        Assert.Equal(ExitCodes.LintFailed, promoted.ExitCode);
        Assert.Equal(("\n1 file linted: no findings.\n", ExitCodes.Success), (silenced.OutputWithoutScores, silenced.ExitCode));
    }

    [Fact]
    public async Task Inline_suppressions_hide_findings_unless_switched_off_and_unused_ones_are_DL0004()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DL5001.severity = none\n");
        Write("a.md", "The council will probably meet. <!-- doclint-disable-line DL1001 -- the chair's words -->\n\nIt met. <!-- doclint-disable-line -->\n");

        var honoured = await CliRunner.RunAsync(_directory, ["a.md"]);
        var ignored = await CliRunner.RunAsync(_directory, ["a.md", "--no-inline-suppressions"]);

        Assert.Equal(
            "a.md(3,9,3,38): warning DL0004: This suppression of all rules does not suppress anything; remove it\n\n1 file linted: 1 warning.\n",
            honoured.OutputWithoutScores);
        Assert.StartsWith("a.md(1,18,1,26): warning DL1001:", ignored.OutputWithoutScores, StringComparison.Ordinal);
        Assert.Contains("1 file linted: 1 warning (hedging 1).", ignored.OutputWithoutScores, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Baseline_round_trip_survives_edits_above_and_below_and_reports_only_new_findings()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DL5001.severity = none\n");
        Write("docs/a.md", "The council will probably meet.\n\nCritics say it is late.\n");

        var record = await CliRunner.RunAsync(_directory, ["baseline", "docs", "-o", "doclint.baseline.json"]);
        Write("docs/a.md", "# Agenda\n\nA new opening line.\n\nThe council will probably meet.\n\nCritics say it is late.\n\nIt will obviously pass.\n");
        var lint = await CliRunner.RunAsync(_directory, ["docs", "--baseline", "doclint.baseline.json"]);

        Assert.Equal(("Wrote 2 findings from 1 file to doclint.baseline.json.\n", ExitCodes.Success), (record.OutputWithoutScores, record.ExitCode));
        Assert.Contains("\"path\": \"docs/a.md\"", File.ReadAllText(Path.Combine(_directory, "doclint.baseline.json")), StringComparison.Ordinal);
        Assert.Equal(
            "docs/a.md(9,9,9,18): warning DL4001: 'obviously' asserts certainty without support; show the evidence instead\n"
            + "\n1 file linted: 1 warning (certainty 1).\n",
            lint.OutputWithoutScores);
    }

    [Fact]
    public async Task Baseline_entries_that_no_longer_match_are_reported_and_pruned()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DL5001.severity = none\n");
        Write("a.md", "The council will probably meet.\n\nCritics say it is late.\n");
        await CliRunner.RunAsync(_directory, ["baseline", "a.md"]);
        Write("a.md", "The council will probably meet.\n");

        var stale = await CliRunner.RunAsync(_directory, ["a.md", "--baseline", "doclint.baseline.json"]);
        var prune = await CliRunner.RunAsync(_directory, ["baseline", "a.md", "--prune"]);
        var after = await CliRunner.RunAsync(_directory, ["a.md", "--baseline", "doclint.baseline.json"]);

        Assert.Equal(
            "\n1 file linted: no findings.\n1 baseline entry no longer matches; run 'doclint baseline --prune a.md' to remove them.\n",
            stale.OutputWithoutScores);
        Assert.Equal("Pruned 1 stale finding from doclint.baseline.json; 1 finding remains.\n", prune.OutputWithoutScores);
        Assert.Equal("\n1 file linted: no findings.\n", after.OutputWithoutScores);
    }

    [Fact]
    public async Task An_unreadable_baseline_is_a_usage_error()
    {
        Write("a.md", Hedge);
        Write("broken.json", "{ nope");

        var missing = await CliRunner.RunAsync(_directory, ["a.md", "--baseline", "none.json"]);
        var broken = await CliRunner.RunAsync(_directory, ["a.md", "--baseline", "broken.json"]);

        Assert.Equal(ExitCodes.UsageOrInputError, missing.ExitCode);
        Assert.StartsWith("error: --baseline none.json could not be used: ", missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageOrInputError, broken.ExitCode);
        Assert.StartsWith("error: --baseline broken.json could not be used: not valid JSON", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_prints_every_rule_and_write_appends_once_without_touching_existing_content()
    {
        Write(".editorconfig", "root = true\n\n[*.cs]\nindent_size = 4\n");

        var printed = await CliRunner.RunAsync(_directory, ["init"]);
        var first = await CliRunner.RunAsync(_directory, ["init", "--write"]);
        var second = await CliRunner.RunAsync(_directory, ["init", "--write"]);
        var config = File.ReadAllText(Path.Combine(_directory, ".editorconfig"));

        foreach (var id in new[] { "DL1001", "DL1002", "DL2001", "DL2002", "DL3001", "DL3002", "DL4001" })
        {
            Assert.Contains($"\ndotnet_diagnostic.{id}.severity = ", printed.OutputWithoutScores, StringComparison.Ordinal);
        }

        Assert.Contains("\ndotnet_diagnostic.DL1002.severity = suggestion\n", printed.OutputWithoutScores, StringComparison.Ordinal);
        Assert.Contains("\n# doclint_min_score = 70\n", printed.OutputWithoutScores, StringComparison.Ordinal);
        Assert.Contains("\n# doclint_genre = news\n", printed.OutputWithoutScores, StringComparison.Ordinal);
        Assert.Contains("\n# doclint_analyzer_diagnostic.category-Hedging.severity = warning\n", printed.OutputWithoutScores, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(ExitCodes.UsageOrInputError, second.ExitCode);
        Assert.Equal("root = true\n\n[*.cs]\nindent_size = 4\n\n" + printed.OutputWithoutScores, config);

        // The section it writes is valid policy: no DL0002 for any of its lines.
        Write("a.md", Hedge);
        var lint = await CliRunner.RunAsync(_directory, ["a.md"]);
        Assert.DoesNotContain("DL0002", lint.OutputWithoutScores, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_prints_each_rules_severity_and_where_it_came_from()
    {
        Write(".editorconfig", "root = true\n[*.md]\ndoclint_analyzer_diagnostic.category-Figures.severity = error\ndotnet_diagnostic.DL2002.severity = none\ndoclint_min_score = 60\n");

        var run = await CliRunner.RunAsync(_directory, ["config", "drafts/new.md", "--nowarn", "DL4001"]);

        Assert.Equal(
            "Effective DocLint settings for drafts/new.md:\n"
            + "DL1001  warning     default\n"
            + "DL1002  suggestion  default\n"
            + "DL2001  error       .editorconfig:3\n"
            + "DL2002  none        .editorconfig:4\n"
            + "DL3001  warning     default\n"
            + "DL3002  warning     default\n"
            + "DL4001  none        command line\n"
            + "DL5001  suggestion  default\n"
            + "doclint_min_score  60  .editorconfig:5\n"
            + "inline suppressions  on\n",
            run.OutputWithoutScores);
    }

    [Fact]
    public async Task Doclint_genre_per_folder_adds_that_genres_cues_and_config_shows_it()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DL5001.severity = none\n[wiki/*.md]\ndoclint_genre = reference\n[papers/*.md]\ndoclint_genre = essay\n");
        const string Weasel = "Some historians dispute the date.\n";
        Write("news/a.md", Weasel);
        Write("wiki/a.md", Weasel);

        var run = await CliRunner.RunAsync(_directory, ["news/a.md", "wiki/a.md"]);
        var config = await CliRunner.RunAsync(_directory, ["config", "wiki/a.md"]);
        var bad = await CliRunner.RunAsync(_directory, ["config", "papers/a.md"]);

        // Every genre reads "Some historians dispute" as an unnamed group's claim (DL3001, since sources51); only the
        // reference genre adds its cue, the hedging "Some" (DL1001).
        Assert.Equal(
            "news/a.md(1,1,1,24): warning DL3001: 'Some historians dispute' does not name a source the reader can check; name the person, body or document\n"
            + "wiki/a.md(1,1,1,5): warning DL1001: 'Some' hedges the claim; state what is known and who says so, or drop the hedge\n"
            + "wiki/a.md(1,1,1,24): warning DL3001: 'Some historians dispute' does not name a source the reader can check; name the person, body or document\n"
            + "\n2 files linted: 3 warnings (hedging 1, sources 2).\n",
            run.OutputWithoutScores);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("\ndoclint_genre = reference\n", config.OutputWithoutScores, StringComparison.Ordinal);
        Assert.Contains(".editorconfig(7,1,8,1): warning DL0002: 'essay' is not a valid value for 'doclint_genre'; expected news, research or reference\n", bad.OutputWithoutScores, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Baselined_findings_do_not_count_against_the_score()
    {
        File.WriteAllText(Path.Combine(_directory, "a.md"), "Turnout was 70 percent, officials said. It was obviously a record.\n");
        await CliRunner.RunAsync(_directory, ["baseline", "a.md", "-o", "doclint.baseline.json"]);

        var plain = await CliRunner.RunAsync(_directory, ["a.md"]);
        var baselined = await CliRunner.RunAsync(_directory, ["a.md", "--baseline", "doclint.baseline.json"]);
        var switchedOff = await CliRunner.RunAsync(_directory, ["a.md", "--nowarn", "DL2001,DL2002,DL3001,DL4001,DL5001"]);

        // A baselined finding counts as little as a rule switched off: it neither lowers the score nor turns its
        // claim into a sourced one (it used to read 73/100, "1 of 1 claim sourced"); the claims are left unjudged.
        Assert.Equal(ScoreLine(switchedOff.Output), ScoreLine(baselined.Output));
        Assert.StartsWith("a.md: source reliability 30/100 (F)", ScoreLine(plain.Output), StringComparison.Ordinal);
        Assert.Equal(
            "a.md: source reliability not rated — every claim was left unjudged because its findings were suppressed or switched off (5 findings suppressed, 2 claims left unjudged) in 11 words",
            ScoreLine(baselined.Output));
    }

    private static string ScoreLine(string output) =>
        output.Split('\n').Single(line => line.Contains(": source reliability ", StringComparison.Ordinal));
}
