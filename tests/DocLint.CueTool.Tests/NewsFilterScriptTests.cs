using System.Diagnostics;

namespace DocLint.CueTool.Tests;

/// <summary>
/// The news hedge filter experiment (tools/cues/news-filter, hedgelearn21) is Python, not shipped, and kept so that its
/// result can be rerun: its unit tests (test_news_hedge_filter.py: offsets, labels, scores, features) run with the
/// test run, so a change to the gold's or the CLI's format that breaks its reading fails here, not at the next rerun.
/// </summary>
public sealed class NewsFilterScriptTests
{
    [Fact]
    public async Task The_news_filter_script_s_unit_tests_pass()
    {
        var directory = Path.Combine(RepositoryRoot(), "tools", "cues", "news-filter");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var argument in (string[])["-m", "unittest", "discover", "-s", ".", "-p", "test_*.py"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start python3");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cancel.Token);
        var (stdout, stderr) = (await output, await error);
        Assert.True(process.ExitCode == 0, $"python3 -m unittest exited with {process.ExitCode}:\n{stdout}\n{stderr}");
        Assert.Contains("OK", stderr, StringComparison.Ordinal);
        // unittest says OK when discovery finds no test at all (a renamed file, a moved folder): at least one must run.
        Assert.Matches(@"Ran [1-9][0-9]* tests? in", stderr);
    }

    // The directory that holds DocLint.sln, above the test assembly's output directory.
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DocLint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DocLint.sln was not found above " + AppContext.BaseDirectory);
    }
}
