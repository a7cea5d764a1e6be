using System.Text.Json;
using DocLint.Cli.Output;
using DocLint.Cli.Tests.Formats;
using DocLint.Diagnostics;

namespace DocLint.Cli.Tests.Html;

public sealed class HtmlFormatterTests
{
    [Fact]
    public async Task Every_finding_of_the_examples_is_highlighted_at_its_span_with_its_rule()
    {
        using var output = new TemporaryDirectory();
        var examples = Path.Combine(RepositoryPaths.Root, "examples");
        var reportPath = Path.Combine(output.Path, "report.html");

        var html = await CliRun.InAsync(examples, ".", "--format", "html", "--output", reportPath);
        var json = await CliRun.InAsync(examples, ".", "--format", "json");

        Assert.Equal(json.ExitCode, html.ExitCode);
        var report = HtmlReport.Parse(await File.ReadAllTextAsync(reportPath));
        using var findings = JsonDocument.Parse(json.Out);
        var checkedSpans = 0;
        foreach (var file in findings.RootElement.GetProperty("files").EnumerateArray())
        {
            var path = file.GetProperty("path").GetString()!;
            var text = await File.ReadAllTextAsync(Path.Combine(examples, path));
            var section = report.Section(path);
            var items = section.QuerySelectorAll("ol.findings li").ToList();
            var diagnostics = file.GetProperty("diagnostics").EnumerateArray().ToList();
            Assert.Equal(diagnostics.Count, items.Count);
            Assert.Equal(text, section.QuerySelector("pre.text")!.TextContent);
            foreach (var diagnostic in diagnostics.Where(d => d.TryGetProperty("range", out _)))
            {
                var id = diagnostic.GetProperty("id").GetString()!;
                var range = diagnostic.GetProperty("range");
                var offset = range.GetProperty("offset").GetInt32();
                var length = range.GetProperty("length").GetInt32();
                var item = items.Single(li =>
                    li.GetAttribute("data-rule") == id
                    && li.GetAttribute("data-offset") == offset.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    && li.GetAttribute("data-length") == length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var family = RuleCategories.FromId(id)!.ToLowerInvariant();
                Assert.Contains(family, item.ClassList);
                Assert.Equal(text.Substring(offset, length), HtmlReport.Highlighted(section, item.GetAttribute("data-finding")!));
                Assert.Equal(diagnostic.GetProperty("helpUri").GetString(), item.QuerySelector("a.rule")!.GetAttribute("href"));
                checkedSpans++;
            }
        }

        Assert.True(checkedSpans >= 50, $"only {checkedSpans} findings in the examples");
    }

    [Fact]
    public async Task A_highlight_carries_its_family_and_its_message_and_rule_page_on_hover()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("budget.md", Formats.Articles.Budget);

        var run = await CliRun.InAsync(directory.Path, "budget.md", "--format", "html");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var section = HtmlReport.Parse(run.Out).Section("budget.md");
        var marks = section.QuerySelectorAll("pre.text mark").ToList();
        Assert.Equal(["perhaps", "70 percent", "critics say"], marks.Select(m => m.TextContent));
        Assert.Equal(["m hedging", "m figures", "m sources"], marks.Select(m => m.ClassName));
        Assert.Equal(
            "DL1001 Hedging warning: 'perhaps' hedges the claim; state what is known and who says so, or drop the hedge\n"
            + "https://github.com/doclint/doclint/blob/main/rules/DL1001.md",
            marks[0].GetAttribute("title"));
        Assert.Equal("source reliability", section.QuerySelector("p.score")!.TextContent[..18]);
    }

