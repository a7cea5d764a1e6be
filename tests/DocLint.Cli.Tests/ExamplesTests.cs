namespace DocLint.Cli.Tests;

/// <summary>examples/ is a corpus-regression suite: its exact output is approved in examples/expected.out.</summary>
public sealed class ExamplesTests
{
    [Fact]
    public async Task Linting_examples_prints_the_approved_output()
    {
        var run = await CliRunner.RunAsync(RepositoryPaths.Root, ["examples", "--include", "*.txt"]);

        ApprovedFile.Verify(Path.Combine(RepositoryPaths.Examples, "expected.out"), run.Output);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public async Task Well_sourced_news_report_has_no_findings()
    {
        var run = await CliRunner.RunAsync(RepositoryPaths.Root, ["examples/news-report.md"]);

        Assert.StartsWith("\nexamples/news-report.md: source reliability ", run.Output, StringComparison.Ordinal);
        Assert.EndsWith(" words\n1 file linted: no findings.\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("(A)", run.Output, StringComparison.Ordinal);
    }
}
