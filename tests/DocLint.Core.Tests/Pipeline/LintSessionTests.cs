using System.Collections.Immutable;
using System.Text;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Pipeline;

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
        var engine = new LintEngine([new OffByDefaultAnalyzer(), new Suppressions.WordFlagAnalyzer()]);
        var session = new LintSession(engine);
        var plain = session.LintText("a.md", "It is surely so.\n", DocumentKind.Markdown, DocumentSettings.Default);
        var suppressed = session.LintText("a.md", "<!-- doclint-disable-next-line DL4901 -- checked -->\nIt is surely so.\n", DocumentKind.Markdown, DocumentSettings.Default);

        Assert.Equal((1, 0, 0), (plain.Score!.Tally.Claims, plain.Score.UnjudgedClaims, plain.Score.SuppressedFindings));
        Assert.Equal((0, 0, 1, 1), (suppressed.Score!.Tally.Claims, suppressed.Score.Tally.SourcedClaims, suppressed.Score.UnjudgedClaims, suppressed.Score.SuppressedFindings));
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
}
