using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

public sealed class CitationReaderTests
{
    [Theory]
    [InlineData("Sleep improves memory [12].", true)]
    [InlineData("Sleep improves memory (Smith, 2020).", true)]
    [InlineData("Sleep improves memory (Smith et al. 2020).", true)]
    [InlineData("Sleep improves memory (Smith and Jones 2020; Lee 2019).", true)]
    [InlineData("We won \u2014 Larry Page (@LarryWebsite) May 10, 2017", true)]
    [InlineData("We won \u2014 Larry Page (@ LarryWebsite) May 10, 2017", true)]
    [InlineData("Sleep improves memory [a].", false)]
    [InlineData("Sleep improves memory (in 2020).", false)]
    [InlineData("Sleep improves memory (Smith said so in 20200).", false)]
    [InlineData("The league (@nfl) said so.", false)]
    [InlineData("Sleep improves memory.", false)]
    public void Finds_citation_markers_in_the_text(string text, bool expected) =>
        Assert.Equal(expected, CitationReader.HasCitationMarker(SemanticsFixture.Of(text).Sentence.Tokens));

    [Theory]
    [InlineData("Sleep improves [memory](https://example.org/study).", true)]
    [InlineData("Sleep improves memory.[^1]\n\n[^1]: Smith, 2020.", true)]
    [InlineData("Sleep improves memory.", false)]
    public void A_link_or_footnote_is_evidence(string markdown, bool expected) =>
        Assert.Equal(expected, CitationReader.HasEvidence(SemanticsFixture.Of(markdown).Sentence));
}
