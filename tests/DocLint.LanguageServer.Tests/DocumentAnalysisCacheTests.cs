using System.Text;
using CsCheck;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Documents;
using DocLint.Grammar;
using DocLint.LanguageServer.Workspace;
using DocLint.Pipeline;
using DocLint.Reporting;
using DocLint.Rules;
using DocLint.Text;

namespace DocLint.LanguageServer.Tests;

/// <summary>
/// Reusing a document's sentences and grammar across edits must give exactly what a fresh lint of the edited text
/// gives: every finding (suppressed ones too) with its span, message and context, the word count and the whole score.
/// </summary>
public sealed class DocumentAnalysisCacheTests
{
    // What writers type and what moves the rules: sentence ends, paragraph breaks, quotes, sources, figures,
    // hedges, Markdown structure, suppression comments.
    private static readonly string[] Pieces =
    [
        "said", "says", " probably", " obviously", ". ", ".", "\n\n", "\n", " ", ", ", " 70 percent", " $4 million",
        " according to the report", " critics say", " officials said", " The council", " It rose.", "\"", "“", "”",
        " could", "# ", "- ", "> ", "[link](https://example.org)", "[^1]", "\n[^1]: A note.\n", "U.S.", " Dr.", "`code`",
        "\n<!-- doclint-disable-next-line DL1001 -- why -->\n", "<!-- doclint-disable DL5001 -->", " we estimate that",
    ];

    private static readonly LintEngine Engine = new(BuiltInAnalyzers.Create());