    [Fact]
    public async Task A_finding_inside_another_is_cut_into_marks_that_each_keep_both()
    {
        using var directory = new TemporaryDirectory();
        // The claims rule is on here: its sentence-long finding contains the hedge.
        File.Delete(Path.Combine(directory.Path, ".editorconfig"));
        directory.Write("a.md", "The council will perhaps approve the budget.\n");

        var run = await CliRun.InAsync(directory.Path, "a.md", "--format", "html");

        var section = HtmlReport.Parse(run.Out).Section("a.md");
        var marks = section.QuerySelectorAll("pre.text mark").ToList();
        Assert.Equal(["The council will ", "perhaps", " approve the budget."], marks.Select(m => m.TextContent));
        Assert.Equal(["m claims", "m hedging in-claim", "m claims"], marks.Select(m => m.ClassName));
        var claim = section.QuerySelector("li[data-rule=DL5001]")!.GetAttribute("data-finding")!;
        var hedge = section.QuerySelector("li[data-rule=DL1001]")!.GetAttribute("data-finding")!;
        Assert.Equal("The council will perhaps approve the budget.", HtmlReport.Highlighted(section, claim));
        Assert.Equal("perhaps", HtmlReport.Highlighted(section, hedge));
    }

    [Fact]
    public async Task Hostile_text_and_paths_are_escaped_and_kept_exactly()
    {
        using var directory = new TemporaryDirectory();
        const string Text = "\nThe council will perhaps approve it. <script>alert(1)</script>\r\n\r\n"
            + "<img src=x onerror=\"alert(2)\"> &amp; \"quoted\" 'single' </pre></mark>\r\n";
        directory.Write("<b>x</b>.md", Text);

        var run = await CliRun.InAsync(directory.Path, "<b>x</b>.md", "--format", "html");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("<script>", run.Out, StringComparison.Ordinal);
        var report = HtmlReport.Parse(run.Out);
        Assert.Empty(report.Document.QuerySelectorAll("script, img, b"));
        var section = report.Section("<b>x</b>.md");
        Assert.Equal(Text, section.QuerySelector("pre.text")!.TextContent);
        Assert.Equal("perhaps", section.QuerySelector("pre.text mark")!.TextContent);
        Assert.Equal(["<b>x</b>.md"], report.IndexPaths());
    }

    [Fact]
    public async Task Index_lists_documents_worst_score_first_and_unreadable_ones_last()
    {
        using var directory = new TemporaryDirectory();
        File.Delete(Path.Combine(directory.Path, ".editorconfig"));
        directory.Write("a-sourced.md", "# Budget\n\nThe council approved the budget on Monday, the mayor's office said in a statement.\n");
        directory.Write("b-hedged.md", "# Budget\n\nThe council will perhaps approve the budget. Turnout was 70 percent last year. Critics say the plan is obviously a failure.\n");
        directory.Write("c-binary.md", "text\0binary");

        var run = await CliRun.InAsync(directory.Path, ".", "--format", "html");
        var scores = await CliRun.InAsync(directory.Path, "a-sourced.md", "b-hedged.md", "--format", "json");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        var report = HtmlReport.Parse(run.Out);
        Assert.Equal(["b-hedged.md", "a-sourced.md", "c-binary.md"], report.IndexPaths());
        var values = report.Document.QuerySelectorAll("section.index tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ToList();
        using var json = JsonDocument.Parse(scores.Out);
        var expected = json.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => f.GetProperty("score").GetProperty("score").GetInt32())
            .Order()
            .Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([.. expected, "–"], values);
        Assert.Equal(report.IndexPaths(), report.Document.QuerySelectorAll("section.doc h2 .path").Select(p => p.TextContent));
        Assert.Equal("DL0012", report.Section("c-binary.md").QuerySelector("li")!.GetAttribute("data-rule"));
    }

    [Fact]
    public async Task Same_input_gives_the_same_bytes()
    {
        var examples = Path.Combine(RepositoryPaths.Root, "examples");

        var first = await CliRun.InAsync(examples, ".", "--format", "html");
        var second = await CliRun.InAsync(examples, ".", "--format", "html");

        Assert.Equal(first.Out, second.Out);
        Assert.StartsWith("<!DOCTYPE html>\n", first.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_to_write_the_report_over_an_input()
    {
        using var directory = new TemporaryDirectory();
        var article = directory.Write("a.md", Formats.Articles.Budget);

        var run = await CliRun.InAsync(directory.Path, "a.md", "--format", "html", "--output", "a.md");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal(Formats.Articles.Budget, await File.ReadAllTextAsync(article));
    }
}
