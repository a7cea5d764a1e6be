using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// new49: "after seven months of deliberation" measures the event it names, so it is a duration, not the relative time
/// "after seven months" alone is (FigureFinder.IsRelativeTime).
/// </summary>
public sealed class DL2001EventSpansAfterTests
{
    [Theory]
    [InlineData("The talks ended after {|DL2001:seven|} months of deliberation.")]
    [InlineData("After {|DL2001:5|} hours of talks, the negotiators left.")]
    [InlineData("The ceasefire held after {|DL2001:eight|} days of cross-border fighting.")]
    public void Reports_a_span_after_after_that_an_event_fills(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // With no event after it, the span places the sentence in time.
    [InlineData("The talks ended after seven months.")]
    [InlineData("They left after 5 hours, tired.")]
    // "within" still places an event relative to another one.
    [InlineData("The talks ended within seven months of the election.")]
    public void Leaves_a_span_that_places_an_event_in_time(string text) => Verify.VerifyNoDiagnostics(text);
}
