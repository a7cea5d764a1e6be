using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// A spelled ratio ("one in five women", "three out of five") is a share, read whole, as "5 in 6" is (figmiss30:
/// class-ratio-numerators.txt). A year or a time unit after it places an event in time; a poll's "Six in 10 Americans
/// say" stays a share, not a count of speakers; a named source still covers it.
/// </summary>
public sealed class DL2001SpelledRatioTests
{
    [Theory]
    [InlineData("{|DL2001:ONE IN FIVE|} girls marries before reaching adulthood.")]
    [InlineData("Today that number is {|DL2001:one in two|}.")]
    [InlineData("Before the pandemic hit, {|DL2001:one in five|} women reported violence by a partner.")]
    [InlineData("Sanders lost {|DL2001:three out of five|} states to Clinton on Tuesday.")]
    // The whole ratio is the share: a respondent verb after it does not make it a count of speakers.
    [InlineData("{|DL2001:Six in 10|} Americans say a recession is likely in the next year.")]
    public void Reports_a_spelled_ratio(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("One in three Democrats opposes the move, according to the Pew Research Center.")]
    // A year or a time unit after "one in" places an event in time.
    [InlineData("The state has held executions since 1988: one in 2001 and one in 2003.")]
    [InlineData("She was the only one in 20 years to win the seat.")]
    public void Does_not_report_a_sourced_ratio_or_a_time(string text) => Verify.VerifyNoDiagnostics(text);
}

/// <summary>
/// The audience a named speaker addresses is counted by the author, not by the speaker (figmiss30: the pool labels
/// these 7 of 8 times): after "told" (class-addressee-verbs.txt) or a speech word's "to" (class-address-heads.txt),
/// with only determiners, possessives, approximators and "the crowd of" between (class-audience-words.txt). The
/// speech's content, and what a passive "was told" heard, stay covered.
/// </summary>
public sealed class DL2001AudienceCountTests
{
    [Theory]
    [InlineData("He told his {|DL2001:916,000|} Twitter followers that the restrictions were part of a plot.")]
    [InlineData("Speaking to several {|DL2001:hundred|} supporters in Cedar Rapids, Sanders declared victory.")]
    [InlineData("In an email to the bureau's {|DL2001:35,000|} employees on Monday, Mr. Way said he would not comment.")]
    [InlineData("Trump's tweet to his {|DL2001:more than 65 million|} followers asserted that she had performed poorly.")]
    [InlineData("Carson told the crowd of several {|DL2001:hundred|} that they would win.")]
    public void Reports_a_speechs_audience(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("He told reporters that 500 people died in the flood.")]
    [InlineData("Smith told NPR that 300 workers were laid off.")]
    // A count straight after the audience noun is what the speech says, not the audience's size.
    [InlineData("Trump told the crowd 5,000 jobs would come back to Ohio.")]
    [InlineData("Trump said he asked his generals how many people would be killed and was told approximately 150.")]
    public void Still_covers_the_speechs_content(string text) => Verify.VerifyNoDiagnostics(text);
}
