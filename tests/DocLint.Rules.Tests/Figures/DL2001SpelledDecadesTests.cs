using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

// A hyphenated spelled decade ("the nineteen-eighties") is a time, as "the 1980s" is (quote49).
public sealed class DL2001SpelledDecadesTests
{
    [Theory]
    [InlineData("I had got to know Shub in the nineteen-eighties, when I worked for gay and lesbian publications.")]
    [InlineData("The founders established the organization in the late nineteen-eighties, and they left.")]
    [InlineData("It was developed during syphilis outbreaks in the nineteen-thirties, and it spread.")]
    public void Leaves_a_spelled_decade(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A hyphenated spelled count that is no decade stays a figure.
    [InlineData("The company hired {|DL2001:forty-five|} workers last year.")]
    [InlineData("The founders raised {|DL2001:eighty-six|} donations in the late nineteen-eighties.")]
    public void Reports_a_hyphenated_count_beside_it(string markup) => Verify.VerifyMarkdown(markup);
}