    private static readonly string[] Articles =
        [.. Directory.GetFiles(DocLint.Cli.Tests.RepositoryPaths.Examples, "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    // An edit: where (a fraction of the text), how much to delete (a fraction of 60 characters), then either a piece
    // to insert or, for "copy", a slice of the text itself (a paragraph pasted elsewhere, the same text in a new block).
    private static readonly Gen<(double At, double Delete, int Piece, bool Copy)> Edit =
        Gen.Select(Gen.Double.Unit, Gen.Double.Unit, Gen.Int[0, Pieces.Length - 1], Gen.Int[0, 9].Select(i => i == 0));

    [Fact]
    public void Every_lint_in_a_random_edit_sequence_equals_a_fresh_lint_of_the_same_text()
    {
        var session = new LintSession(Engine);
        Gen.Select(Gen.Int[0, Articles.Length - 1], Gen.Bool, Edit.Array[20, 40]).Sample(
            (article, plain, edits) =>
            {
                var kind = plain ? DocumentKind.PlainText : DocumentKind.Markdown;
                var cache = new DocumentAnalysisCache(GrammarReader.Default);
                var text = Articles[article];
                Assert.Equal(Describe(session, Fresh(session, text, kind)), Describe(session, Reused(session, cache, text, kind)));
                foreach (var edit in edits)
                {
                    text = Apply(text, edit);
                    Assert.Equal(Describe(session, Fresh(session, text, kind)), Describe(session, Reused(session, cache, text, kind)));
                }
            },
            iter: 25);
    }

    [Fact]
    public void A_one_word_edit_segments_one_paragraph_again_and_reads_one_sentence_again()
    {
        var session = new LintSession(Engine);
        var cache = new DocumentAnalysisCache(GrammarReader.Default);
        var text = Article("opinion.md");
        Reused(session, cache, text, DocumentKind.Markdown);
        var first = cache.Counts;

        // A word in a sentence whose grammar the rules read (is its one finite verb in the main clause?), in one
        // paragraph of several.
        var edited = ReplaceOnce(text, "traffic plan", "traffic scheme");
        var report = Reused(session, cache, edited, DocumentKind.Markdown);

        var blocks = MarkdownProseExtractor.Extract("a.md", SourceText.From(edited)).Blocks.Length;
        Assert.Equal(new ReuseCounts(BlocksSegmented: 1, BlocksReused: blocks - 1, SentencesRead: 1, SentencesReused: first.SentencesRead - 1), cache.Counts);
        Assert.Equal(Describe(session, Fresh(session, edited, DocumentKind.Markdown)), Describe(session, report));
    }

    [Fact]
    public void The_cache_keeps_at_most_the_last_two_versions_of_the_document()
    {
        var session = new LintSession(Engine);
        var cache = new DocumentAnalysisCache(GrammarReader.Default);
        var text = Article("opinion.md");
        Reused(session, cache, text, DocumentKind.Markdown);
        var oneVersion = cache.Count;

        // Every edit makes a sentence and a paragraph that were never seen before; none of them may pile up.
        for (var i = 0; i < 50; i++)
        {
            text = ReplaceOnce(text, "Critics say", $"Critics {i} say, and Critics say");
            Reused(session, cache, text, DocumentKind.Markdown);
        }

        Assert.InRange(cache.Count, 1, 2 * (oneVersion + 2));
    }

    [Fact]
    public void The_workspace_linter_reuses_a_documents_analysis_between_versions_and_forgets_it_on_close()
    {
        var linter = new WorkspaceLinter(Engine, root: null);
        const string Uri = "untitled:draft";
        var text = Article("opinion.md");
        var first = linter.Lint(new DocumentSnapshot(Uri, "markdown", 1, SourceText.From(text)));
        Assert.Equal(0, linter.LastReuse(Uri)!.Value.BlocksReused);

        var edited = ReplaceOnce(text, "traffic plan", "traffic scheme");
        var second = linter.Lint(new DocumentSnapshot(Uri, "markdown", 2, SourceText.From(edited)));

        Assert.Equal(1, linter.LastReuse(Uri)!.Value.BlocksSegmented);
        Assert.Equal(1, linter.LastReuse(Uri)!.Value.SentencesRead);
        var session = new LintSession(Engine);
        Assert.Equal(Describe(session, Fresh(session, edited, DocumentKind.Markdown, Uri)), Describe(session, second.Report));
        Assert.NotSame(first.Report, second.Report);
        linter.Forget(Uri);
        Assert.Null(linter.LastReuse(Uri));
    }

    private static DocumentReport Fresh(LintSession session, string text, DocumentKind kind, string path = "doc.md") =>
        session.LintText(path, text, kind, DocumentSettings.Default);

    private static DocumentReport Reused(LintSession session, DocumentAnalysisCache cache, string text, DocumentKind kind)
    {
        cache.BeginLint();
        try
        {
            return session.LintText("doc.md", text, kind, DocumentSettings.Default, cache);
        }
        finally
        {
            cache.EndLint();
        }
    }

    // Everything a report says: each finding in full (suppressed and hidden ones too), then the JSON output with the
    // score, its sections, tally and claims.
    private static string Describe(LintSession session, DocumentReport report)
    {
        var text = new StringBuilder();
        foreach (var d in report.Diagnostics)
        {
            text.Append($"{d.Id} {d.Severity} {d.Location.SourceSpan} {d.Location.LineSpan} {d.Message} |{d.FlaggedText}|{d.Context}| {d.Suppression}\n");
        }

        text.Append($"words {report.WordCount}, score {report.Score?.Value} {report.Score?.Grade}\n");
        foreach (var claim in report.Score?.Claims ?? [])
        {
            text.Append(claim).Append('\n');
        }

        using var json = new StringWriter();
        new JsonFormatter().Write(session.Complete([report], []), json);
        return text.Append(json).ToString();
    }

    private static string Apply(string text, (double At, double Delete, int Piece, bool Copy) edit)
    {
        var at = (int)(edit.At * text.Length);
        var delete = Math.Min(text.Length - at, (int)(edit.Delete * 60));
        var insert = edit.Copy ? text.Substring((int)(edit.Delete * text.Length * 0.9), Math.Min(200, text.Length / 10)) : Pieces[edit.Piece];
        return string.Concat(text.AsSpan(0, at), insert, text.AsSpan(at + (edit.Copy ? 0 : delete)));
    }

    private static string Article(string name) => File.ReadAllText(Path.Combine(DocLint.Cli.Tests.RepositoryPaths.Examples, name));

    private static string ReplaceOnce(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"'{from}' is not in the article once");
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }
}
