using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// A bare order of magnitude the author states ("thousands of migrants", "tens of thousands", "dozens of schools",
/// "more than a dozen") is the author's own estimate, which a named source in a neighbouring sentence does not cover
/// (RoundMagnitudes, figures57); a counted figure there, a magnitude in quotation, a sum ("billions of dollars") and the
/// neighbour's own figure stay covered.
/// </summary>
public sealed class DL2001RoundMagnitudesTests
{
    [Theory]
    [InlineData("Mayor Karen Bass said on Monday that the shelters were full. Now, {|DL2001:thousands|} of migrants have arrived in the city.")]
    [InlineData("Police Chief John Miller said the march was peaceful. Tens of {|DL2001:thousands|} of people walked downtown.")]
    [InlineData("Senator Maria Lopez said the bill was a good start. More than a {|DL2001:dozen|} senators introduced it last month.")]
    [InlineData("Saeed said the group only does humanitarian work. The group has operated a network of {|DL2001:dozens|} of schools.")]
    public void Reports_a_round_magnitude_beside_a_named_source(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a counted figure after the source, a magnitude in a quotation (running on or closing in its sentence), the
    // magnitude the named source reports in its own sentence, and a sum, mostly the content of what the source offered.
    [Theory]
    [InlineData("Mayor Karen Bass said on Monday that the shelters were full. About 4,000 migrants have arrived in the city.")]
    [InlineData("Mayor Karen Bass said on Monday: \"The shelters are full. Thousands of migrants have arrived in the city.\"")]
    [InlineData("Mayor Karen Bass said on Monday that the shelters were full. \u201CThousands of migrants have arrived in the city.\u201D")]
    [InlineData("Mayor Karen Bass said on Monday that thousands of migrants had arrived in the city. The shelters are full.")]
    [InlineData("Beijing said on Friday that it would cut tariffs on soybeans. It offered to raise its purchases of U.S. goods by billions of dollars.")]
    public void Leaves_a_counted_quoted_or_reported_figure_to_the_named_source(string text) => Verify.VerifyNoDiagnostics(text);
}
