using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures55: a named actor's official act reaches its own clause (AttributionCover.ByAct), not a ", which"/", who"
/// aside on the act's object nor the main clause after a fronted clause the act stands in: those are the author's.
/// </summary>
public sealed class DL2001ActReachTests
{
    [Theory]
    [InlineData("Trump promised not to touch Medicaid, which provides health insurance to {|DL2001:64 million|} Americans.")]
    [InlineData("Although Jefferson promised to pay off the national debt, the debt now stands at {|DL2001:$21 trillion|}.")]
    public void Reports_a_figure_past_the_act_s_clause(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    // The act's object itself, before the aside.
    [InlineData("The council approved $2 million, which will go to parks.")]
    // A figure inside the fronted clause is the act's.
    [InlineData("When the council approved $2 million for parks, residents cheered.")]
    // A relative clause without a comma is the act's object's content.
    [InlineData("Congress passed a bill that provides $500 million for schools.")]
    // An aside on a document the act passed says what the document provides: the act's content.
    [InlineData("The House passed the HEROES Act, which extends the $600 weekly unemployment assistance through January.")]
    // The same past a closing quotation mark, or at a dash (RelativeProvisions.IsDocumentBefore, asked at the break).
    [InlineData("The House passed the \"HEROES Act\", which extends the $600 weekly unemployment assistance through January.")]
    [InlineData("The House passed the HEROES Act \u2014 which extends the $600 weekly unemployment assistance through January.")]
    // A fronted time clause is left: its main clause is as often the act's result.
    [InlineData("When the Des Moines Register released its latest poll, Buttigieg was in first at 25 percent.")]
    public void Leaves_the_act_s_own_clause(string text) => Verify.VerifyNoDiagnostics(text);
}
