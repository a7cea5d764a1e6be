using System.Collections.Immutable;
using System.Text;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Pipeline;
using DocLint.Scoring;

namespace DocLint.Core.Tests.Pipeline;

public sealed class LintSessionTests
{
    private static readonly DiagnosticDescriptor OffByDefault = new(
        "DL1903", "Test rule off by default", "'{0}'", RuleCategories.Hedging, DiagnosticSeverity.Warning, "test", isEnabledByDefault: false);

    [Fact]
    public void A_rule_off_by_default_reports_nothing_until_its_id_is_given_a_severity()
    {
        var engine = new LintEngine([new OffByDefaultAnalyzer()]);
        var bytes = Encoding.UTF8.GetBytes("It is maybe so.\n");
        var on = DocumentSettings.Default with
        {
            Severities = SeverityPolicy.Default with { RuleSeverities = ImmutableDictionary<string, ReportSeverity>.Empty.Add("DL1903", ReportSeverity.Warning) },
        };
        var allRules = DocumentSettings.Default with { Severities = SeverityPolicy.Default with { AllRulesSeverity = ReportSeverity.Error } };

        Assert.Empty(engine.Lint("a.md", bytes, DocumentSettings.Default).Diagnostics);
        Assert.Empty(engine.Lint("a.md", bytes, allRules).Diagnostics);
        Assert.Equal("DL1903", Assert.Single(engine.Lint("a.md", bytes, on).Diagnostics).Id);
    }

    [Fact]
    public void An_inline_suppression_neither_lowers_the_score_nor_sources_the_claim()
    {
        var session = new LintSession(new LintEngine([new UnsourcedEverywhereAnalyzer()]));
        var plain = session.LintText("a.md", "It is so.\n", DocumentKind.Markdown, DocumentSettings.Default);
        var suppressed = session.LintText("a.md", "<!-- doclint-disable-next-line DL5901 -- checked -->\nIt is so.\n", DocumentKind.Markdown, DocumentSettings.Default);

        Assert.Equal((1, 0, 1, 0, 0), (plain.Score!.Tally.Claims, plain.Score.Tally.SourcedClaims, plain.Score.Tally.UnsourcedClaims, plain.Score.UnjudgedClaims, plain.Score.SuppressedFindings));
        Assert.Equal((0, 0, 0, 1, 1), (suppressed.Score!.Tally.Claims, suppressed.Score.Tally.SourcedClaims, suppressed.Score.Tally.UnsourcedClaims, suppressed.Score.UnjudgedClaims, suppressed.Score.SuppressedFindings));
        Assert.False(suppressed.Score.IsRated);
        Assert.True(Assert.Single(suppressed.Diagnostics).IsSuppressed);
    }

    [Fact]
    public void The_run_collects_configuration_problems_once_and_sorts_documents()
    {
        var session = new LintSession(new LintEngine([new Suppressions.WordFlagAnalyzer()]));

        var run = session.Complete([session.Lint("b.md", null, Encoding.UTF8.GetBytes("x\n")), session.Lint("a.md", null, Encoding.UTF8.GetBytes("y\n"))], []);

        Assert.Equal(["a.md", "b.md"], run.Documents.Select(d => d.Path));
        Assert.Empty(run.ConfigurationProblems);
        Assert.False(run.HasInputErrors);
    }

    [Fact]
    public void The_findings_in_any_order_are_the_visible_findings_unsorted()
    {
        var session = new LintSession(new LintEngine([new Suppressions.WordFlagAnalyzer()]));
        var run = session.Complete(
            [
                session.Lint("b.md", null, Encoding.UTF8.GetBytes("It is surely so, maybe.\n")),
                session.Lint("a.md", null, Encoding.UTF8.GetBytes("Maybe not. It is maybe so.\n")),
            ],
            []);

        Assert.Equal(["a.md:DL1901@17", "b.md:DL4901@6", "b.md:DL1901@17"], run.Visible.Select(Describe));
        Assert.Equal(run.Visible.Select(Describe).Order(StringComparer.Ordinal), run.VisibleInAnyOrder.Select(Describe).Order(StringComparer.Ordinal));
        Assert.Empty((run with { MinimumSeverity = DiagnosticSeverity.Error }).VisibleInAnyOrder);

        static string Describe(Diagnostic d) => $"{d.Location.Path}:{d.Id}@{d.Location.SourceSpan.Start}";
    }

    private sealed class OffByDefaultAnalyzer : ProseAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [OffByDefault];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSentenceAction(sentence =>
            {
                foreach (var token in sentence.Sentence.Tokens.Where(t => t.Text == "maybe"))
                {
                    sentence.Report(OffByDefault, token.Span, token.Text);
                }
            });
    }

    /// <summary>Stands in for DL5001 (Core cannot see DocLint.Rules): reads every sentence as an unsourced claim and flags it.</summary>
    private sealed class UnsourcedEverywhereAnalyzer : ProseAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("DL5901", "Test claim", "'{0}'", RuleCategories.Claims, DiagnosticSeverity.Info, "test");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSentenceAction(sentence =>
            {
                sentence.Document.GetOrCreate(sentence.Sentence, _ => new ClaimFacts(ClaimStatus.Unsourced, 1, HasFigure: false));
                sentence.Report(Rule, sentence.Sentence.Tokens[0].Span, sentence.Sentence.Tokens[0].Text);
            });
    }
}
