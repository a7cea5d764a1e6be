using FigureVerify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;
using ClaimVerify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Claims.UnsourcedClaimAnalyzer>;
using SourceVerify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Sources.VagueSourceAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// An organisation's acronym that spells a function word ("WHO", "IT": grammar-spelled-acronyms) names its source
/// in mixed-case prose as "Gallup" does (names42): the tagger read the lowered word, the pronoun "who", and the rules'
/// not-a-name list held "who". A shouted "WHO KNEW?" and a lower-case relative "who" stay words.
/// </summary>
public sealed class DL2001SpelledAcronymsTests
{
    [Theory]
    [InlineData("The virus has killed 5,000 people in the region, according to WHO.")]
    [InlineData("The WHO estimated that 200 people died.")]
    [InlineData("The virus has killed 5,000 people in the region, the WHO said.")]
    [InlineData("The virus has killed 5,000 people in the region, according to Gallup.")]
    public void Does_not_report_a_figure_a_spelled_acronym_gives(string text) => FigureVerify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("The virus has killed 5,000 people in the region, according to WHO.")]
    [InlineData("The WHO estimated that 200 people died.")]
    [InlineData("The virus has killed 5,000 people in the region, the WHO said.")]
    public void Does_not_report_a_claim_a_spelled_acronym_gives(string text) => ClaimVerify.VerifyNoDiagnostics(text);

    [Theory]
    // A lower-case "who" is the relative pronoun: the clause names no source.
    [InlineData("The virus has killed {|DL2001:5,000|} people who lived in the region.")]
    // Shouting: "WHO" beside another word in capitals is the word, and the shouted question names no source.
    [InlineData("WHO KNEW? The virus has killed {|DL2001:5,000|} people in the region.")]
    public void Reports_a_figure_beside_the_word_who(string markup) => FigureVerify.VerifyMarkdown(markup);

    // "A WHO source said" is as anonymous as "an FBI source said" (names43): the readers that asked the lowered word took
    // the acronym for a relative pronoun and found no source phrase; every word class and literal test now asks
    // SpelledAcronyms.
    [Theory]
    [InlineData("{|DL3001:A WHO source said|} the agency would send 40 experts.")]
    [InlineData("{|DL3001:A WHO official told|} reporters the agency would send 40 experts.")]
    [InlineData("{|DL3001:An FBI source said|} the agency would send 40 experts.")]
    public void Reports_an_unnamed_source_of_a_spelled_acronym(string markup) => SourceVerify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("A WHO source said the agency would send {|DL2002:40|} experts.")]
    [InlineData("A WHO official told reporters the agency would send {|DL2002:40|} experts.")]
    public void Reports_the_figure_of_an_unnamed_source_of_a_spelled_acronym(string markup) => FigureVerify.VerifyMarkdown(markup);

    // Named: the acronym's spokesman with his name is a source the reader can check.
    [Theory]
    [InlineData("WHO spokesman Tarik Jasarevic said the agency would send 40 experts.")]
    public void Does_not_report_a_named_speaker_of_a_spelled_acronym(string text) => SourceVerify.VerifyNoDiagnostics(text);
}
