using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures49: a named speaker's report does not source the toll the author hangs on an event the speech mentions, in a
/// relative clause or a comma participle (DescribedTolls); a speaker after the toll and "according to" still cover it.
/// </summary>
public sealed class DL2001DescribedTollsTests
{
    [Theory]
    [InlineData("India said it cut communications in Kashmir, where an armed rebellion has killed {|DL2001:more than 60,000|} people since 1989.")]
    [InlineData("Indonesia said it would halt flights after the jet went down on Sunday, killing all {|DL2001:157|} people on board.")]
    [InlineData("Huckabee said Monday that the school system was behind a weekend stabbing attack that injured {|DL2001:five|} people.")]
    // The second count of a coordinated toll is in the same clause as the first (rev35).
    [InlineData("The ministry said the earthquake, which killed {|DL2001:12|} people and injured {|DL2001:40|}, struck at dawn.")]
    [InlineData("Police said a gunman opened fire at the market, killing {|DL2001:12|} people and wounding {|DL2001:14|} others.")]
    public void Reports_a_toll_described_beside_a_named_speech(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // The speech's own report of the toll.
    [InlineData("Police said the bomb killed four people near the market.")]
    [InlineData("The governor said that the storm killed 12 people.")]
    // A speaker after the toll, and "according to", cover the clause before them.
    [InlineData("The militants set off a bomb near the market, killing four people, police said.")]
    [InlineData("Chicago's tally topped New York's, where police said nearly 30 people were shot over the holiday.")]
    [InlineData("The civil war, which has killed more than 100,000, has raged since 2011, according to the United Nations.")]
    [InlineData("Police said the bomb killed 12 people and injured 40 near the market.")]
    [InlineData("The gunman opened fire at the market, killing two people and wounding 14 others, police said.")]
    public void Still_leaves_a_toll_the_speaker_reports(string text) => Verify.VerifyNoDiagnostics(text);
}
