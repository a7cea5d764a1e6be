using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures81: "another" before a number and a time unit adds a span to one already running ("for another six months",
/// "won another four years in office"), as "four more years" and "the next four years" do: relative time, no figure
/// (class-time-span-openers).
/// </summary>
public sealed class DL2001AnotherSpanTests
{
    [Theory]
    [InlineData("But even without Florida, Mr. Obama has won another four years in office.")]
    [InlineData("He hoped to be in the White House for another five years.")]
    [InlineData("After another three years, those immigrants could petition for citizenship.")]
    [InlineData("Meaning that they rise for another 13 years.")]
    public void Leaves_another_span_of_time(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // "another" before a count or a sum adds to a figure, which stays reported.
    [InlineData("Officials moved another {|DL2001:5,000|} people to state parks.")]
    [InlineData("He has lined up another {|DL2001:$60 billion|} in tariffs.")]
    // Without "another" the span is a measured quantity, as before.
    [InlineData("The group has spent {|DL2001:four|} years in the wilderness.")]
    // A clock unit after "another" measures a stretch of an event (class-clock-span-units).
    [InlineData("But Biden pushed through and talked for another {|DL2001:six|} minutes.")]
    public void Reports_another_count_and_a_bare_span(string markup) => Verify.VerifyMarkdown(markup);
}
