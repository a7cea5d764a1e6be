using System.Text;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Diagnostics;

namespace DocLint.Core.Tests.Suppressions;

public sealed class InlineSuppressionTests
{
    private static readonly LintEngine Engine = new([new WordFlagAnalyzer()]);

    // One line per diagnostic: ID, 1-based line:column-endColumn, then "suppressed(reason)" or "reported".
    private static string[] Lint(string markdown, DocumentSettings? settings = null) =>
        [.. Engine.Lint("doc.md", Encoding.UTF8.GetBytes(markdown), settings ?? DocumentSettings.Default).Diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => $"{d.Id} {d.Location.LineSpan.Start.Line + 1}:{d.Location.LineSpan.Start.Character + 1}-{d.Location.LineSpan.End.Character + 1} "
                + (d.Suppression is { } s ? $"suppressed({s.Kind},{s.Justification})" : "reported"))];

    [Fact]
    public void Disable_and_enable_bound_a_region_of_the_named_rule_only()
    {
        var findings = Lint("""
            It is maybe so.

            <!-- doclint-disable DL1901 -->
            It is maybe so, surely.
            <!-- doclint-enable DL1901 -->

            It is maybe so.
            """);

        Assert.Equal(
            [
                "DL1901 1:7-12 reported",
                "DL1901 4:7-12 suppressed(InSource,)",
                "DL4901 4:17-23 reported",
                "DL1901 7:7-12 reported",
            ],
            findings);
    }

    [Fact]
    public void Disable_without_ids_covers_every_rule_and_enable_of_one_id_reopens_just_that_one()
    {
        var findings = Lint("""
            <!-- doclint-disable -->
            It is maybe so, surely.
            <!-- doclint-enable DL4901 -->
            It is maybe so, surely.
            <!-- doclint-enable -->
            It is maybe so.
            """);

        Assert.Equal(
            [
                "DL1901 2:7-12 suppressed(InSource,)",
                "DL4901 2:17-23 suppressed(InSource,)",
                "DL1901 4:7-12 suppressed(InSource,)",
                "DL4901 4:17-23 reported",
                "DL1901 6:7-12 reported",
            ],
            findings);
    }

    [Fact]
    public void Disable_line_and_next_line_cover_exactly_one_line_and_carry_the_reason()
    {
        var findings = Lint("""
            It is maybe so. <!-- doclint-disable-line DL1901 -- quoted verbatim -->
            It is maybe so.

            <!-- doclint-disable-next-line Certainty -- the minister's words -->
            It is surely so.
            It is surely so.
            """);

        Assert.Equal(
            [
                "DL1901 1:7-12 suppressed(InSource,quoted verbatim)",
                "DL1901 2:7-12 reported",
                "DL4901 5:7-13 suppressed(InSource,the minister's words)",
                "DL4901 6:7-13 reported",
            ],
            findings);
    }

    [Fact]
    public void Disable_file_covers_the_whole_document_even_above_the_comment()
    {
        var findings = Lint("""
            It is maybe so, surely.

            <!-- doclint-disable-file Hedging -->
            """);

        Assert.Equal(["DL1901 1:7-12 suppressed(InSource,)", "DL4901 1:17-23 reported"], findings);
    }

    [Fact]
    public void A_suppression_that_suppresses_nothing_is_DL0004_at_the_comment_and_an_unknown_id_is_DL0003()
    {
        var findings = Lint("""
            It is so. <!-- doclint-disable-line DL1901 DL4901 -->
            It is surely so.
            <!-- doclint-disable-next-line DL1234 -->
            It is maybe so.
            """);

        var diagnostics = Engine.Lint("doc.md", Encoding.UTF8.GetBytes("It is so. <!-- doclint-disable-line DL1901 -->\n"), DocumentSettings.Default).Diagnostics;

        Assert.Equal(
            [
                "DL0004 1:11-54 reported",
                "DL0004 1:11-54 reported",
                "DL4901 2:7-13 reported",
                // An unknown ID is only DL0003: reporting the same comment as unused too would be noise.
                "DL0003 3:1-42 reported",
                "DL1901 4:7-12 reported",
            ],
            findings);
        Assert.Equal("This suppression of DL1901 does not suppress anything; remove it", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Unknown_ids_do_not_turn_a_directive_into_disable_all()
    {
        var findings = Lint("<!-- doclint-disable-next-line Hedgng -->\nIt is maybe so.\n");

        Assert.Equal(["DL0003 1:1-42 reported", "DL1901 2:7-12 reported"], findings);
    }

    [Fact]
    public void Required_reasons_are_DL0005_and_no_inline_suppressions_ignores_every_comment()
    {
        const string Text = "It is maybe so. <!-- doclint-disable-line -->\nIt is surely so. <!-- doclint-disable-line -- agreed with the desk -->\n";

        var strict = Lint(Text, DocumentSettings.Default with { RequireSuppressionReason = true });
        var ignored = Lint(Text, DocumentSettings.Default with { InlineSuppressions = false });

        Assert.Equal(
            ["DL0005 1:17-46 reported", "DL1901 1:7-12 suppressed(InSource,)", "DL4901 2:7-13 suppressed(InSource,agreed with the desk)"],
            strict.OrderBy(s => s, StringComparer.Ordinal));
        Assert.Equal(["DL1901 1:7-12 reported", "DL4901 2:7-13 reported"], ignored);
    }

    [Fact]
    public void Other_comments_and_lookalike_keywords_are_not_directives()
    {
        var findings = Lint("<!-- a note: doclint-disable -->\n<!-- doclint-disabled -->\nIt is maybe so.\n");

        Assert.Equal(["DL1901 3:7-12 reported"], findings);
    }

    [Fact]
    public void Severity_settings_apply_to_the_comments_own_diagnostics()
    {
        var settings = DocumentSettings.Default with
        {
            Severities = SeverityPolicy.Default with
            {
                RuleSeverities = SeverityPolicy.Default.RuleSeverities.Add("DL0004", ReportSeverity.None),
            },
        };

        Assert.Empty(Lint("Fine. <!-- doclint-disable-line -->\n", settings));
        Assert.Equal(DiagnosticSeverity.Warning, InfrastructureDescriptors.SuppressionWithoutReason.DefaultSeverity);
    }

    [Fact]
    public void Thousands_of_comments_each_suppress_their_own_line_and_regions_replay_in_order()
    {
        // Indexed once and replayed in position order: the same answers as a scan per finding, at any count.
        var text = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            text.Append("<!-- doclint-disable-next-line DL1901 -- why -->\nIt is maybe so.\n\n");
        }

        text.Append("<!-- doclint-disable -->\n<!-- doclint-enable DL4901 -->\nIt is maybe so, surely.\n<!-- doclint-enable -->\nIt is maybe so.\n");

        var findings = Lint(text.ToString());

        Assert.Equal(2000, findings.Count(f => f.StartsWith("DL1901 ", StringComparison.Ordinal) && f.EndsWith("suppressed(InSource,why)", StringComparison.Ordinal)));
        Assert.Equal(["DL1901 6003:7-12 suppressed(InSource,)", "DL4901 6003:17-23 reported", "DL1901 6005:7-12 reported"], findings[2000..]);
    }
}
