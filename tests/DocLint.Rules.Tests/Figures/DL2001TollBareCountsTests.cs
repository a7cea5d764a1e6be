using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// new47: a spelled count that is a toll verb's whole object, with no counted noun after it, is the toll ("killed six
/// at an event"), as "killed 6 at" and "killed six people" already were (FigureFinder, class-toll-count-followers).
/// </summary>
public sealed class DL2001TollBareCountsTests
{
    [Theory]
    [InlineData("An outbreak of lung illness has killed {|DL2001:six|} in the United States in the past few weeks.")]
    [InlineData("Two bombs went off near the finish line, killing {|DL2001:three|} and injuring {|DL2001:more than 170|} others.")]
    [InlineData("The gunman opened fire at a church in Charleston, killing {|DL2001:nine|}.")]
    [InlineData("The gunman wounded {|DL2001:four|} at the university.")]
    public void Reports_a_spelled_toll_with_no_counted_noun(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // "one" is no count here ("killed one and wounded another"), and a reported toll stays sourced.
    [InlineData("He killed one and wounded another.")]
    [InlineData("The gunman opened fire at a church in Charleston, killing nine, police said.")]
    // A spelled count after a verb that is no toll verb stays unread.
    [InlineData("The committee met six at a time.")]
    public void Leaves_a_lone_one_a_reported_toll_and_other_verbs(string text) => Verify.VerifyNoDiagnostics(text);
}
