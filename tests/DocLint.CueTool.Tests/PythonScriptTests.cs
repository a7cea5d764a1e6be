using System.Diagnostics;

namespace DocLint.CueTool.Tests;

/// <summary>
/// The repository's Python tools are not shipped, and are kept so that a result can be rerun: their unit tests run with
/// the test run, so a change to the gold's, the evaluation's or the CLI's format that breaks their reading fails here,
/// not at the next rerun. tools/cues/news-filter: the news hedge filter experiment (hedgelearn21), its offsets, labels,
/// scores and features. tools/gold: the round-measurement tools (freshsum, diffjson, endmeasure, errors).
/// </summary>
public sealed class PythonScriptTests
{
    [Theory]
    [InlineData("tools/cues/news-filter")]
    [InlineData("tools/gold")]
    public async Task The_folder_s_python_unit_tests_pass(string folder)
    {
        var directory = Path.Combine(RepositoryRoot(), folder);
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
