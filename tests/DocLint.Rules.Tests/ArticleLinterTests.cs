using System.Text;
using DocLint.Evaluation;

namespace DocLint.Rules.Tests;

/// <summary>
/// The evaluation's article view lints a gold sentence's whole article, as the CLI reads it, and keeps the findings that
/// start inside the sentence, shifted to its offsets: a document-level reading the window view cannot see counts there.
/// </summary>
public sealed class ArticleLinterTests : IDisposable
{
    // A strategist introduced anonymously in the first paragraph and named again by role two paragraphs later.
    private const string Introduction = "Can he recover? a veteran Democratic strategist asked on Monday.";
    private const string Between = "The economy grew in the spring. The talks are over for now.";
    private const string Later = "Turnout will be low in the fall, the strategist said.";

    private readonly string _data = Directory.CreateTempSubdirectory("doclint-article-view").FullName;

    public ArticleLinterTests()
    {
        Directory.CreateDirectory(Path.Combine(_data, "articles"));
        File.WriteAllText(Path.Combine(_data, "articles", "a.txt"), $"Title \U0001F600\n\n{Introduction}\n\n{Between}\n\n{Later}\n", new UTF8Encoding(false));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void A_role_introduced_anonymously_paragraphs_earlier_is_found_in_the_article_view_only()
    {
        var sentence = Sentence(Later, [new RawLabel("unnamed_source", "the strategist", "")]);

        var article = new ArticleLinter(new SharedArticles(_data)).Lint(sentence)!;
        var window = new DocLintLinter().Lint(Later);

        // Offsets are the sentence's own, though the article's title holds a character of two UTF-16 units.
        Assert.Equal([("DL5001", 0, 53), ("DL3001", 33, 52)], article.Select(f => (f.Rule, f.Start, f.End)));
        Assert.Equal("the strategist said", Later[33..52]);
        Assert.DoesNotContain(window, f => f.Rule == "DL3001");
        Assert.Equal((1, 0), (Found(DevSetEvaluation.Run([sentence], new ArticleLinter(new SharedArticles(_data))).Results), Found(DevSetEvaluation.Run([sentence], new DocLintLinter()))));
    }

    [Fact]
    public void A_finding_starting_outside_the_sentence_is_left_out_and_one_running_past_its_end_is_cut()
    {
        // The first 32 characters of the last paragraph: DL3001 starts after them, DL5001 starts inside and runs on.
        var sentence = Sentence(Later[..32], []);

        var findings = new ArticleLinter(new SharedArticles(_data)).Lint(sentence)!;

        Assert.Equal([("DL5001", 0, 32)], findings.Select(f => (f.Rule, f.Start, f.End)));
    }

    [Fact]
    public void A_sentence_whose_article_is_missing_is_skipped_and_the_article_named()
    {
        var linter = new ArticleLinter(new SharedArticles(_data));
        var sentence = new GoldSentence("b.txt#s001", Later, "", "", [], new ArticlePlace("articles/b.txt", 0, Later.Length));

        var (results, skipped) = DevSetEvaluation.Run([sentence], linter);

        Assert.Equal([sentence], skipped);
        Assert.All(results, r => Assert.Equal(0, r.Sentences.Gold + r.Sentences.Predicted));
        Assert.Equal(["articles/b.txt"], linter.Unreadable.Keys);
    }

    private static GoldSentence Sentence(string text, IEnumerable<RawLabel> labels)
    {
        // Code points: "Title " 0-5, the emoji 6, "\n\n" 7-8, then the paragraphs, each followed by "\n\n".
        var start = 9 + Introduction.Length + 2 + Between.Length + 2;
        return DevSetReader.Build("a.txt#s003", text, string.Empty, string.Empty, labels, new ArticlePlace("articles/a.txt", start, start + text.Length));
    }

    private static int Found(IReadOnlyList<FamilyResult> results) => results.Single(r => r.Family == Family.UnnamedSource).Sentences.PredictedCorrect;
}
