using System.Diagnostics;
using System.Text.Json;
using DocLint.Cli.Tests.Formats;

namespace DocLint.Cli.Tests.EndToEnd;

/// <summary>
/// Runs every CI recipe in examples/ci as its CI would: each shell step in order, in a team's repository with an
/// articles folder, against a clean copy of this repository where the recipe clones DocLint (no network: the
/// copy stands in for the clone). Then checks each produced the report its CI reads.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class CiRecipeTests : IDisposable
{
    private const string Clone = ".doclint/src";

    private static readonly string[] InstalledByARecipe = [".doclint/tools", ".doclint/nupkg"];

    private readonly string _work = Directory.CreateTempSubdirectory("doclint-recipes-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Every_recipe_installs_the_tool_from_a_clone_and_produces_its_report()
    {
        // One team repository, its clone of DocLint where every recipe puts it; built once, as a cached runner would.
        var workspace = Path.Combine(_work, "team");
        TeamRepository(workspace);
        var source = CleanCopyOfRepository(Path.Combine(workspace, Clone));
        // A private package folder, so a DocLint package cached by an earlier run can never be installed instead.
        var packages = Path.Combine(_work, "packages");

        var readme = await BashAsync(string.Join('\n', ReadmeInstallCommands()), source, new() { ["NUGET_PACKAGES"] = packages });
        var github = await RunAsync("github-actions.yml", workspace, packages, "BASE_REF=HEAD~1");
        var gitlab = await RunAsync("gitlab-ci.yml", workspace, packages);
        var azure = await RunAsync("azure-pipelines.yml", workspace, packages);

        Assert.True(readme.ExitCode == 0, readme.Output);
        Assert.Contains("examples/opinion.md(", readme.Output, StringComparison.Ordinal);
        Assert.Contains("::warning file=articles/opinion.md,", github, StringComparison.Ordinal);
        Assert.Empty(SarifMultitool.Problems(File.ReadAllText(Path.Combine(workspace, "doclint.sarif"))));
        using var codeQuality = JsonDocument.Parse(File.ReadAllText(Path.Combine(workspace, "gl-code-quality-report.json")));
        Assert.Contains(codeQuality.RootElement.EnumerateArray(), issue => issue.GetProperty("check_name").GetString() == "DL2001");
        Assert.Contains("articles/opinion.md: source reliability ", azure, StringComparison.Ordinal);
        Assert.Empty(SarifMultitool.Problems(File.ReadAllText(Path.Combine(workspace, "staging", "CodeAnalysisLogs", "doclint.sarif"))));
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
    public async Task The_release_workflow_packs_the_tags_version_and_pushes_with_secrets()
    {
        var release = CiRecipe.Read(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "release.yml"));
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "release.yml")).Select(l => l.Trim()).ToList();
        var pack = release.Steps.Single(s => s.StartsWith("dotnet pack src/DocLint.Cli ", StringComparison.Ordinal));
        var push = release.Steps.Single(s => s.StartsWith("dotnet nuget push ", StringComparison.Ordinal));

        Assert.Contains("tags: ['v*']", lines);
        Assert.Contains("FEED_URL: ${{ secrets.NUGET_FEED_URL }}", lines);
        Assert.Contains("API_KEY: ${{ secrets.NUGET_API_KEY }}", lines);
        Assert.Contains("--source \"$FEED_URL\" --api-key \"$API_KEY\"", push, StringComparison.Ordinal);
        // The version comes from the tag: v1.4.0 packs 1.4.0.
        var version = await BashAsync("echo \"${GITHUB_REF_NAME#v}\"", _work, new() { ["GITHUB_REF_NAME"] = "v1.4.0" });
        Assert.Equal("1.4.0\n", version.Output);
        Assert.Contains("-p:Version=\"${GITHUB_REF_NAME#v}\"", pack, StringComparison.Ordinal);
    }

    // The README's install block, run as written in the clone (comments after # are the shell's own).
    private static IEnumerable<string> ReadmeInstallCommands()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"));
        var start = Array.IndexOf(readme, "```sh", Array.IndexOf(readme, "## Install"));
        return readme.Skip(start + 1).TakeWhile(l => l != "```");
    }

    private static async Task<string> RunAsync(string recipeFile, string workspace, string packages, params string[] variables)
    {
        var recipe = CiRecipe.Read(Path.Combine(CiExampleFiles.Directory, recipeFile));
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

            var (exitCode, printed) = await BashAsync(AzureMacrosToVariables(script), workspace, environment);
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

    // Azure writes $(Build.ArtifactStagingDirectory) for the variable it also exports as BUILD_ARTIFACTSTAGINGDIRECTORY.
    private static string AzureMacrosToVariables(string script) =>
        System.Text.RegularExpressions.Regex.Replace(script, @"\$\(([A-Za-z.]+)\)", m => "$" + m.Groups[1].Value.Replace('.', '_').ToUpperInvariant());

    // A team repository whose last commit added an opinion piece to a folder that had a news report: a pull request.
    private static void TeamRepository(string workspace)
    {
        Directory.CreateDirectory(Path.Combine(workspace, "articles"));
        File.Copy(Path.Combine(RepositoryPaths.Examples, "news-report.md"), Path.Combine(workspace, "articles", "news-report.md"));
        Git(workspace, "init --quiet --initial-branch=main", "add --all", "-c user.name=t -c user.email=t@doclint.invalid -c commit.gpgsign=false commit --quiet -m base");
        File.Copy(Path.Combine(RepositoryPaths.Examples, "opinion.md"), Path.Combine(workspace, "articles", "opinion.md"));
        Git(workspace, "add --all", "-c user.name=t -c user.email=t@doclint.invalid -c commit.gpgsign=false commit --quiet -m opinion");
    }

    private static void Git(string workspace, params string[] commands)
    {
        foreach (var command in commands)
        {
            Assert.Equal(0, Process(workspace, "git", command.Split(' ')).ExitCode);
        }
    }

    // The files a fresh clone has: tracked ones and new ones git does not ignore, as they are in the working tree.
    private static string CleanCopyOfRepository(string copy)
    {
        var (exitCode, listing) = Process(RepositoryPaths.Root, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard");
        Assert.Equal(0, exitCode);
        foreach (var file in listing.Split('\0', StringSplitOptions.RemoveEmptyEntries).Where(f => File.Exists(Path.Combine(RepositoryPaths.Root, f))))
        {
            var target = Path.Combine(copy, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepositoryPaths.Root, file), target);
        }

        return copy;
    }

    private static async Task<(int ExitCode, string Output)> BashAsync(string script, string workingDirectory, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-eo");
        start.ArgumentList.Add("pipefail");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + await error);
    }

    private static (int ExitCode, string Output) Process(string workingDirectory, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
