using DocLint.Analysis;
using DocLint.Documents;
using DocLint.FigureTool;
using DocLint.Rules.Figures;
using DocLint.Text;

namespace DocLint.FigureTool.Tests;

public sealed class FigureFeaturesTests
{
    [Fact]
    public void A_bare_sum_in_a_short_sentence()
    {
        Assert.Equal(
            ["attribution=none", "bias", "call=Unsourced", "figure=first", "figures=low", "form-words=mid", "form=decimal", "form=money", "form=scale",
             "governed-by=other", "head=money", "length=low", "magnitude=small", "next=absent", "position=predicate", "previous=absent", "tag-after=Period",
             "tag-before=VBD", "tense=past"],
            FeaturesOf("The city spent $4.5 million.", 0));
    }

    [Fact]
    public void A_count_of_people_reported_by_a_named_source_with_a_neighbour()
    {
        Assert.Equal(
            ["attribution-clause=same", "attribution=after-figure", "attribution=named", "bias", "call=NamedSource", "figure=first", "figures=low",
             "form-words=low", "governed-by=other", "head=people", "length=low", "magnitude=hundreds", "next=absent", "position=first", "position=subject", "previous=unattributed",
             "reported-speech", "tag-after=NNS", "tag-before=start", "tense=past"],
            FeaturesOf("The storm hit the coast. 26 officials resigned, Mayor Jane Smith said.", 1));
    }

    [Fact]
    public void A_spelled_count_after_a_definite_article_in_a_quotation()
    {
        Assert.Equal(
            ["attribution=none", "bias", "call=Quoted", "figure=first", "figures=low", "form-words=low", "governed-by=other", "head=other-plural", "length=low", "magnitude=hundreds",
             "next=absent", "noun-phrase=definite", "position=predicate", "previous=absent", "quoted", "tag-after=NNS", "tag-before=DT",
             "tense=past"],
            FeaturesOf("Fans chanted \"the 12 players\" all night.", 0));
    }

    [Fact]
    public void A_hypothetical_change_governed_by_by_and_a_later_small_spelled_count()
    {
        const string Text = "Sales would fall by 12 percent and nine stores would close.";
        Assert.Equal(
            ["attribution=none", "bias", "call=Unsourced", "figure=first", "figures=mid", "form-words=mid", "form=percent", "governed-by=by",
             "head=other-plural", "length=low", "magnitude=hundreds", "modal-in-sentence", "next=absent", "position=predicate", "previous=absent",
             "tag-after=CC", "tag-before=IN"],
            FeaturesOf(Text, 0, 0));
        Assert.Equal(
            ["attribution=none", "bias", "call=Unsourced", "figure=later", "figures=mid", "form-words=low", "form=spelled", "governed-by=other",
             "head=other-plural", "length=low", "magnitude=small", "modal-in-sentence", "next=absent", "position=predicate", "previous=absent",
             "tag-after=NNS", "tag-before=CC"],
            FeaturesOf(Text, 0, 1));
    }

    [Fact]
    public void A_document_named_in_the_sentence()
    {
        Assert.Contains("document-in-sentence", FeaturesOf("The audit counted nine stores.", 0));
        Assert.DoesNotContain("document-in-sentence", FeaturesOf("The city counted nine stores.", 0));
    }

    [Fact]
    public void A_figure_covered_by_the_previous_speaker_gets_the_nearby_features_only_when_asked()
    {
        const string Text = "Mayor Jane Smith said the city is broke. She wants to cut 400 jobs.";
        Assert.Equal(
            ["nb:distance=mid", "nb:own-tense=present", "nb:pronoun-continues", "nb:side=previous", "nb:source-first", "nb:subject=pronoun", "nb:verb-tense=past"],
            FeaturesOf(Text, 1, null, nearby: true).Where(f => f.StartsWith("nb:", StringComparison.Ordinal)));
        Assert.DoesNotContain(FeaturesOf(Text, 1), f => f.StartsWith("nb:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unsourced_figure_gets_no_nearby_features()
    {
        Assert.DoesNotContain(FeaturesOf("The city spent $4.5 million.", 0, null, nearby: true), f => f.StartsWith("nb:", StringComparison.Ordinal));
    }

    private static string[] FeaturesOf(string text, int sentenceIndex) => FeaturesOf(text, sentenceIndex, null);

    // figureIndex null: the sentence must have exactly one figure.
    private static string[] FeaturesOf(string text, int sentenceIndex, int? figureIndex, bool nearby = false)
    {
        var document = new AnalyzedDocument(DocumentLoader.Parse("a.txt", SourceText.From(text)));
        var sentence = document.Sentences[sentenceIndex];
        var verdicts = UnsourcedFigureAnalyzer.Verdicts(document, sentence);
        var verdict = figureIndex is { } index ? verdicts[index] : Assert.Single(verdicts);
        return [.. FigureFeatures.Of(document, sentence, verdict, nearby).Order(StringComparer.Ordinal)];
    }
}
