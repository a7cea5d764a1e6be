using System.Text.Json;
using DocLint.Cli.Changes;
using DocLint.Cli.Tests.Changes;

namespace DocLint.Cli.Tests.Formats;

/// <summary>SARIF as GitHub code scanning takes it: the multitool's SARIF and GitHub rules pass, and the run names its commit.</summary>
public sealed class SarifCodeScanningTests
{
    [Fact]
    public async Task The_examples_pass_the_multitool_with_github_rules()
    {
        var run = await CliRun.InAsync(RepositoryPaths.Root, "examples", "--format", "sarif");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(SarifMultitool.Problems(run.Out));
    }

    [Fact]
    public async Task A_whole_file_problem_passes_the_multitool_with_github_rules()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("big.md", "It will perhaps rain on Monday, and officials said it would.\n");
        var run = await CliRun.InAsync(directory.Path, "big.md", "missing.md", "--max-file-size", "8", "--format", "sarif");
        using var sarif = JsonDocument.Parse(run.Out);
        var ids = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["DL0014", "DL0010"], ids.Order(StringComparer.Ordinal).Reverse());
        Assert.Empty(SarifMultitool.Problems(run.Out));
    }

    [Fact]
    public void The_multitool_reports_a_rule_without_help()
    {
        // Guards the guard: GitHub requires every rule's help (GH2012), so removing it must be reported.
        var sarif = """
            {"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"DocLint",
            "informationUri":"https://github.com/doclint/doclint","rules":[{"id":"DL1001","name":"Hedge","shortDescription":{"text":"Hedge."},
            "fullDescription":{"text":"A hedge."},"helpUri":"https://github.com/doclint/doclint/blob/main/rules/DL1001.md"}]}},"results":[]}]}
            """;

        Assert.Contains(SarifMultitool.Problems(sarif), p => p.StartsWith("GH2012:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_in_git_names_the_remote_commit_and_branch()
    {
        using var repository = new GitRepository();
        repository.Write("a.md", "It will perhaps rain on Monday.\n");
        repository.Commit("first");
        repository.Git("checkout", "--quiet", "-b", "feature/docs");
        repository.Git("remote", "add", "origin", "https://ci-bot:s3cret@example.com/newsroom/copy.git");
        var head = repository.Git("rev-parse", "HEAD").Trim();

        var run = await CliRun.InAsync(repository.Path, "a.md", "--format", "sarif");
        using var sarif = JsonDocument.Parse(run.Out);
        var provenance = sarif.RootElement.GetProperty("runs")[0].GetProperty("versionControlProvenance").EnumerateArray().Single();

        Assert.Equal("https://example.com/newsroom/copy.git", provenance.GetProperty("repositoryUri").GetString());
        Assert.Equal(head, provenance.GetProperty("revisionId").GetString());
        Assert.Equal("feature/docs", provenance.GetProperty("branch").GetString());
        Assert.Equal("%SRCROOT%", provenance.GetProperty("mappedTo").GetProperty("uriBaseId").GetString());
        Assert.DoesNotContain("s3cret", run.Out, StringComparison.Ordinal);
        Assert.Empty(SarifMultitool.Problems(run.Out));
    }

    [Fact]
    public async Task A_run_in_a_subfolder_of_a_clone_without_remote_names_the_clone_but_maps_nothing()
    {
        using var repository = new GitRepository();
        repository.Write("docs/a.md", "It will perhaps rain on Monday.\n");
        repository.Commit("first");
        repository.Git("checkout", "--quiet", "--detach");

        var run = await CliRun.InAsync(Path.Combine(repository.Path, "docs"), "a.md", "--format", "sarif");
        using var sarif = JsonDocument.Parse(run.Out);
        var provenance = sarif.RootElement.GetProperty("runs")[0].GetProperty("versionControlProvenance")[0];

        Assert.Equal(new Uri(Output.FileIdentity.ResolveDirectory(repository.Path) + "/").AbsoluteUri, provenance.GetProperty("repositoryUri").GetString());
        Assert.False(provenance.TryGetProperty("branch", out _));
        Assert.False(provenance.TryGetProperty("mappedTo", out _));
        Assert.Equal(40, provenance.GetProperty("revisionId").GetString()!.Length);
    }

    [Fact]
    public async Task A_run_outside_git_has_no_provenance()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.md", "It will perhaps rain on Monday.\n");

        var run = await CliRun.InAsync(directory.Path, "a.md", "--format", "sarif");
        using var sarif = JsonDocument.Parse(run.Out);

        Assert.False(sarif.RootElement.GetProperty("runs")[0].TryGetProperty("versionControlProvenance", out _));
    }

    [Theory]
    [InlineData("git@github.com:newsroom/copy.git", "ssh://git@github.com/newsroom/copy.git")]
    [InlineData("https://x-access-token:ghs_abc@github.com/newsroom/copy", "https://github.com/newsroom/copy")]
    [InlineData("https://token@dev.azure.com/org/project/_git/copy", "https://dev.azure.com/org/project/_git/copy")]
    [InlineData("ssh://git@gitlab.com/newsroom/copy.git", "ssh://git@gitlab.com/newsroom/copy.git")]
    [InlineData("/srv/git/copy.git", "file:///srv/git/copy.git")]
    public void Remotes_become_absolute_uris_without_credentials(string remote, string expected)
    {
        Assert.Equal(expected, RemoteUri.Parse(remote)!.AbsoluteUri);
    }
}
