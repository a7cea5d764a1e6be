using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocLint.Cli;

namespace DocLint.LanguageServer.Tests;

/// <summary>One finding as "ID severity startLine:startChar-endLine:endChar message", zero-based like LSP.</summary>
internal static partial class CliFindings
{
    /// <summary>What `doclint file` prints for the file, in the same zero-based form as <see cref="FromLsp"/>.</summary>
    public static async Task<List<string>> LintAsync(string directory, string fileName)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, error, () => new MemoryStream()) { WorkingDirectory = directory };
        await DocLintApplication.RunAsync([Path.Combine(directory, fileName)], console);
        var findings = new List<string>();
        foreach (var line in output.ToString().Split('\n'))
        {
            var match = MsBuildLine().Match(line);
            if (!match.Success)
            {
                continue;
            }

            int At(string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) - 1;
            findings.Add($"{match.Groups["id"].Value} {match.Groups["severity"].Value} {At("l1")}:{At("c1")}-{At("l2")}:{At("c2")} {match.Groups["message"].Value}");
        }

        return [.. findings.Order(StringComparer.Ordinal)];
    }

    /// <summary>The published diagnostics in the same form, the LSP severity named as the CLI names it.</summary>
    public static List<string> FromLsp(JsonElement diagnostics) =>
        [.. diagnostics.EnumerateArray().Select(d =>
        {
            var range = d.GetProperty("range");
            var severity = d.GetProperty("severity").GetInt32() switch { 1 => "error", 2 => "warning", _ => "info" };
            return $"{d.GetProperty("code").GetString()} {severity} {Pos(range.GetProperty("start"))}-{Pos(range.GetProperty("end"))} {d.GetProperty("message").GetString()}";
        }).Order(StringComparer.Ordinal)];

    private static string Pos(JsonElement position) => $"{position.GetProperty("line").GetInt32()}:{position.GetProperty("character").GetInt32()}";

    [GeneratedRegex(@"^.*\((?<l1>\d+),(?<c1>\d+),(?<l2>\d+),(?<c2>\d+)\): (?<severity>error|warning|info) (?<id>DL\d{4}): (?<message>.*)$")]
    private static partial Regex MsBuildLine();
}
