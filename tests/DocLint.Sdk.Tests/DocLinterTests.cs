using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Pipeline;

namespace DocLint.Sdk.Tests;

/// <summary>The library as an integrator calls it: text in, diagnostics with spans and a score out.</summary>
public sealed class DocLinterTests : IDisposable
{
    private const string Weak = "Critics say the plan is a mistake. Obviously, the stadium will cost taxpayers $2.5 billion.\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("doclint-sdk-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Three_lines_lint_a_string_with_its_editorconfig_applied()
    {
        File.WriteAllText(Path.Combine(_directory, ".editorconfig"), "root = true\n[*.md]\ndotnet_diagnostic.DL4001.severity = error\n");

        var linter = DocLinter.Create(new DocLinterOptions { WorkingDirectory = _directory });
        var report = await linter.LintTextAsync(Weak, DocumentKind.Markdown, new LintSettings { Path = "articles/draft.md" });

        Assert.Equal(
            [
                "DL3001 warning (1,1)-(1,12) Critics say",
                "DL5001 info (1,1)-(1,35) Critics say the plan is a mistake.",
                "DL4001 error (1,36)-(1,45) Obviously",
                "DL5001 info (1,36)-(1,92) Obviously, the stadium will cost taxpayers $2.5 billion.",
                "DL2001 warning (1,79)-(1,91) $2.5 billion",
            ],
            report.Reported.Select(d => $"{d.Id} {d.Severity.ToString().ToLowerInvariant()} ({d.Location.LineSpan.Start.Line + 1},{d.Location.LineSpan.Start.Character + 1})-({d.Location.LineSpan.End.Line + 1},{d.Location.LineSpan.End.Character + 1}) {d.FlaggedText}"));
        Assert.Equal("articles/draft.md", report.Path);
        Assert.Equal((29, "F", true), (report.Score!.Value, report.Score.Grade, report.Score.IsRated));
    }

    [Fact]
    public async Task Editorconfig_resolution_is_an_option()
    {
        File.WriteAllText(Path.Combine(_directory, ".editorconfig"), "root = true\n[*.md]\ndotnet_diagnostic.DL4001.severity = none\n");

        var applied = await DocLinter.Create(new DocLinterOptions { WorkingDirectory = _directory }).LintTextAsync(Weak, DocumentKind.Markdown);
        var ignored = await DocLinter.Create(new DocLinterOptions { WorkingDirectory = _directory, UseEditorConfig = false }).LintTextAsync(Weak, DocumentKind.Markdown);

        Assert.DoesNotContain(applied.Reported, d => d.Id == "DL4001");
        Assert.Contains(ignored.Reported, d => d.Id == "DL4001");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n")]
    public async Task An_empty_draft_is_a_document_with_no_findings_and_no_score(string draft)
    {
        var report = await DocLinter.Create(new DocLinterOptions { WorkingDirectory = _directory }).LintTextAsync(draft, DocumentKind.Markdown);

        Assert.True(report.WasLinted);
        Assert.Empty(report.Diagnostics);
        Assert.Null(report.Score);
    }

    [Fact]
    public async Task Text_and_files_give_the_same_findings_and_score_for_the_same_document()
    {
        File.WriteAllText(Path.Combine(_directory, ".editorconfig"), "root = true\n[*.md]\ndotnet_diagnostic.DL3001.severity = none\n");
        File.WriteAllText(Path.Combine(_directory, "a.md"), Weak);
        var linter = DocLinter.Create(new DocLinterOptions { WorkingDirectory = _directory });

        var text = await linter.LintTextAsync(Weak, DocumentKind.Markdown, new LintSettings { Path = "a.md" });
        var files = await linter.LintFilesAsync(["a.md"]);

        var file = Assert.Single(files.Documents);
        Assert.Equal(Describe(text), Describe(file));
        Assert.Equal(text.Score!.Value, file.Score!.Value);
        Assert.Equal(text.Score.Tally, file.Score.Tally);
    }

    private static string[] Describe(DocLint.Reporting.DocumentReport report) =>
        [.. report.Diagnostics.Select(d => $"{d.Id} {d.Severity} {d.Location.SourceSpan.Start}+{d.Location.SourceSpan.Length} {d.IsSuppressed} {d.Message}")];

    [Fact]
    public async Task A_bad_editorconfig_value_is_one_DL0002_in_the_run_and_in_the_text_result()
    {
        File.WriteAllText(Path.Combine(_directory, ".editorconfig"), "root = true\n[*.md]\ndotnet_diagnostic.DL4001.severity = laud\n");
        File.WriteAllText(Path.Combine(_directory, "a.md"), Weak);
        File.WriteAllText(Path.Combine(_directory, "b.md"), Weak);
        var linter = DocLinter.Create(new DocLinterOptions { WorkingDirectory = _directory });

        var run = await linter.LintFilesAsync(["a.md", "b.md"]);
        var text = await linter.LintTextAsync(Weak, DocumentKind.Markdown);

        var problem = Assert.Single(run.ConfigurationProblems);
        Assert.Equal(("DL0002", ".editorconfig", 2), (problem.Id, problem.Location.Path, problem.Location.LineSpan.Start.Line));
        Assert.True(run.HasInputErrors);
        Assert.Single(text.Diagnostics, d => d.Id == "DL0002");
    }

    [Fact]
    public async Task Switched_off_findings_do_not_turn_into_sourced_claims()
    {
        var opinion = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Examples, "opinion.md"));
        var all = DocLinter.Create(new DocLinterOptions { UseEditorConfig = false });
        var silenced = DocLinter.Create(new DocLinterOptions { UseEditorConfig = false, NoWarn = ["DL2001", "DL3001", "DL2002", "DL3002", "DL4001", "DL5001"] });

