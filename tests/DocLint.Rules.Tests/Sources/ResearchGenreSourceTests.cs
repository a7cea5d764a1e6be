using System.Collections.Immutable;
using DocLint.Analysis;
using VerifyDL3001 = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Sources.VagueSourceAnalyzer>;
using VerifyDL3002 = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Sources.ImpersonalAttributionAnalyzer>;

namespace DocLint.Rules.Tests.Sources;

/// <summary>
/// doclint_genre = research: studies, data and quantified specimens are the paper's evidence, and literature reports
/// credit its reference list (rules/lexicons/research-evidence-nouns.txt, research-literature-reports.txt); unnamed
/// people stay vague. News, the default, flags the same sentences.
/// </summary>
public sealed class ResearchGenreSourceTests
{
    public static TheoryData<string, string> EvidenceAsSource { get; } = new()
    {
        { "Previous studies showed that the kinase binds the receptor.", "[|Previous studies showed|] that the kinase binds the receptor." },
        { "Our data reveal a second binding site.", "[|Our data reveal|] a second binding site." },
        { "Some mice showed a delayed response to the toxin.", "[|Some mice showed|] a delayed response to the toxin." },
        { "We and others have shown that the receptor is cleaved.", "[|We and others|] have shown that the receptor is cleaved." },
    };

    [Theory]
    [MemberData(nameof(EvidenceAsSource))]
    public void Research_reads_evidence_and_specimens_as_no_vague_source(string text, string newsMarkup)
    {
        VerifyDL3001.VerifyMarkdown(text, Genre("research"));
        VerifyDL3001.VerifyMarkdown(newsMarkup, Genre("news"));
        VerifyDL3001.VerifyMarkdown(newsMarkup);
    }

    [Theory]
    [InlineData("[|Experts say|] the drug is safe.")]
    [InlineData("[|Some researchers argue|] that the receptor is redundant.")]
    public void Research_still_reports_unnamed_people(string markup) => VerifyDL3001.VerifyMarkdown(markup, Genre("research"));

    [Fact]
    public void Research_keeps_the_users_added_terms() =>
        VerifyDL3001.VerifyMarkdown(
            "The [|earlier studies|] found a second site.",
            new AnalyzerOptions(ImmutableDictionary<string, string>.Empty.Add("doclint_genre", "research").Add("doclint.DL3001.additional_terms", "earlier studies")));

    [Fact]
    public void Research_reads_a_literature_report_as_cited()
    {
        VerifyDL3002.VerifyMarkdown("It has been reported that PKC is an effector of Ras in T cells.", Genre("research"));
        VerifyDL3002.VerifyMarkdown("[|It has been reported|] that PKC is an effector of Ras in T cells.", Genre("news"));
    }

    [Fact]
    public void Research_reads_a_literature_report_with_an_adverb_as_cited()
    {
        VerifyDL3002.VerifyMarkdown("The kinase is also reported to bind actin.", Genre("research"));
        VerifyDL3002.VerifyMarkdown("The kinase [|is also reported to|] bind actin.", Genre("news"));
    }

    [Fact]
    public void Research_still_reports_a_belief_credited_to_no_one() =>
        VerifyDL3002.VerifyMarkdown("[|It is believed|] that the toxin acts on the receptor.", Genre("research"));

    private static AnalyzerOptions Genre(string genre) =>
        new(ImmutableDictionary<string, string>.Empty.Add("doclint_genre", genre));
}
