using System.Globalization;

namespace DocLint.Cli.Tests;

/// <summary>
/// Whole-pipeline fixtures: each folder under tests/fixtures holds inputs, optional args.txt (one argument a
/// line; default "."), expected.txt (exact stdout then "--- stderr" and stderr) and optional expected.exitcode.
/// </summary>
public sealed class FixtureTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.EnumerateDirectories(RepositoryPaths.Fixtures).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Fixture_output_and_exit_code_match(string name)
    {
        var directory = Path.Combine(RepositoryPaths.Fixtures, name);
        var argsFile = Path.Combine(directory, "args.txt");
        var args = File.Exists(argsFile) ? File.ReadAllLines(argsFile).Where(l => l.Length > 0).ToArray() : ["."];
        var stdinFile = Path.Combine(directory, "stdin.input");
        var stdin = File.Exists(stdinFile) ? File.ReadAllText(stdinFile) : null;

        var run = await CliRunner.RunAsync(directory, args, stdin);

        var exitFile = Path.Combine(directory, "expected.exitcode");
        var expectedExit = File.Exists(exitFile) ? int.Parse(File.ReadAllText(exitFile).Trim(), CultureInfo.InvariantCulture) : 0;
        ApprovedFile.Verify(Path.Combine(directory, "expected.txt"), run.Output + "--- stderr\n" + run.Error);
        Assert.Equal(expectedExit, run.ExitCode);
    }
}
