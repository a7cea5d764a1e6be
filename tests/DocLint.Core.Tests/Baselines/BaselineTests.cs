using System.Collections.Immutable;
using System.Text;
using DocLint.Analysis;
using DocLint.Baselines;
using DocLint.Configuration;
using DocLint.Core.Tests.Suppressions;
using DocLint.Diagnostics;
using DocLint.Pipeline;
using DocLint.Reporting;

namespace DocLint.Core.Tests.Baselines;

public sealed class BaselineTests
{
    private static readonly LintEngine Engine = new([new WordFlagAnalyzer()]);

    private static ImmutableArray<DocumentReport> Lint(params (string Path, string Text)[] documents) =>
        [.. documents.Select(d => Engine.Lint(d.Path, Encoding.UTF8.GetBytes(d.Text), DocumentSettings.Default))];

    // The baseline is matched inside the session, per document, in the same suppression map as inline comments.
    private static LintRun Run(BaselineFile baseline, params (string Path, string Text)[] documents)
    {
        var session = new LintSession(Engine, new LintSessionOptions { Baseline = baseline });
        return session.Complete(documents.Select(d => session.Lint(d.Path, null, Encoding.UTF8.GetBytes(d.Text))), []);
    }

    private static string[] Reported(LintRun outcome) =>
        [.. outcome.Documents.SelectMany(r => r.Reported).Select(d => $"{d.Location.Path}:{d.Location.LineSpan.Start.Line + 1} {d.Id} {d.FlaggedText}")];

    [Fact]
    public void Serialized_baseline_is_sorted_indented_lf_json_that_reads_back_the_same()
    {
        var baseline = BaselineFile.Create(Lint(
            ("b.md", "It is maybe so.\n\nIt is maybe so.\n"),
            ("a.md", "It is surely so, l’avis.\n")));

        var json = baseline.Serialize();

        Assert.Equal(
            """
            {
              "version": 1,
              "entries": [
                {
                  "rule": "DL4901",
                  "path": "a.md",
                  "text": "surely",
                  "context": "It is surely so, l’avis.",
                  "count": 1
                },
                {
                  "rule": "DL1901",
                  "path": "b.md",
                  "text": "maybe",
                  "context": "It is maybe so.",
                  "count": 2
                }
              ]
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            json);
        Assert.Equal<BaselineEntry>([.. baseline.Entries], [.. BaselineFile.TryParse(json, out var error)!.Entries]);
        Assert.Null(error);
    }

    [Fact]
    public void Edits_above_and_below_keep_old_findings_baselined_and_new_ones_are_reported()
    {
        var before = Lint(("docs\\a.md", "It is maybe so.\n\nIt is surely so.\n"));
        var baseline = BaselineFile.Create(before);

        var outcome = Run(baseline, ("docs/a.md", "# New title\n\nA new paragraph above.\n\nIt is maybe so.\n\nIt is surely so.\n\nA new claim is maybe true.\n\nIt is maybe so.\n"));

        Assert.Equal(["docs/a.md:9 DL1901 maybe", "docs/a.md:11 DL1901 maybe"], Reported(outcome));
        Assert.Equal(2, outcome.Documents[0].Diagnostics.Count(d => d.Suppression == new Suppression(SuppressionKind.External, "baseline")));
        Assert.Equal(0, outcome.UnmatchedBaselineCount);
    }

    [Fact]
    public void Entries_that_no_longer_match_are_counted_and_pruned()
    {
        var baseline = BaselineFile.Create(Lint(("a.md", "It is maybe so.\n\nIt is maybe so.\n\nIt is surely so.\n")));

        var outcome = Run(baseline, ("a.md", "It is maybe so.\n\nIt is so.\n"));
        var pruned = BaselineMatcher.Prune(baseline, outcome.UnmatchedBaseline);

        Assert.Empty(Reported(outcome));
        Assert.Equal(2, outcome.UnmatchedBaselineCount);
        Assert.Equal<BaselineEntry>([new BaselineEntry("DL1901", "a.md", "maybe", "It is maybe so.", 1)], [.. pruned.Entries]);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("{\"version\": 7, \"entries\": []}", "not a DocLint baseline")]
    [InlineData("[]", "not valid JSON")]
    public void A_malformed_baseline_is_a_message_not_an_exception(string json, string expected)
    {
        Assert.Null(BaselineFile.TryParse(json, out var error));
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }
}
