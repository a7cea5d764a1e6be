using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// rev44: a report inside a sentence-opening "with" or "despite" phrase reaches the phrase's comma only (OpeningClauses,
/// class-opening-phrase-prepositions): a figure in the main clause after it is the author's (allsides: "Despite polls
/// showing 60% …, we invested $80 billion", sources63's wrong DL2002).
/// </summary>
public sealed class DL2001OpeningPhrasesTests
{
    [Theory]
    [InlineData("Despite polls showing {|DL2002:60%|} of the public was opposed, we invested {|DL2001:$80 billion|} in the plan.")]
    [InlineData("With some saying the plan is dead, the council spent {|DL2001:$2 million|} on it.")]
    public void Reports_a_main_clause_figure_after_a_reported_opening_phrase(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a report in the main clause still covers its figure, and so does one inside the phrase.
    [Theory]
    [InlineData("With the vote near, the mayor said the plan would cost $80 million.")]
    [InlineData("With the mayor saying the plan would cost $80 million, the council met.")]
    public void Keeps_a_figure_its_own_clause_reports(string text) => Verify.VerifyNoDiagnostics(text);
}
