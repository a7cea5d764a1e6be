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
            ["attribution=none", "bias", "call=Unsourced", "figures=low", "form-words=mid", "form=decimal", "form=money", "form=scale",
             "head=money", "length=low", "magnitude=small", "next=absent", "position=predicate", "previous=absent", "tag-after=Period",
             "tag-before=VBD", "tense=past"],
            FeaturesOf("The city spent $4.5 million.", 0));
    }

    [Fact]
    public void A_count_of_people_reported_by_a_named_source_with_a_neighbour()
    {
        Assert.Equal(
            ["attribution-clause=same", "attribution=after-figure", "attribution=named", "bias", "call=NamedSource", "figures=low",
             "form-words=low", "head=people", "length=low", "magnitude=hundreds", "next=absent", "position=first", "position=subject", "previous=unattributed",
             "reported-speech", "tag-after=NNS", "tag-before=start", "tense=past"],
            FeaturesOf("The storm hit the coast. 26 officials resigned, Mayor Jane Smith said.", 1));
    }

    [Fact]
    public void A_spelled_count_after_a_definite_article_in_a_quotation()
    {
        Assert.Equal(
            ["attribution=none", "bias", "call=Quoted", "figures=low", "form-words=low", "head=other-plural", "length=low", "magnitude=hundreds",
             "next=absent", "noun-phrase=definite", "position=predicate", "previous=absent", "quoted", "tag-after=NNS", "tag-before=DT",
             "tense=past"],
            FeaturesOf("Fans chanted \"the 12 players\" all night.", 0));
    }

    private static string[] FeaturesOf(string text, int sentenceIndex)
    {
        var document = new AnalyzedDocument(DocumentLoader.Parse("a.txt", SourceText.From(text)));
        var sentence = document.Sentences[sentenceIndex];
        var verdict = Assert.Single(UnsourcedFigureAnalyzer.Verdicts(document, sentence));
        return [.. FigureFeatures.Of(document, sentence, verdict).Order(StringComparer.Ordinal)];
    }
}
