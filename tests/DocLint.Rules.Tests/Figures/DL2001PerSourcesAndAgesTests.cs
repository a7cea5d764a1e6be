using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// A "per" set off by a comma, dash or parenthesis, or opening the sentence, frames it as "according to" does, when a
/// named source follows (figures39). "$5 per share", "per capita" and a vague "per reports" stay figures.
/// </summary>
public sealed class DL2001PerSourceTests
{
    [Theory]
    [InlineData("Andrew Cuomo's ratings shot up 32 points during the pandemic, per FiveThirtyEight, giving him his best polling in years.")]
    [InlineData("Worldwide deaths surpassed 100,000 on Friday, per Johns Hopkins.")]
    [InlineData("Per the CDC, about 40 percent of cases show no symptoms.")]
    [InlineData("Deaths rose to 3,000 (per the state health department) by May.")]
    public void Does_not_report_a_figure_per_a_named_source(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("Deaths rose to {|DL2001:3,000|} on Friday, per reports.")]
    [InlineData("The company paid a dividend of {|DL2001:$5|} per share last year.")]
    [InlineData("Spending reached {|DL2001:$9,000|} per capita in 2019.")]
    public void Reports_a_rate_or_a_vague_per(string markup) => Verify.VerifyMarkdown(markup);
}

/// <summary>
/// Ages the figure reader took for counts (figures39; guidelines section 4 NOT: ages): a sentence-opening "Now 83,",
/// a name's "then 24,", the second number of "ages 20-29", and "those 65 and older". A series ("rose to 5, then 10";
/// after a weekday, a month or before another "then": forward31),
/// a count after "Now" and a number before "and more" stay figures.
/// </summary>
public sealed class DL2001AgeTests
{
    [Theory]
    [InlineData("Now 83, she is staring down the virus with two risk factors.")]
    [InlineData("Holmes, then 24, was arrested at the scene.")]
    [InlineData("The gunman, James Holmes, then 24, was arrested at the scene.")]
    // rev31: a surname spelled like a month after a first name or title is still a name ("Theresa May, then 60,").
    [InlineData("Prime Minister Theresa May, then 60, called an early election.")]
    [InlineData("Brian May, then 28, wrote the song in a week.")]
    [InlineData("Nearly half of black men ages 20-29 were caught up in the system, the commission said.")]
    [InlineData("Support jumps among those 65 and older.")]
    [InlineData("The country imposed a curfew on those under 20 and stayed open.")]
    public void Does_not_report_an_age(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("The count rose to {|DL2001:5|}, then {|DL2001:10|}, then {|DL2001:20|} by Friday.")]
    [InlineData("Deaths rose to {|DL2001:3|} on Monday, then {|DL2001:7|}, then {|DL2001:12|}.")]
    [InlineData("Sales climbed to {|DL2001:4|} in March, then {|DL2001:9|}, before falling.")]
    [InlineData("Cases reached {|DL2001:3|} in Ohio, then {|DL2001:7|}, then {|DL2001:12|} by Friday.")]
    [InlineData("Now {|DL2001:40|} people work at the plant.")]
    [InlineData("The team scored {|DL2001:65|} and more in each game.")]
    [InlineData("The agency hired {|DL2001:30|} and more will follow.")]
    public void Reports_a_count_beside_age_words(string markup) => Verify.VerifyMarkdown(markup);
}
