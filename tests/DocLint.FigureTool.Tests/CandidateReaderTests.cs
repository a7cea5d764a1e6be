using DocLint.Evaluation;
using DocLint.FigureTool;
using DocLint.Rules.Figures;

namespace DocLint.FigureTool.Tests;

public sealed class CandidateReaderTests
{
    [Fact]
    public void Labels_each_figure_by_the_gold_span_it_overlaps()
    {
        const string Text = "The council hired 40 new teachers and spent $2 million on buses.";
        var sentence = new GoldSentence("abc.txt#s003", Text, "", "", [Label("40 new teachers", Text, "")]);

        var item = CandidateReader.Read(sentence, "train");

        Assert.Equal("abc.txt", item.Article);
        Assert.True(item.Positive);
        Assert.Equal([(FigureCall.Unsourced, (int?)1), (FigureCall.Unsourced, (int?)0)], item.Candidates.Select(c => (c.Call, c.Label)));
    }

    [Fact]
    public void A_figure_over_a_borderline_span_has_no_label_and_the_sentence_is_skipped()
    {
        const string Text = "The renovation cost $4.5 million.";
        var sentence = new GoldSentence("abc.txt#s001", Text, "", "", [Label("$4.5 million", Text, "borderline")]);

        var item = CandidateReader.Read(sentence, "train");

        Assert.True(item.Skipped);
        Assert.Null(Assert.Single(item.Candidates).Label);
    }

    [Fact]
    public void Reads_the_sentence_between_its_neighbours_and_keeps_only_its_own_figures()
    {
        const string Text = "The renovation cost $4.5 million.";
        var sentence = new GoldSentence("abc.txt#s002", Text, "City auditor Jane Smith said the work ran late.", "Work stopped for 3 weeks.", []);

        var item = CandidateReader.Read(sentence, "fresh12");

        var candidate = Assert.Single(item.Candidates);
        Assert.Equal(FigureCall.NamedNearby, candidate.Call);
        Assert.Equal(0, candidate.Label);
        Assert.Equal("fresh12", item.Part);
    }

    private static GoldLabel Label(string span, string text, string note)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);
        return new GoldLabel(Family.UnsourcedFigure, span, note, start, start + span.Length);
    }
}
