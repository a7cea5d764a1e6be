using System.Text;
using DocLint.Evaluation;

namespace DocLint.Rules.Tests;

/// <summary>
/// tools/gold/sets keep our labelled sentences as code-point offsets into the shared articles; the reader must give the
/// sentences, neighbours and spans the set's jsonl gives, and refuse a row that does not fit its article.
/// </summary>
public sealed class OffsetGoldReaderTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("doclint-gold-offsets").FullName;

    public OffsetGoldReaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_data, "articles"));
        // An astral character (one code point, two UTF-16 units) before the paragraph: offsets count code points.
        // Code points: "Title \U0001F600\n\n" is 0-8; "It rose 5%." 9-20; " " 20; "Critics say it may fall." 21-45.
        File.WriteAllText(Path.Combine(_data, "articles", "a.txt"), "Title \U0001F600\n\nIt rose 5%. Critics say it may fall.\n", new UTF8Encoding(false));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void A_row_gives_the_sentence_its_neighbours_and_its_labels_located_in_the_text()
    {
        var (sentences, problem) = Read("a.txt#s001\tarticles/a.txt\t21\t45\t9-20\t-\tunnamed_source:0:11:|hedge:15:3:borderline");

        Assert.Null(problem);
        var sentence = Assert.Single(sentences);
        Assert.Equal(("a.txt#s001", "Critics say it may fall.", "It rose 5%.", string.Empty), (sentence.Id, sentence.Text, sentence.Previous, sentence.Next));
        Assert.Equal(
            [(Family.UnnamedSource, "Critics say", "", 0, 11), (Family.Hedge, "may", "borderline", 15, 18)],
            sentence.Labels.Select(l => (l.Family, l.Span, l.Note, l.Start, l.End)));
    }

    [Fact]
    public void A_row_with_no_labels_is_a_negative_sentence()
    {
        var (sentences, _) = Read("a.txt#s000\tarticles/a.txt\t9\t20\t-\t21-45\t");

        Assert.Equal(("It rose 5%.", "Critics say it may fall.", 0), (sentences[0].Text, sentences[0].Next, sentences[0].Labels.Count));
    }

    [Fact]
    public void A_label_counts_code_points_within_its_sentence()
    {
        var (sentences, _) = Read("a.txt#s000\tarticles/a.txt\t0\t7\t-\t9-20\thedge:6:1:");

        Assert.Equal([("\U0001F600", 6, 8)], sentences[0].Labels.Select(l => (l.Span, l.Start, l.End)));
    }

    [Fact]
    public void Rows_that_do_not_fit_their_article_are_refused_with_the_line_and_the_reason()
    {
        Assert.Equal($"line 2: 'articles/b.txt' is not under {_data}", Read("a.txt#s000\tarticles/b.txt\t9\t20\t-\t-\t").Problem);
        Assert.Equal("line 2: 'articles/a.txt': an offset of the sentence or a neighbour is outside the article", Read("a.txt#s000\tarticles/a.txt\t9\t99\t-\t-\t").Problem);
        Assert.Equal("line 2: label 'hedge:20:9:' is not category:offset:length:note inside its sentence", Read("a.txt#s000\tarticles/a.txt\t21\t45\t-\t-\thedge:20:9:").Problem);
        // Inside the article but past its sentence's end: still refused.
        Assert.Equal("line 2: label 'hedge:5:10:' is not category:offset:length:note inside its sentence", Read("a.txt#s000\tarticles/a.txt\t9\t20\t-\t-\thedge:5:10:").Problem);
        Assert.Equal("line 2: needs 7 tab-separated fields: id, file, start, end, prev, next, labels (tools/gold/README.md)", Read("a.txt#s000\tarticles/a.txt\t9").Problem);
        Assert.Equal("no sentences", Read(string.Empty).Problem);
    }

    private (IReadOnlyList<GoldSentence> Sentences, string? Problem) Read(string row)
    {
        var path = Path.Combine(_data, "set.tsv");
        File.WriteAllText(path, "# header\n" + row + "\n");
        return LabelledSetFile.Read(path, new SharedArticles(_data));
    }
}
