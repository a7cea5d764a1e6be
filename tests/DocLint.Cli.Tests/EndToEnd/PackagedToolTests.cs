using System.Diagnostics;
using DocLint.Reporting;

namespace DocLint.Cli.Tests.EndToEnd;

/// <summary>
/// Packs the tool, installs it into a temporary tool path from a local folder, and runs it the way a user
/// would, from a directory outside the repository.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PackagedToolTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("doclint-e2e-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Installed_tool_lints_from_any_directory_with_the_documented_exit_codes()
    {
        var feed = Path.Combine(_work, "feed");
        var tools = Path.Combine(_work, "tools");
        var project = Path.Combine(RepositoryPaths.Root, "src", "DocLint.Cli", "DocLint.Cli.csproj");
        // A private package cache, so a DocLint package cached by an earlier run can never be installed instead.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "packages") };

        var pack = await RunAsync("dotnet", ["pack", project, "-c", "Release", "-o", feed, "-p:ContinuousIntegrationBuild=true"], RepositoryPaths.Root, environment);
        Assert.True(pack.ExitCode == 0, pack.Output);
        // The exact version just packed, so a same-named package on a public feed can never be picked instead.
        var install = await RunAsync("dotnet", ["tool", "install", "DocLint", "--version", ToolVersion.Current, "--tool-path", tools, "--add-source", feed], _work, environment);
        Assert.True(install.ExitCode == 0, install.Output);

        var articles = Path.Combine(_work, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "draft.md"), "# Budget\n\nThe deficit will probably reach $2.5 billion.\n");
        var doclint = Path.Combine(tools, OperatingSystem.IsWindows() ? "doclint.exe" : "doclint");

        var lint = await RunAsync(doclint, ["draft.md"], articles, environment);
        var gate = await RunAsync(doclint, ["draft.md", "--warnaserror"], articles, environment);
        var missing = await RunAsync(doclint, ["nope.md"], articles, environment);

        Assert.Equal(0, lint.ExitCode);
        Assert.StartsWith(
            "draft.md(3,1,3,46): info DL5001: This claim is stated as fact with no source in its paragraph; name the person, body or document it rests on\n"
            + "draft.md(3,18,3,26): warning DL1001: 'probably' hedges the claim; state what is known and who says so, or drop the hedge\n"
            + "draft.md(3,33,3,45): warning DL2001: The figure '$2.5 billion' is stated as fact with no source; attribute it in this sentence or the next\n",
            lint.Output,
            StringComparison.Ordinal);
        Assert.Equal(1, gate.ExitCode);
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("nope.md: error DL0010: No such file or directory\n", missing.Output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, string workingDirectory, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
