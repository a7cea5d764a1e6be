using DocLint.Analysis;
using DocLint.Cli.Watch;
using DocLint.Documents;
using DocLint.Pipeline;
using DocLint.Reporting;
using DocLint.Rules;

namespace DocLint.Cli.Tests.Watch;

public sealed class WatchDiffTests
{
    private const string Hedge = "warning DL1001: 'perhaps' hedges the claim; state what is known and who says so, or drop the hedge";
    private const string Sourced = "# Budget\n\nThe council approved the budget on Monday, the mayor's office said in a statement.\n";
    private const string Hedged = "# Budget\n\nThe council will perhaps approve the budget.\n";

    private readonly LintSession _session = new(new LintEngine(BuiltInAnalyzers.Create()));

    [Fact]
    public void A_new_hedge_is_one_plus_line_and_the_score_delta()
    {
        var before = Lint(Sourced);
        var after = Lint(Hedged);

        var lines = WatchDiff.Lines(before, after);

        Assert.Equal(
            [$"+ opinion.md(3,18,3,25): {Hedge}", $"opinion.md: {Score(before)} -> {Score(after)} ({Score(after) - Score(before):+0;-0})"],
            lines);
        Assert.True(Score(after) < Score(before));
    }

    [Fact]
    public void A_fixed_hedge_is_one_minus_line_at_its_old_place()
    {
        var before = Lint(Hedged);
        var after = Lint(Sourced);

        var lines = WatchDiff.Lines(before, after);

        Assert.Equal($"- opinion.md(3,18,3,25): {Hedge}", lines[0]);
        Assert.Equal(2, lines.Count);
        Assert.StartsWith($"opinion.md: {Score(before)} -> {Score(after)} (+", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_that_only_moved_is_neither_fixed_nor_new()
    {
        var before = Lint(Hedged);
        var after = Lint("\n\n" + Hedged);

        Assert.Equal([$"opinion.md: {Score(after)} (no change)"], WatchDiff.Lines(before, after));
        Assert.Equal(Score(before), Score(after));
    }

    [Fact]
    public void Two_identical_hedges_count_as_two()
    {
        var one = Lint("The council will perhaps approve it.\n");
        var two = Lint("The council will perhaps approve it.\n\nThe council will perhaps approve it.\n");

        var lines = WatchDiff.Lines(one, two);

        Assert.Equal($"+ opinion.md(3,18,3,25): {Hedge}", lines[0]);
        Assert.DoesNotContain(lines, l => l.StartsWith("- ", StringComparison.Ordinal));
    }

    [Fact]
    public void New_and_removed_documents_say_so()
    {
        var report = Lint(Hedged);

        Assert.Equal([$"+ opinion.md(3,18,3,25): {Hedge}", $"opinion.md: new, {Score(report)}"], WatchDiff.Lines(null, report));
        Assert.Equal(["opinion.md: removed"], WatchDiff.Lines(report, null));
    }

    [Fact]
    public void A_document_that_becomes_unrated_shows_both_states()
    {
        var before = Lint(Sourced);
        var after = Lint("# Budget\n\nWhat should the council do?\n");

        Assert.Equal($"opinion.md: {Score(before)} -> not rated", WatchDiff.Lines(before, after)[^1]);
    }

    private DocumentReport Lint(string text)
    {
        // The claims rule is off, as in the format tests, so each case is about the one finding it changes.
        var settings = _session.SettingsFor(null);
        var report = _session.LintText("opinion.md", text, DocumentKind.Markdown, settings);
        return report with { Diagnostics = [.. report.Diagnostics.Where(d => d.Id != "DL5001")] };
    }

    private static int Score(DocumentReport report) => report.Score!.Value;
}
