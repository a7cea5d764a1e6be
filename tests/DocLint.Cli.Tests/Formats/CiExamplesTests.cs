using System.CommandLine;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DocLint.Cli.Tests.Formats;

public sealed class CiExamplesTests
{
    /// <summary>
    /// Options the examples use that another branch adds (--min-score, from the scoring work). Until it is merged
    /// the check removes them and their value; once the grammar has them they are checked like any other option.
    /// </summary>
    public static TheoryData<string> YamlFiles => new() { "github-actions.yml", "gitlab-ci.yml", "azure-pipelines.yml" };

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void Every_doclint_command_parses_with_the_real_command_line(string fileName)
    {
        var commands = CiExampleFiles.DoclintCommands(fileName);

        Assert.NotEmpty(commands);
        using var host = TestHost.Create();
        var root = CommandLine.Build(host.Services);
        foreach (var command in commands)
        {
            var problems = Problems(root, command);
            Assert.True(problems.Count == 0, $"{fileName}: doclint {string.Join(' ', command)}: {string.Join("; ", problems)}");
        }
    }

    [Theory]
    [InlineData("articles --bogus")]
    [InlineData("articles --format sarif --output")]
    [InlineData("articles --format word")]
    public void The_command_check_rejects_options_that_do_not_exist(string command)
    {
        using var host = TestHost.Create();

        Assert.NotEmpty(Problems(CommandLine.Build(host.Services), command.Split(' ')));
    }

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void Yaml_is_indented_with_spaces_in_steps_of_two(string fileName)
    {
        foreach (var line in CiExampleFiles.Lines(fileName).Where(l => l.Trim().Length > 0))
        {
            Assert.DoesNotContain('\t', line);
            var indent = line.Length - line.TrimStart(' ').Length;
            Assert.True(indent % 2 == 0, $"{fileName}: odd indentation: '{line}'");
        }
    }

    [Fact]
    public void GitHub_workflow_installs_the_tool_gates_on_the_score_and_uploads_the_sarif_it_wrote()
    {
        var lines = CiExampleFiles.Lines("github-actions.yml").Select(l => l.Trim()).ToList();
        var sarif = CiExampleFiles.DoclintCommands("github-actions.yml").Single(c => CiExampleFiles.ValueOf(c, "--format") == "sarif");

        Assert.Contains("dotnet tool install DocLint --tool-path .doclint/tools --add-source .doclint/nupkg", lines);
        Assert.Equal("70", CiExampleFiles.ValueOf(sarif, "--min-score"));
        Assert.Contains("uses: github/codeql-action/upload-sarif@v3", lines);
        Assert.Contains($"sarif_file: {CiExampleFiles.ValueOf(sarif, "--output")}", lines);
        Assert.Contains("security-events: write", lines);
        Assert.Contains(CiExampleFiles.DoclintCommands("github-actions.yml"), c => CiExampleFiles.ValueOf(c, "--format") == "github");
        Assert.Contains("on:", lines);
        Assert.Contains("jobs:", lines);
    }

    [Fact]
    public void GitLab_job_publishes_the_report_it_wrote_as_code_quality()
    {
        var lines = CiExampleFiles.Lines("gitlab-ci.yml").Select(l => l.Trim()).ToList();
        var command = CiExampleFiles.DoclintCommands("gitlab-ci.yml").Single();

        Assert.Equal("gitlab", CiExampleFiles.ValueOf(command, "--format"));
        Assert.Contains($"codequality: {CiExampleFiles.ValueOf(command, "--output")}", lines);
        Assert.Contains("- dotnet tool install DocLint --tool-path .doclint/tools --add-source .doclint/nupkg", lines);
        Assert.Contains("when: always", lines);
    }

    [Fact]
    public void Azure_pipeline_publishes_the_sarif_folder_it_wrote()
    {
        var lines = CiExampleFiles.Lines("azure-pipelines.yml").Select(l => l.Trim()).ToList();
        var command = CiExampleFiles.DoclintCommands("azure-pipelines.yml").Single();
        var output = CiExampleFiles.ValueOf(command, "--output")!;

        Assert.Equal("sarif", CiExampleFiles.ValueOf(command, "--format"));
        Assert.Contains("- task: PublishBuildArtifacts@1", lines);
        Assert.Contains($"PathtoPublish: {output[..output.LastIndexOf('/')]}", lines);
        Assert.Contains("ArtifactName: CodeAnalysisLogs", lines);
    }

    [Fact]
    public void VS_Code_task_arguments_parse_with_the_real_command_line()
    {
        using var tasks = ReadTasks();
        var task = tasks.RootElement.GetProperty("tasks")[0];
        var args = task.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToArray();

        Assert.Equal("doclint", task.GetProperty("command").GetString());
        using var host = TestHost.Create();
        Assert.Empty(Problems(CommandLine.Build(host.Services), args));
    }

    [Fact]
    public async Task Problem_matcher_reads_every_field_of_real_doclint_output()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("news/budget.md", Articles.Budget);
        var run = await CliRun.InAsync(directory.Path, "news/budget.md", "gone.md");
        var lines = run.Out.Split('\n');
        using var tasks = ReadTasks();
        var matchers = tasks.RootElement.GetProperty("tasks")[0].GetProperty("problemMatcher");

        var ranged = Match(matchers[0].GetProperty("pattern"), lines.Single(l => l.Contains("DL1001", StringComparison.Ordinal)));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["file"] = "news/budget.md",
                ["line"] = "3",
                ["column"] = "18",
                ["endLine"] = "3",
                ["endColumn"] = "25",
                ["severity"] = "warning",
                ["code"] = "DL1001",
                ["message"] = "'perhaps' hedges the claim; state what is known and who says so, or drop the hedge",
            },
            ranged);

        var wholeFile = Match(matchers[1].GetProperty("pattern"), lines.Single(l => l.Contains("DL0010", StringComparison.Ordinal)));
        Assert.Equal("gone.md", wholeFile["file"]);
        Assert.Equal("error", wholeFile["severity"]);
        Assert.Equal("DL0010", wholeFile["code"]);
        Assert.Equal("file", matchers[1].GetProperty("pattern").GetProperty("kind").GetString());

        // Each finding is claimed by exactly one of the two patterns, and the summary by neither.
        foreach (var line in lines)
        {
            var hits = matchers.EnumerateArray().Count(m => Regex.IsMatch(line, m.GetProperty("pattern").GetProperty("regexp").GetString()!));
            Assert.Equal(line.Contains(": warning DL", StringComparison.Ordinal) || line.Contains(": error DL", StringComparison.Ordinal) ? 1 : 0, hits);
        }
    }

    private static Dictionary<string, string> Match(JsonElement pattern, string line)
    {
        var match = Regex.Match(line, pattern.GetProperty("regexp").GetString()!);
        Assert.True(match.Success, $"no match: {line}");
        return pattern.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Number)
            .ToDictionary(p => p.Name, p => match.Groups[p.Value.GetInt32()].Value, StringComparer.Ordinal);
    }

    private static JsonDocument ReadTasks() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(CiExampleFiles.Directory, "vscode-tasks.json")));

    /// <summary>
    /// Parse errors, plus option-like tokens that landed in the paths argument: that argument takes anything,
    /// so System.CommandLine would accept a misspelt option as a path.
    /// </summary>
    private static List<string> Problems(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        var optionLikePaths = (parse.GetValue<string[]>("paths") ?? []).Where(p => p.Length > 1 && p.StartsWith('-')).Select(p => $"unknown option {p}");
        return [.. parse.Errors.Select(e => e.Message).Concat(optionLikePaths)];
    }
}
