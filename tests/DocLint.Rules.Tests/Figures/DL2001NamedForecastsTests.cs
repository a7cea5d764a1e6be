using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

// A named forecaster's "expects"/"expected" is the source of its forecast's figure (quote49).
public sealed class DL2001NamedForecastsTests
{
    [Theory]
    [InlineData("Zandi expected the US economy to add 150,000 jobs in September.")]
    [InlineData("He expects more than 2,000 to gather at his megachurch on Sunday.")]
    [InlineData("Medtronic expects an increased tax bill of up to $60 million next year.")]
    [InlineData("By 2024, Benchmark expects America to have 8.2% of the world's battery-making capacity.")]
    // "she" and "it" stand for the forecaster as "he" does (class-forecaster-pronouns; rev48).
    [InlineData("It expects revenue of $2 billion this year.")]
    [InlineData("She expected the deficit to reach $1 trillion by 2020.")]
    public void Leaves_a_named_forecast(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A passive "is expected" stays an impersonal report (DL2002); an adjective "the expected" and a clause after the
    // forecast's own are the author's.
    [InlineData("The economy is expected to add {|DL2002:150,000|} jobs in September.")]
    [InlineData("The expected {|DL2001:$50 billion|} in additional money is speculative.")]
    [InlineData("Zandi expected a slowdown, but the company hired {|DL2001:1,500|} workers in September.")]
    // "they" is no listed forecaster (rev48).
    [InlineData("They expect revenue of {|DL2001:$2 billion|} this year.")]
    public void Reports_a_figure_no_named_forecaster_holds(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // A vague speaker who reports the forecast keeps it DL2002's.
    [InlineData("Authorities in Ahmedabad expect to spend {|DL2002:around 800m rupees|} on the visit, two government officials told Reuters.")]
    public void Reports_a_forecast_a_vague_speaker_reports(string markup) => Verify.VerifyMarkdown(markup);
}
