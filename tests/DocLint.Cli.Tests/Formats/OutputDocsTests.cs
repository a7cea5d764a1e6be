using DocLint.Cli.Output;
using DocLint.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace DocLint.Cli.Tests.Formats;

public sealed class OutputDocsTests
{
    private const string Article = "# Budget\n\nThe council will perhaps approve the budget.\n\nTurnout was 70 percent last year.\n";

    private static readonly string Docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "output.md"));

    [Fact]
    public void Every_registered_format_has_a_section()
    {
        using var host = TestHost.Create();
        var names = host.Services.GetServices<IResultFormatter>().Select(f => f.Name).ToList();

        Assert.Equal(["msbuild", "json", "sarif", "github", "gitlab", "html"], names);
        Assert.All(names, name => Assert.Contains($"\n## {name}", Docs, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("msbuild")]
    [InlineData("github")]
    public async Task Documented_example_lines_are_what_the_tool_prints(string format)
    {
        using var directory = new TemporaryDirectory();
        directory.Write("articles/budget.md", Article);
        // The documented lines are the default output: every rule on, the claims rule included.
        File.Delete(Path.Combine(directory.Path, ".editorconfig"));

        var run = await CliRun.InAsync(directory.Path, "articles", "--format", format);

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(format == "msbuild" ? 6 : 4, lines.Length);
        Assert.All(lines, line => Assert.Contains(line + "\n", Docs, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Documented_fingerprint_is_the_one_the_tool_computes()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("articles/budget.md", Article);

        var run = await CliRun.InAsync(directory.Path, "articles", "--format", "gitlab");

        using var report = System.Text.Json.JsonDocument.Parse(run.Out);
        var fingerprint = report.RootElement[0].GetProperty("fingerprint").GetString()!;
        Assert.Contains($"\"fingerprint\": \"{fingerprint}\"", Docs, StringComparison.Ordinal);
        Assert.Contains($"\"doclintFinding/v1\": \"{fingerprint}\"", Docs, StringComparison.Ordinal);
    }
}
