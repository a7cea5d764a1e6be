using System.Text.RegularExpressions;
using DocLint.Configuration.EditorConfig;
using Xunit.Abstractions;

namespace DocLint.Core.Tests.Configuration.EditorConfig;

/// <summary>
/// Runs every case of the EditorConfig core conformance suite (github.com/editorconfig/editorconfig-core-test)
/// against <see cref="EditorConfigResolver"/> at the "core" level the suite tests: values in order, with
/// <c>unset</c> still reported. Passes with a note, instead of failing, when the data is not on this machine.
/// </summary>
public sealed class EditorConfigConformanceTests(ITestOutputHelper output)
{
    private const string DataAbsent = "(conformance data absent)";

    // The suite's cases that test something other than resolving a file, and so cannot apply. Keep it short.
    private static readonly Dictionary<string, string> NotApplicable = new(StringComparer.Ordinal)
    {
        ["test_long_version_switch"] = "checks the `editorconfig --version` banner of the reference command-line program; no file is resolved",
        ["test_short_version_switch"] = "checks the `editorconfig -v` banner of the reference command-line program; no file is resolved",
        ["indent_size_default_pre_0_9_0"] = "passes `-b 0.8.0` to emulate the defaults of EditorConfig 0.8.0; DocLint implements the current specification only",
    };

    private static readonly Lazy<ConformanceSuite?> Suite = new(ConformanceSuite.TryLoad);

    public static TheoryData<string> CaseNames()
    {
        if (Suite.Value is not { } suite)
        {
            return new TheoryData<string>(DataAbsent);
        }

        // The suite itself does not define these two on Windows: there a backslash separates directories.
        var applicable = suite.Cases
            .Where(c => !NotApplicable.ContainsKey(c.Name))
            .Where(c => !(OperatingSystem.IsWindows() && c.Platform == "non-windows"))
            .Select(c => c.Name);
        return new TheoryData<string>(applicable);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Resolver_gives_the_output_the_suite_expects(string name)
    {
        if (Suite.Value is not { } suite)
        {
            output.WriteLine($"Skipped: the conformance data was not found at {ConformanceSuite.ExpectedDirectory() ?? "<no DocLint.sln above the test binaries>"}.");
            Assert.Equal(DataAbsent, name);
            return;
        }

        var testCase = suite.Cases.Single(c => c.Name == name);
        var caseDirectory = Path.GetFullPath(Path.Combine(suite.CasesDirectory, testCase.ConfigDir));
        var resolver = new EditorConfigResolver(new SubtreeFileSource(new DiskEditorConfigFileSource(), caseDirectory));
        var targets = Targets(testCase, caseDirectory);

        if (testCase.Match == "regex")
        {
            // The multi-file command line: the reference program prints "[path]" and then that file's pairs.
            var printed = string.Concat(targets.Select(target => $"[{target}]\n" + Print(Lines(resolver.ResolveCore(target)))));
            Assert.Matches(testCase.Regex.Replace("<CONFIG_DIR>", Regex.Escape(caseDirectory), StringComparison.Ordinal), printed);
            return;
        }

        var result = resolver.ResolveCore(Assert.Single(targets));
        var lines = Lines(result);
        var useWindows = OperatingSystem.IsWindows() && testCase.ExpectedLinesWindows is not null;
        var expected = useWindows ? testCase.ExpectedLinesWindows! : testCase.ExpectedLines;
        var regex = useWindows ? testCase.RegexWindows! : testCase.Regex;
        output.WriteLine($"{testCase.Group}/{testCase.Name}: {string.Join(" | ", targets)} -> [{string.Join(", ", lines)}]");

        // Every config file in the suite is valid, so a parse problem would be a parser bug.
        Assert.Empty(result.Problems);
        switch (testCase.Match)
        {
            case "exact":
                Assert.Equal(expected, lines);
                break;
            case "sorted":
                lines = [.. lines.Order(StringComparer.Ordinal)];
                Assert.Equal(expected.Order(StringComparer.Ordinal), lines);
                break;
            case "contains":
                Assert.All(expected, line => Assert.Contains(line, lines));
                break;
            default:
                Assert.Fail($"Unknown match kind '{testCase.Match}'.");
                break;
        }

        // The check the suite itself applies, on the output the reference program would print.
        Assert.Matches(regex, Print(lines));
    }

    [Fact]
    public void Every_case_left_out_exists_in_the_suite()
    {
        if (Suite.Value is not { } suite)
        {
            output.WriteLine("Skipped: the conformance data is absent.");
            return;
        }

        Assert.All(NotApplicable.Keys, name => Assert.Contains(suite.Cases, c => c.Name == name));
    }

    // The paths the suite passes on the command line (after -f NAME and -b VERSION), made absolute.
    private static string[] Targets(ConformanceCase testCase, string caseDirectory)
    {
        var targets = new List<string>();
        for (var i = 0; i < testCase.Args.Count; i++)
        {
            if (testCase.Args[i] is "-f" or "-b")
            {
                i++;
            }
            else
            {
                targets.Add(testCase.Args[i].Replace("<CONFIG_DIR>", caseDirectory, StringComparison.Ordinal));
            }
        }

        return [.. targets];
    }

    private static List<string> Lines(EditorConfigCoreResult result) => [.. result.Values.Select(v => $"{v.Key}={v.Value}")];

    private static string Print(IEnumerable<string> lines) => string.Concat(lines.Select(line => line + "\n"));
}
