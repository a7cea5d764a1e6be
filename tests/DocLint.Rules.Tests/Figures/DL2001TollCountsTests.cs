using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures44: a named actor's act sources its content, but the actor of the violence is no source for its toll: a count
/// of the killed or hurt after a toll verb or before a toll state is not covered by the act (TollCounts).
/// </summary>
public sealed class DL2001TollCountsTests
{
    [Theory]
    [InlineData("Hours later, the Taliban set off a car bomb outside a military base, killing {|DL2001:four|} civilians.")]
    [InlineData("Boko Haram set off a bomb near the market, killing {|DL2001:at least 12|} people.")]
    [InlineData("The Taliban set off a bomb in Kabul that left {|DL2001:12|} people dead and {|DL2001:40|} wounded.")]
    [InlineData("The Islamic State set off a truck bomb in the town, and {|DL2001:five|} soldiers were killed.")]
    public void Reports_a_toll_after_a_named_actors_act(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // The act's own object stays its content, victims or not.
    [InlineData("The council approved $2 million for the families of the victims.")]
    [InlineData("The Senate passed a $484 billion relief bill on Thursday.")]
    // A toll someone reports stays sourced.
    [InlineData("Boko Haram set off a bomb near the market, killing four people, police said.")]
    public void Still_leaves_the_acts_own_content_and_a_reported_toll(string text) => Verify.VerifyNoDiagnostics(text);
}
