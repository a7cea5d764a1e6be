using System.Collections.Immutable;
using System.Text.Json;
using DocLint.Analysis;
using DocLint.Cli.Output;
using DocLint.Diagnostics;
using DocLint.Pipeline;
using DocLint.Reporting;
using DocLint.Rules;
using DocLint.Text;

namespace DocLint.Cli.Tests.Formats;

public sealed class SarifFormatterTests
{
    [Fact]
    public async Task Run_describes_every_rule_and_the_tool()
    {
        using var sarif = await LintAsync(("docs/budget.md", Articles.Budget));
        var driver = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");

        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal("DocLint", driver.GetProperty("name").GetString());
        Assert.Equal(ToolVersion.Current, driver.GetProperty("version").GetString());
        Assert.Equal(SarifFormatter.InformationUri, driver.GetProperty("informationUri").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(BuiltInAnalyzers.AllDescriptors.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));

        var hedge = rules.Single(r => r.GetProperty("id").GetString() == "DL1001");
        var descriptor = BuiltInAnalyzers.AllDescriptors.Single(d => d.Id == "DL1001");
        Assert.Equal(descriptor.Title, hedge.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal(descriptor.Description, hedge.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal("https://github.com/doclint/doclint/blob/main/rules/DL1001.md", hedge.GetProperty("helpUri").GetString());
        Assert.Equal("warning", hedge.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("Hedging", hedge.GetProperty("properties").GetProperty("category").GetString());
        Assert.Equal(["prose", "hedging"], hedge.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.DoesNotContain(' ', hedge.GetProperty("name").GetString()!);
        Assert.Equal($"{descriptor.Description} See {descriptor.HelpLinkUri}", hedge.GetProperty("help").GetProperty("text").GetString());
        Assert.Equal(
            $"**DL1001: {descriptor.Title}**\n\n{descriptor.Description}\n\n[Rule page]({descriptor.HelpLinkUri})",
            hedge.GetProperty("help").GetProperty("markdown").GetString());
        Assert.All(rules, r => Assert.Contains(r.GetProperty("helpUri").GetString()!, r.GetProperty("help").GetProperty("markdown").GetString()!, StringComparison.Ordinal));
        Assert.Equal("utf16CodeUnits", sarif.RootElement.GetProperty("runs")[0].GetProperty("columnKind").GetString());
    }

    [Fact]
    public async Task Run_properties_carry_each_document_score()
    {
        // A sourced claim keeps the document rated while the claims rule is off in the scratch folder.
        using var sarif = await LintAsync(("docs/budget.md", Articles.Budget + "\nThe budget passed on Monday, according to the council clerk Maria Lopez.\n"));
        var document = sarif.RootElement.GetProperty("runs")[0].GetProperty("properties").GetProperty("documents")[0];

        Assert.Equal("docs/budget.md", document.GetProperty("path").GetString());
        var score = document.GetProperty("score").GetInt32();
        Assert.InRange(score, 0, 100);
        Assert.Equal(DocLint.Scoring.ScoreGrade.For(score), document.GetProperty("grade").GetString());
        Assert.True(document.GetProperty("rated").GetBoolean());
    }

    [Fact]
    public async Task Result_carries_rule_level_message_relative_location_region_and_snippet()
    {
        using var sarif = await LintAsync(("docs/budget.md", Articles.Budget));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(["DL1001", "DL2001", "DL3001"], results.Select(r => r.GetProperty("ruleId").GetString()));
        var hedge = results[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal("DL1001", rules[hedge.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("warning", hedge.GetProperty("level").GetString());
        Assert.Equal("'perhaps' hedges the claim; state what is known and who says so, or drop the hedge", hedge.GetProperty("message").GetProperty("text").GetString());
        var physical = hedge.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("docs/budget.md", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = physical.GetProperty("region");
        Assert.Equal((3, 18, 3, 25), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal("perhaps", region.GetProperty("snippet").GetProperty("text").GetString());
        Assert.True(run.GetProperty("originalUriBaseIds").TryGetProperty("%SRCROOT%", out _));
    }

    [Fact]
    public void Levels_map_error_warning_and_info_to_sarif_words()
    {
        Assert.Equal("error", SarifFormatter.Level(DiagnosticSeverity.Error));
        Assert.Equal("warning", SarifFormatter.Level(DiagnosticSeverity.Warning));
        Assert.Equal("note", SarifFormatter.Level(DiagnosticSeverity.Info));
    }

    [Fact]
    public async Task Fingerprints_do_not_change_when_lines_move()
    {
        using var before = await LintAsync(("a.md", Articles.Budget));
        using var after = await LintAsync(("a.md", "# Budget\n\nA new first paragraph.\n\nAnother one, longer than before.\n\n" + Articles.Budget[10..]));

        var first = Fingerprints(before);
        var second = Fingerprints(after);
        Assert.Equal(3, first.Count);
        Assert.Equal(first, second);
        Assert.NotEqual(StartLines(before), StartLines(after));
    }

    [Fact]
    public void Identical_findings_get_distinct_occurrence_indexes()
    {
        var twice = Finding("a.md", 0, "perhaps", "It will perhaps rain.");
        var again = Finding("a.md", 40, "perhaps", "It will perhaps rain.");
        var other = Finding("a.md", 80, "perhaps", "It will perhaps snow.");

        var fingerprints = FindingFingerprints.Compute([twice, again, other]);

        Assert.EndsWith(":0", fingerprints[0], StringComparison.Ordinal);
        Assert.Equal(fingerprints[0][..^2] + ":1", fingerprints[1]);
        Assert.EndsWith(":0", fingerprints[2], StringComparison.Ordinal);
        Assert.NotEqual(fingerprints[0][..^2], fingerprints[2][..^2]);
    }

    [Fact]
    public void Suppressed_findings_are_carried_with_kind_and_justification()
    {
        var inSource = Finding("a.md", 0, "perhaps", "It will perhaps rain.") with { Suppression = new Suppression(SuppressionKind.InSource, "quoted speech") };
        var external = Finding("a.md", 40, "critics say", "It works, critics say.") with { Suppression = new Suppression(SuppressionKind.External, "baseline") };
        var shown = Finding("a.md", 80, "probably", "It will probably rain.");
        var report = new DocumentReport("a.md", [inSource, external, shown], 12, WasLinted: true);

        using var sarif = JsonDocument.Parse(Write(new LintRun([report], [])));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(3, results.Count);
        Assert.Equal("inSource", results[0].GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.Equal("quoted speech", results[0].GetProperty("suppressions")[0].GetProperty("justification").GetString());
        Assert.Equal("external", results[1].GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.Equal("baseline", results[1].GetProperty("suppressions")[0].GetProperty("justification").GetString());
        Assert.False(results[2].TryGetProperty("suppressions", out _));
    }

    [Fact]
    public async Task Whole_file_problem_has_an_artifact_location_and_a_region_at_line_1()
    {
        using var directory = new TemporaryDirectory();
        var run = await CliRun.InAsync(directory.Path, "missing.md", "--format", "sarif");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        using var sarif = JsonDocument.Parse(Valid(run.Out));
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single();
        Assert.Equal("DL0010", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("missing.md", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        // GitHub code scanning and SARIF2017 want a region; the whole file starts at line 1.
        Assert.Equal("{\"startLine\":1}", physical.GetProperty("region").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal).ReplaceLineEndings(string.Empty));
    }

    [Fact]
    public void Backslashes_and_spaces_become_a_relative_uri_reference()
    {
        Assert.Equal(("news/my%20draft.md", true), ArtifactPaths.ToUri("news\\my draft.md"));
        Assert.Equal(("a.md", true), ArtifactPaths.ToUri("./a.md"));
        Assert.False(ArtifactPaths.ToUri(Path.GetFullPath("a.md")).IsRelative);
    }

    [Fact]
    public async Task Same_input_gives_the_same_bytes()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", Articles.Budget);
        directory.Write("b.md", Articles.Budget.Replace("perhaps", "probably", StringComparison.Ordinal));

        var first = await CliRun.InAsync(directory.Path, ".", "--format", "sarif");
        var second = await CliRun.InAsync(directory.Path, ".", "--format", "sarif");

        Assert.Equal(Valid(first.Out), second.Out);
        Assert.Contains("\"uri\": \"b.md\"", first.Out, StringComparison.Ordinal);
    }

    [SarifSchemaFact]
    public async Task Output_is_valid_against_the_official_schema()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("news/budget.md", Articles.Budget);
        directory.Write("notes.txt", "Experts say the bridge will probably open in May.\n");
        var run = await CliRun.InAsync(directory.Path, "news", "notes.txt", "missing.md", "--format", "sarif");
        var suppressed = new DocumentReport("a b.md", [Finding("a b.md", 0, "perhaps", "It will perhaps rain.") with { Suppression = new Suppression(SuppressionKind.InSource, "why") }], 5, true);

        foreach (var sarif in new[] { run.Out, Write(new LintRun([suppressed], [])) })
        {
            Assert.Empty(SchemaValidation.Errors(SchemaValidation.SarifSchema!, sarif));
        }

        Assert.Contains("\"ruleId\": \"DL0010\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"ruleId\": \"DL3001\"", run.Out, StringComparison.Ordinal);
    }

    [SarifSchemaFact]
    public void The_schema_check_rejects_invalid_sarif()
    {
        // Guards the guard: a level SARIF does not define must fail validation.
        var valid = Write(new LintRun([new DocumentReport("a.md", [Finding("a.md", 0, "perhaps", "It will perhaps rain.")], 5, true)], []));
        var invalid = valid.Replace("\"level\": \"warning\",\n          \"message\"", "\"level\": \"serious\",\n          \"message\"", StringComparison.Ordinal);

        Assert.NotEqual(valid, invalid);
        Assert.Empty(SchemaValidation.Errors(SchemaValidation.SarifSchema!, valid));
        Assert.NotEmpty(SchemaValidation.Errors(SchemaValidation.SarifSchema!, invalid));
    }

    internal static Diagnostic Finding(string path, int start, string text, string sentence)
    {
        var descriptor = BuiltInAnalyzers.AllDescriptors.Single(d => d.Id == "DL1001");
        var span = new TextSpan(start, text.Length);
        var line = start / 40;
        var location = new Location(path, span, new LinePositionSpan(new LinePosition(line, 0), new LinePosition(line, text.Length)));
        return new Diagnostic(descriptor, DiagnosticSeverity.Warning, location, $"'{text}' hedges the claim", text, sentence);
    }

    private static string Write(LintRun result)
    {
        using var writer = new StringWriter();
        new SarifFormatter(new LintEngine(BuiltInAnalyzers.Create())).Write(result, writer);
        return Valid(writer.ToString());
    }

    /// <summary>Every SARIF text a test produces passes through here: the official schema when it is present, and the multitool's SARIF and GitHub rules.</summary>
    private static string Valid(string sarif)
    {
        if (SchemaValidation.SarifSchema is { } schema)
        {
            Assert.Empty(SchemaValidation.Errors(schema, sarif));
        }

        Assert.Empty(SarifMultitool.Problems(sarif));
        return sarif;
    }

    private static async Task<JsonDocument> LintAsync(params (string Path, string Content)[] files)
    {
        using var directory = new TemporaryDirectory();
        foreach (var (path, content) in files)
        {
            directory.Write(path, content);
        }

        var run = await CliRun.InAsync(directory.Path, [.. files.Select(f => f.Path), "--format", "sarif"]);
        Assert.Equal(string.Empty, run.Error);
        return JsonDocument.Parse(Valid(run.Out));
    }

    private static List<string?> Fingerprints(JsonDocument sarif) =>
        [.. sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifFormatter.FingerprintKey).GetString())];

    private static List<int> StartLines(JsonDocument sarif) =>
        [.. sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32())];
}
