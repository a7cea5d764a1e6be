using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// A named source in the sentence before a figure covers it when it reports ("said", "according to", "found"), not when
/// it only holds or urges a view ("believes", "argued", "admitted", "accused", "claims", "insisted":
/// class-stance-report-verbs.txt, BackwardCover): the author's figures after an opinion are the author's own (figures48).
/// </summary>
public sealed class DL2001BackwardCoverTests
{
    [Theory]
    [InlineData("Saar believes Netanyahu is dragging the party down. Still, Likud has had only {|DL2001:four|} leaders since 1973.")]
    [InlineData("As even Steve Bannon admitted, no such moment has come. North Korea can strike the {|DL2001:25 million|} civilians in South Korea.")]
    [InlineData("Warren argued that the criticisms amounted to talking points. Drug makers represent {|DL2001:about 10 percent|} of health spending.")]
    [InlineData("Saeed claims the group only does humanitarian work. The group runs a network of {|DL2001:dozens|} of schools.")]
    [InlineData("Senator Maria Lopez insisted the plan would work. The state spent {|DL2001:$40 million|} on it last year.")]
    public void Reports_a_figure_after_a_named_sources_view(string markup) => Verify.VerifyMarkdown(markup);

    // Guards: a reporting source before the figure still covers it, and a reporting verb beside a stance verb does too.
    [Theory]
    [InlineData("About 57 percent of men received benefits in 2013, according to the Census Bureau. The program cost $260 billion.")]
    [InlineData("Secretary of State Maria Lopez said on Monday that the count was over. Turnout reached 70 percent.")]
    [InlineData("Senator Maria Lopez said on Monday that she believes the plan will work. The state spent $40 million on it.")]
    [InlineData("The World Health Organization warned of a shortage on March 3. The WHO asked companies to raise output by 40%.")]
    public void Leaves_a_figure_after_a_reporting_source_to_it(string text) => Verify.VerifyNoDiagnostics(text);

    // A share of a population or a survey's respondents holding a view is the poll's finding (rev35): the poll covers the
    // figures after it as a report does.
    [Theory]
    [InlineData("About 70 percent of rural residents in the survey believed that they have different values than urban residents. Roughly 60 percent of rural residents believe that their values are under siege.")]
    [InlineData("About eight-in-ten U.S. adults in the Pew survey believe that social media sites favor some outlets. About 16% say all outlets are treated the same.")]
    [InlineData("Most Americans in the Gallup survey believe the economy is weak. The share was 35% a year ago.")]
    [InlineData("Respondents in the Gallup survey claimed the schools had improved. The share was 35% a year ago.")]
    public void Leaves_a_figure_after_a_polled_view_to_the_poll(string text) => Verify.VerifyNoDiagnostics(text);
}
