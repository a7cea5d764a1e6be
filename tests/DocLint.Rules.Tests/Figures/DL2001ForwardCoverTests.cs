using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// A named source in the sentence after a figure covers it only when that sentence plainly points back (figures38,
/// ForwardCover): a demonstrative or "the" before a figure noun (class-figure-reference-nouns.txt) or a bare source
/// phrase. A next sentence that states its own claim or figure with its source, or a named speaker's quotation that
/// continues the paragraph, covers only itself: the pool's annotators labelled 48 such figures and left 35 (which
/// other exemptions should cover). The previous sentence's named source still covers what follows it.
/// </summary>
public sealed class DL2001ForwardCoverTests
{
    // Kind (a): the next sentence's source points back at the figures.
    [Theory]
    [InlineData("Turnout reached 70 percent. The figures come from the state's election office, Secretary of State Maria Lopez said.")]
    [InlineData("Turnout reached 70 percent. Those numbers are preliminary, Secretary of State Maria Lopez said.")]
    [InlineData("Turnout reached 70 percent. The numbers, Secretary of State Maria Lopez said, are preliminary.")]
    [InlineData("Unemployment fell to 3.5 percent. That is the lowest rate since 1969, according to the latest data from the Labor Department.")]
    [InlineData("The group identified 181 materials at risk. The findings, Senator Maria Lopez said, show a dangerous dependence.")]
    [InlineData("Federal records show the archdiocese paid $20,000 to lobby the Senate. Archbishop Jose Gomez said those figures were accurate.")]
    public void Leaves_a_figure_to_a_next_sentence_that_points_back_at_it(string text) => Verify.VerifyNoDiagnostics(text);

    // Kind (a): a bare source sentence, a demonstrative whose only predicate is the source.
    // "per" as well as "according to" (forward31): ForwardCover asks the attribution reader which prepositions introduce
    // a source.
    [Theory]
    [InlineData("Unemployment fell to 3.5 percent. That's according to the Labor Department.")]
    [InlineData("Unemployment fell to 3.5 percent. That's per the Labor Department.")]
    [InlineData("Turnout reached 70 percent. This is per a new Gallup poll.")]
    [InlineData("Turnout reached 70 percent. That is per the state election office.")]
    public void Leaves_a_figure_to_a_bare_source_sentence(string text) => Verify.VerifyNoDiagnostics(text);

    // Guard: a "per" after "That's" that names no source is a rate, and covers nothing.
    [Fact]
    public void Reports_a_figure_before_a_demonstratives_rate() =>
        Verify.VerifyMarkdown("The company paid {|DL2001:40 percent|} more. That's per share, not per order.");

    // Kind (b): the next sentence states its own claim or figure with its source; a definite topic noun ("the money")
    // is not a pointer at the figure, and "the count of …" names a new measure.
    [Theory]
    [InlineData("The university was set to receive {|DL2001:$7.4 million|}. In a statement, Stanford said it would rather see the money go to smaller schools.")]
    [InlineData("Israeli forces killed {|DL2001:more than 60|} protesters. Since March, forces have killed more than 100 protesters, according to Human Rights Watch.")]
    [InlineData("Turnout reached {|DL2001:70 percent|}. The count of late ballots rose to 900, Secretary of State Maria Lopez said.")]
    [InlineData("The Senate voted {|DL2001:54 to 45|}. A Justice Department spokeswoman said Barr will be sworn in on Thursday.")]
    public void Reports_a_figure_before_a_next_sentence_with_its_own_claim(string markup) => Verify.VerifyMarkdown(markup);

    // Kind (c): a named speaker's quotation continuing the paragraph.
    [Fact]
    public void Reports_a_figure_before_a_named_speakers_quotation() =>
        Verify.VerifyMarkdown("The class draws {|DL2001:roughly 50|} participants. “We love it,” said Emily Saul, the group's co-leader.");

    // A figure whose own sentence has only a vague source gets DL2002 when the named next sentence does not point back.
    [Fact]
    public void Reports_a_vaguely_sourced_figure_before_a_next_sentence_with_its_own_claim() =>
        Verify.VerifyMarkdown("Records show the archdiocese paid {|DL2002:$20,000|} to lobby the Senate. Archbishop Jose Gomez said the money was well spent.");

    // Guard: the previous sentence's named source still covers the figure after it.
    [Fact]
    public void Leaves_a_figure_after_a_named_source_to_that_source() =>
        Verify.VerifyNoDiagnostics("Secretary of State Maria Lopez said on Monday that the count was over. Turnout reached 70 percent.");
}
