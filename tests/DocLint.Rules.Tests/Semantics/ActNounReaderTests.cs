using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>A figure inside the phrase of an official act named by a noun with a named owner, or of a measure that would act.</summary>
public sealed class ActNounReaderTests
{
    [Theory]
    [InlineData("His $580 billion request stalled.", "$", true)]
    [InlineData("Obama's $3.8 trillion budget stalled.", "$", true)]
    [InlineData("His request to raise $580 billion stalled.", "$", true)]
    [InlineData("Trump's demand for $5 billion stalled.", "$", true)]
    [InlineData("They passed a resolution that would give the government 45 days.", "45", true)]
    [InlineData("The president's plan for 45 days stalled.", "45", true)]
    // The author's clause after the act's phrase, a bare measure's forecast, no owner, a comma, a plain noun.
    [InlineData("Trump's demand for a wall triggered the shutdown affecting 800,000 workers.", "800,000", false)]
    [InlineData("The bill would add $1.5 trillion to the debt.", "$", false)]
    [InlineData("The cost of a plan for 45 days rose.", "45", false)]
    [InlineData("His request, which sought $5 billion, stalled.", "$", false)]
    [InlineData("His report on $5 billion in aid came out.", "$", false)]
    public void Reads_a_figure_as_an_acts_content(string text, string figure, bool expected)
    {
        var fixture = SemanticsFixture.Of(text);

        Assert.Equal(expected, ActNounReader.IsActContent(fixture.Input, fixture.IndexOf(figure)));
    }
}
