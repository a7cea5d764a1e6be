namespace DocLint.Core.Tests.Configuration.EditorConfig;

/// <summary>One row of the conformance suite's cases.json (see SOURCE.md beside it for the columns).</summary>
internal sealed record ConformanceCase(
    string Name,
    string Group,
    string ConfigDir,
    string Version,
    string Match,
    IReadOnlyList<string> Args,
    IReadOnlyList<string> ExpectedLines,
    string Regex,
    string Platform,
    IReadOnlyList<string>? ExpectedLinesWindows,
    string? RegexWindows);
