using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// A figure whose only source is an unnamed poll, survey or study in its sentence (figures61): "according to a recent
/// survey, 71 percent of Americans believe", "a poll of Atlanta Braves fans found that nearly 90 percent". The gold
/// labels the figure unsourced and the study unnamed; before, the respondents ("71 percent of Americans") read as the
/// figure's speakers and "a survey of …" as a survey named elsewhere. A named poll, in the sentence or pointed back to
/// by "the survey", still covers its figures.
/// </summary>
public sealed class DL2002UnnamedStudiesTests
{
    [Theory]
    [InlineData("According to a 2019 poll, {|DL2002:nearly 60 percent|} of Americans agree that health care is a human right.")]
    [InlineData("I wrote last week that, according to a recent survey, {|DL2002:71 percent|} of Americans believe the Founders would be disappointed.")]
    [InlineData("For example, a poll of Atlanta Braves fans found that {|DL2002:nearly 90 percent|} opposed changing the team’s name.")]
    [InlineData("One recent survey of regular churchgoers found {|DL2002:one in 10|} reporting their churches are open.")]
    public void Reports_a_figure_whose_only_source_is_an_unnamed_study(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("According to a new Gallup poll, nearly 60 percent of Americans agree that health care is a human right.")]
    [InlineData("A Quinnipiac poll of Atlanta Braves fans found that nearly 90 percent opposed changing the team’s name.")]
    [InlineData("A Pew Research Center survey came out on Monday. The survey of regular churchgoers found one in 10 reporting their churches are open.")]
    // rev38: a maker named after the study noun names it (allsides: "an even more recent survey, by the Kaiser Family
    // Foundation, found that 76 percent", "according to a 2015 study of 1,045 adults ages 18 to 34 by the Media Insight Project").
    [InlineData("Even the polling Chait himself cites to show that single-payer “Medicare for All” is an electoral liability says that 64 percent of Democrats support the idea; an even more recent survey, by the Kaiser Family Foundation, found that 76 percent of Democrats and 52 percent of Americans as a whole have a favorable view of single payer.")]
    [InlineData("By age 18, 88% of young adults regularly get news from Facebook and other social media, according to a 2015 study of 1,045 adults ages 18 to 34 by the Media Insight Project.")]
    public void Does_not_report_a_figure_of_a_named_poll(string text) => Verify.VerifyNoDiagnostics(text);

    // figures63: a maker set off by commas after the study noun names the study; a role after "by", or ", for example,",
    // names none.
    [Theory]
    [InlineData("Another 2017 study, by the Pew Research Center, showed that posts received nearly twice as much engagement as other content.")]
    [InlineData("An even more recent survey, by the Kaiser Family Foundation, found that 58 percent of adults support the plan.")]
    public void Does_not_report_a_figure_of_a_study_whose_maker_is_set_off(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("An analysis, by federal officials, found that {|DL2002:52 percent|} of the holds were placed on people with no conviction.")]
    [InlineData("A recent survey, for example, found that {|DL2002:71 percent|} of Americans believe the Founders would be disappointed.")]
    public void Reports_a_figure_of_a_study_whose_set_off_phrase_names_no_maker(string markup) => Verify.VerifyMarkdown(markup);

    // figures64: only the study's finding loses the respondent and survey exemptions; an age range's first bound, a time
    // frame's far bound and a ratio's denominator in the same sentence keep them, as before figures61.
    [Theory]
    [InlineData("Last month, a survey of Palestinians found support for an armed intifada at {|DL2002:57 percent|} (and at {|DL2002:71 percent|} among 18- to 22-year-old men).")]
    [InlineData("Exit polls in November showed that {|DL2002:83%|} of voters believe that same-sex marriage will be legal nationwide in the next five to 10 years, according to a bipartisan analysis of the data.")]
    [InlineData("A new poll found that {|DL2002:7|} in 10 of those polled believe ISIS has the resources to launch an attack.")]
    public void Reports_only_the_finding_of_an_unnamed_study(string markup) => Verify.VerifyMarkdown(markup);

    // studymaker39: one reader (SourcePhraseClassifier.IsUnnamedStudy, carried on Attribution.IsUnnamedStudy) decides
    // whether a study has a maker. A relay's "by" names who passed the study on, not who made it; a maker set off with
    // an adjunct before its "by" ("released last month by") names it, where IsMakerSetOff does not reach; an opener
    // after a conjunction ("Yet another recent study") is still an unnamed study.
    [Theory]
    [InlineData("According to a study cited by Bloomberg, as much as {|DL2002:70 percent|} of the U.S. workforce could work from home.")]
    [InlineData("Yet another recent study, which has yet to be peer-reviewed, found that {|DL2002:56%|} of the children had mild symptoms.")]
    public void Reports_a_figure_of_a_study_only_relayed_by_a_name(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("A survey, released last month by the Kaiser Family Foundation, found that 40 percent of adults support the plan.")]
    [InlineData("Another study, released last year by the Federal Reserve Bank of Dallas, found that 40 percent of the rise was linked.")]
    public void Does_not_report_a_figure_of_a_study_whose_maker_follows_an_adjunct(string text) => Verify.VerifyNoDiagnostics(text);

    // study40: the figure rules ask the phrase's own reader (UnnamedStudies): a study with a post-modifier that names no
    // maker ("last year") is unnamed for both (fails at 7144214e, where the phrase read as named and nothing was reported).
    [Theory]
    [InlineData("A survey last year found that {|DL2002:40 percent|} of adults support the plan.")]
    public void Reports_a_figure_of_a_study_whose_post_modifier_names_no_maker(string markup) => Verify.VerifyMarkdown(markup);
}