        var before = (await all.LintTextAsync(opinion, DocumentKind.Markdown)).Score!;
        var after = (await silenced.LintTextAsync(opinion, DocumentKind.Markdown)).Score!;

        // It used to read 90/100, "6 of 6 claims sourced": switching rules off sourced the claims they flagged.
        Assert.Equal((14, 2, 21), (before.Value, before.Tally.SourcedClaims, before.Tally.Claims));
        Assert.Equal(before.Tally.SourcedClaims, after.Tally.SourcedClaims);
        Assert.Equal(before.Tally.Claims, after.Tally.Claims + after.UnjudgedClaims);
        Assert.True(after.UnjudgedClaims > 0);
        // With the claims rule (DL5001) off too, its 19 unsourced and vague claims are unjudged, not sourced.
        Assert.Equal((19, 38), (after.UnjudgedClaims, after.SuppressedFindings));
    }

    [Fact]
    public async Task A_page_without_claims_passes_the_gate_unless_unrated_pages_must_fail()
    {
        const string Recipe = "# Pancakes\n\nWhy not make pancakes this weekend?\n";

        var lenient = await DocLinter.Create(new DocLinterOptions { UseEditorConfig = false, MinScore = 70 }).LintTextAsync(Recipe, DocumentKind.Markdown);
        var strict = await DocLinter.Create(new DocLinterOptions { UseEditorConfig = false, MinScore = 70, Unrated = UnratedScores.Fail }).LintTextAsync(Recipe, DocumentKind.Markdown);

        Assert.Empty(lenient.Reported);
        Assert.True(lenient.GateSkipped);
        var failure = Assert.Single(strict.Reported);
        Assert.Equal(("DL0020", DiagnosticSeverity.Error), (failure.Id, failure.Severity));
    }

    [Fact]
    public async Task A_score_below_the_minimum_is_a_DL0020_error_that_no_setting_hides()
    {
        File.WriteAllText(Path.Combine(_directory, ".editorconfig"), "root = true\n[*.md]\ndotnet_diagnostic.DL0020.severity = none\n");

        var report = await DocLinter.Create(new DocLinterOptions { WorkingDirectory = _directory, MinScore = 70 }).LintTextAsync(Weak, DocumentKind.Markdown);

        var failure = Assert.Single(report.Reported, d => d.Id == "DL0020");
        Assert.Equal("Source reliability 29/100 (F) is below the minimum score 70", failure.Message);
    }

    [Fact]
    public void Descriptors_come_from_the_instance()
    {
        var linter = DocLinter.Create();

        Assert.Equal(linter.Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal), linter.Descriptors.Select(d => d.Id));
        Assert.Contains(linter.Descriptors, d => d.Id == "DL1001");
        Assert.Contains(linter.Descriptors, d => d.Id == "DL0020");
        Assert.Equal(linter.Descriptors.Length, linter.Descriptors.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_cancelled_call_throws_and_lints_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var linter = DocLinter.Create();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => linter.LintTextAsync(Weak, DocumentKind.Markdown, cancellationToken: cancellation.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => linter.LintFilesAsync(["a.md"], cancellation.Token));
    }

    [Fact]
    public async Task An_unreadable_file_is_a_failed_document_not_an_exception()
    {
        var run = await DocLinter.Create(new DocLinterOptions { WorkingDirectory = _directory }).LintFilesAsync(["missing.md"]);

        var document = Assert.Single(run.Documents);
        Assert.False(document.WasLinted);
        Assert.Equal("DL0011", Assert.Single(document.Diagnostics).Id);
    }
}
