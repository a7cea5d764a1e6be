using System.Text.Json;
using System.Text.RegularExpressions;
using DocLint.Cli.Tests.Formats;

namespace DocLint.Cli.Tests.EndToEnd;

/// <summary>
/// Runs README.md's install block and every CI recipe in examples/ci as its CI would: each shell step in order, in
/// a team's repository with an articles folder, against a clean copy of this repository where the recipe clones
/// DocLint (no network: the copy stands in for the clone). Then checks each produced the report its CI reads.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(SharesThePackedTool.Name)]
public sealed class CiRecipeTests(ClonedAndPacked packed) : IDisposable
{
    private const string Clone = ".doclint/src";

    private static readonly string[] InstalledByARecipe = [".doclint/tools", ".doclint/nupkg"];

    private readonly string _work = Directory.CreateTempSubdirectory("doclint-recipes-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Every_recipe_installs_the_tool_from_a_clone_and_produces_its_report()
    {
        // One team repository, with the clone README.md's block built where every recipe puts DocLint, as a cached
        // runner would keep it.
        var workspace = packed.Workspace;
        await TeamRepositoryAsync(workspace);
        // A private package folder, so a DocLint package cached earlier (README's too) is never installed instead.
        var packages = Path.Combine(_work, "packages");

        var github = await RunAsync("github-actions.yml", workspace, packages, "BASE_REF=HEAD~1");
        var gitlab = await RunAsync("gitlab-ci.yml", workspace, packages);
        var azure = await RunAsync("azure-pipelines.yml", workspace, packages);

        Assert.True(packed.ReadmeInstall.ExitCode == 0, packed.ReadmeInstall.Output);
        Assert.Contains("examples/opinion.md(", packed.ReadmeInstall.Output, StringComparison.Ordinal);
        Assert.Contains("::warning file=articles/opinion.md,", github, StringComparison.Ordinal);
        Assert.Empty(SarifMultitool.Problems(Report(workspace, "doclint.sarif", github)));
        using var codeQuality = JsonDocument.Parse(Report(workspace, "gl-code-quality-report.json", gitlab));
        Assert.Contains(codeQuality.RootElement.EnumerateArray(), issue => issue.GetProperty("check_name").GetString() == "DL2001");
        Assert.Contains("articles/opinion.md: source reliability ", azure, StringComparison.Ordinal);
        Assert.Empty(SarifMultitool.Problems(Report(workspace, "staging/CodeAnalysisLogs/doclint.sarif", azure)));
    }

    [Fact]
    public void The_github_recipe_uploads_sarif_even_when_the_gate_fails()
    {
        var lines = File.ReadAllLines(Path.Combine(CiExampleFiles.Directory, "github-actions.yml")).Select(l => l.Trim()).ToList();
        var upload = lines.IndexOf("uses: github/codeql-action/upload-sarif@v3");

        Assert.Equal("if: always()", lines[upload - 1]);
        Assert.Contains($"path: {Clone}", lines);
    }

    [Fact]
    public async Task The_release_workflow_packs_the_tags_version_per_platform_and_pushes_those_before_the_package_naming_them()
    {
        var workflow = Path.Combine(RepositoryPaths.Root, ".github", "workflows", "release.yml");
        var lines = File.ReadAllLines(workflow).Select(l => l.Trim()).ToList();
        var commands = CiRecipe.Read(workflow).Steps.SelectMany(s => s.Split('\n')).ToList();
        var packs = commands.Where(c => c.StartsWith("dotnet pack src/DocLint.Cli ", StringComparison.Ordinal)).ToList();
        var pushes = commands.Where(c => c.StartsWith("dotnet nuget push ", StringComparison.Ordinal)).ToList();

        Assert.Contains("tags: ['v*']", lines);
        Assert.Contains("FEED_URL: ${{ secrets.NUGET_FEED_URL }}", lines);
        Assert.Contains("API_KEY: ${{ secrets.NUGET_API_KEY }}", lines);
        // The version comes from the tag: v1.4.0 packs 1.4.0.
        var version = await Shell.BashAsync("echo \"${GITHUB_REF_NAME#v}\"", _work, new Dictionary<string, string> { ["GITHUB_REF_NAME"] = "v1.4.0" });
        Assert.Equal("1.4.0\n", version.Output);
        Assert.All(packs, p => Assert.Contains("-p:Version=\"${GITHUB_REF_NAME#v}\"", p, StringComparison.Ordinal));
        // The package `dotnet tool install` reads first (no -r), the native linux-x64 one, the framework-dependent fallback.
        Assert.Equal(["", "-r any", "-r linux-x64"], packs.Select(p => Regex.Match(p, "-r [a-z0-9-]+").Value).Order(StringComparer.Ordinal));
        Assert.Equal(2, pushes.Count);
        Assert.All(pushes, p => Assert.Contains("--source \"$FEED_URL\" --api-key \"$API_KEY\"", p, StringComparison.Ordinal));
        // A package that names one the feed does not have yet fails every install: the platforms' packages go first.
        var platforms = packs.Where(p => p.Contains("-r ", StringComparison.Ordinal)).Select(OutputFolder).Distinct().Single();
        Assert.NotEqual(platforms, OutputFolder(packs.Single(p => !p.Contains("-r ", StringComparison.Ordinal))));
        Assert.StartsWith($"dotnet nuget push \"{platforms}/*.nupkg\" ", pushes[0], StringComparison.Ordinal);
    }

    private static string OutputFolder(string pack) => Regex.Match(pack, "-o ([^ ]+)").Groups[1].Value;

    private static async Task<string> RunAsync(string recipeFile, string workspace, string packages, params string[] variables)
    {
        var recipe = CiRecipe.Read(Path.Combine(CiExampleFiles.Directory, recipeFile));
        // A recipe whose steps could not be read would otherwise "pass" by running nothing.
        Assert.Contains(recipe.Steps, s => s.Split('\n').Any(l => l.StartsWith("doclint ", StringComparison.Ordinal)));
        // A fresh runner has no tool installed yet; the built clone stays, as a cache would keep it.
        foreach (var installed in InstalledByARecipe.Select(p => Path.Combine(workspace, p)).Where(Directory.Exists))
        {
            Directory.Delete(installed, recursive: true);
        }

        var githubPath = Path.Combine(workspace, ".github-path");
        File.WriteAllText(githubPath, string.Empty);
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var output = new System.Text.StringBuilder();
        foreach (var step in recipe.Steps)
        {
            var clone = step.Split('\n').Where(l => l.StartsWith("git clone ", StringComparison.Ordinal)).ToList();
            Assert.All(clone, l => Assert.EndsWith(" " + Clone, l, StringComparison.Ordinal));
            var script = string.Join('\n', step.Split('\n').Except(clone));
            var environment = new Dictionary<string, string>
            {
                ["PATH"] = path,
                ["NUGET_PACKAGES"] = packages,
                ["GITHUB_PATH"] = githubPath,
                ["BUILD_ARTIFACTSTAGINGDIRECTORY"] = Path.Combine(workspace, "staging"),
            };
            foreach (var variable in variables)
            {
                environment[variable[..variable.IndexOf('=', StringComparison.Ordinal)]] = variable[(variable.IndexOf('=', StringComparison.Ordinal) + 1)..];
            }

            var (exitCode, printed) = await Shell.BashAsync(AzureMacrosToVariables(script), workspace, environment);
            output.Append(printed);
            // A lint step may fail its gate (exit 1) and the recipe goes on, as `if: always()` and `when: always` do.
            var lints = script.Split('\n').Any(l => l.StartsWith("doclint ", StringComparison.Ordinal));
            Assert.True(exitCode == 0 || exitCode == 1 && lints, $"{recipeFile}: step failed (exit {exitCode}):\n{script}\n{printed}");
            // What a step adds to PATH for the next ones: GitHub's $GITHUB_PATH file, Azure's ##vso logging command.
            var added = File.ReadAllLines(githubPath)
                .Concat(printed.Split('\n').Where(l => l.StartsWith("##vso[task.prependpath]", StringComparison.Ordinal)).Select(l => l["##vso[task.prependpath]".Length..]));
            path = string.Join(':', added.Reverse().Append(path).Distinct());
        }

        return output.ToString();
    }

    // A report a recipe wrote, or a failure that shows what the recipe printed.
    private static string Report(string workspace, string path, string recipeOutput)
    {
        var file = Path.Combine(workspace, path);
        Assert.True(File.Exists(file), $"no {path}; the recipe printed:\n{recipeOutput}");
        return File.ReadAllText(file);
    }

    // Azure writes $(Build.ArtifactStagingDirectory) for the variable it also exports as BUILD_ARTIFACTSTAGINGDIRECTORY.
    private static string AzureMacrosToVariables(string script) =>
        Regex.Replace(script, @"\$\(([A-Za-z.]+)\)", m => "$" + m.Groups[1].Value.Replace('.', '_').ToUpperInvariant());

    // A team repository whose last commit added an opinion piece to a folder that had a news report: a pull request.
    private static async Task TeamRepositoryAsync(string workspace)
    {
        Directory.CreateDirectory(Path.Combine(workspace, "articles"));
        await GitAsync(workspace, "init --quiet --initial-branch=main");
        // The team's repository does not track the tool it clones.
        File.WriteAllText(Path.Combine(workspace, ".git", "info", "exclude"), "/.doclint/\n");
        File.Copy(Path.Combine(RepositoryPaths.Examples, "news-report.md"), Path.Combine(workspace, "articles", "news-report.md"));
        await GitAsync(workspace, "add --all", "-c user.name=t -c user.email=t@doclint.invalid -c commit.gpgsign=false commit --quiet -m base");
        File.Copy(Path.Combine(RepositoryPaths.Examples, "opinion.md"), Path.Combine(workspace, "articles", "opinion.md"));
        await GitAsync(workspace, "add --all", "-c user.name=t -c user.email=t@doclint.invalid -c commit.gpgsign=false commit --quiet -m opinion");
    }

    private static async Task GitAsync(string workspace, params string[] commands)
    {
        foreach (var command in commands)
        {
            var git = await Shell.RunAsync("git", command.Split(' '), workspace);
            Assert.True(git.ExitCode == 0, git.Output);
        }
    }
}
